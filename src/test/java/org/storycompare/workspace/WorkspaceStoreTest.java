package org.storycompare.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storycompare.io.AtomicFiles;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.json.JsonFormatException;

class WorkspaceStoreTest {

    @TempDir
    Path dir;

    Workspace sample() throws IOException {
        Path fa = dir.resolve("herald.txt");
        Path fb = dir.resolve("courier.txt");
        Files.writeString(fa, "The ferry to Oskel was cancelled again on Friday.");
        Files.writeString(fb, "Friday's ferry to Oskel was cancelled, again.");
        Article a = new Article("herald", Files.readString(fa), new ArticleMeta("Oskel Herald", "Ferry off",
                "Ines Varrow", LocalDate.of(2024, 2, 9), "https://example.org/ferry", "en", fa, "txt"));
        Article b = new Article("courier", Files.readString(fb), new ArticleMeta("Coast Courier", null, null,
                null, null, null, fb, "txt"));
        Article c = new Article("pasted", "A pasted <i>note</i> with \"quotes\" and ünïcödé.", null);
        return new Workspace(List.of(a, b, c), CompareOptions.builder().minMatchWords(3).stemming(true).build(),
                "herald", "courier", "Check the ferry timetable.\nAsk the port office.");
    }

    @Test
    void savesAndReopensTheSameWorkspace() throws Exception {
        Workspace ws = sample();
        Path file = dir.resolve("ferry" + WorkspaceStore.EXTENSION);
        new WorkspaceStore().save(ws, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.path("format").asText()).isEqualTo("storycompare-workspace/1");
        assertThat(root.path("view").path("left").asText()).isEqualTo("herald");
        assertThat(root.path("sources").get(0).path("fileSha256").asText()).hasSize(64);
        assertThat(root.path("sources").get(2).path("fileSha256").isNull()).isTrue();

        LoadedWorkspace back = new WorkspaceStore().load(file);
        assertThat(back.workspace()).isEqualTo(ws);
        assertThat(back.files()).extracting(FileStatus::state).containsExactly(
                FileStatus.State.UNCHANGED, FileStatus.State.UNCHANGED, FileStatus.State.NO_FILE);
        assertThat(back.problems()).isEmpty();
    }

    @Test
    void reopeningSaysWhichFilesChangedOrWentMissing() throws Exception {
        Workspace ws = sample();
        Path file = dir.resolve("ferry.storycompare");
        new WorkspaceStore().save(ws, file);
        Files.writeString(dir.resolve("herald.txt"), "The ferry to Oskel runs again.");
        Files.delete(dir.resolve("courier.txt"));
        LoadedWorkspace back = new WorkspaceStore().load(file);
        assertThat(back.files()).extracting(FileStatus::describe).containsExactly(
                dir.resolve("herald.txt") + ": changed", dir.resolve("courier.txt") + ": missing", "pasted: no-file");
        // the saved copies of the texts are still there
        assertThat(back.workspace().sources().get(1).text()).isEqualTo("Friday's ferry to Oskel was cancelled, again.");
        assertThat(back.problems()).hasSize(2);
    }

    @Test
    void aSaveThatFailsMidwayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("ferry.storycompare");
        Workspace first = sample();
        new WorkspaceStore().save(first, file);
        byte[] before = Files.readAllBytes(file);

        Workspace second = new Workspace(first.sources(), first.settings(), null, null, "x".repeat(100_000));
        WorkspaceStore failing = new WorkspaceStore(out -> new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 2000) {
                    throw new IOException("disk pulled out");
                }
                out.write(b);
            }
        });
        assertThatThrownBy(() -> failing.save(second, file)).hasMessageContaining("disk pulled out");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(new WorkspaceStore().load(file).workspace()).isEqualTo(first);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(AtomicFiles.SUFFIX));
        }
    }

    @Test
    void aProcessKilledMidSaveLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("ferry.storycompare");
        Workspace first = sample();
        new WorkspaceStore().save(first, file);
        byte[] before = Files.readAllBytes(file);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowSaveMain.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("HALF")) {
                // wait until the child is half way through its save
            }
            assertThat(line).as("child reached the middle of its save").isEqualTo("HALF");
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(new WorkspaceStore().load(file).workspace()).isEqualTo(first);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains("ferry")))
                    .containsExactlyInAnyOrder("ferry.storycompare", ".ferry.storycompare" + AtomicFiles.SUFFIX);
        }
        new WorkspaceStore().save(first, file); // the next save cleans up after the killed one
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.contains("ferry")))
                    .containsExactly("ferry.storycompare");
        }
    }

    @Test
    void badFilesAreRefusedWithTheFileNamed() throws Exception {
        Path wrong = dir.resolve("wrong.storycompare");
        Files.writeString(wrong, "{\"format\":\"storycompare-report/1\"}");
        assertThatThrownBy(() -> new WorkspaceStore().load(wrong)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining(wrong.toString()).hasMessageContaining("not a StoryCompare workspace");
        Path broken = dir.resolve("broken.storycompare");
        Files.writeString(broken, "{\"format\":\"storycompare-workspace/1\",\"sources\":[{\"id\":\"x\"}]}");
        assertThatThrownBy(() -> new WorkspaceStore().load(broken)).hasMessageContaining("sources[0].text: missing");
        Path badView = dir.resolve("view.storycompare");
        Files.writeString(badView, "{\"format\":\"storycompare-workspace/1\",\"view\":{\"left\":\"ghost\"}}");
        assertThatThrownBy(() -> new WorkspaceStore().load(badView)).hasMessageContaining("ghost");
        assertThatThrownBy(() -> new WorkspaceStore().load(dir.resolve("none.storycompare")))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> new WorkspaceStore().save(sample(), dir.resolve("no/such/folder/x.storycompare")))
                .hasMessageContaining("does not exist");
    }
}
