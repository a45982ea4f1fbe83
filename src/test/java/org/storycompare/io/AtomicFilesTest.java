package org.storycompare.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnOrdinarySaveAndAReplacedOneKeepsItsPermissions() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("report.html");
        AtomicFiles.write(report, out -> out.write("<p>one</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        write(report, "<p>two</p>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
        assertOnly(report);
    }

    @Test
    void aTempFileLeftByAKilledSaveIsRemovedByTheNextSave() throws Exception {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "old");
        Path stale = AtomicFiles.tempFor(report);
        assertThat(stale.getParent()).isEqualTo(dir);
        assertThat(stale.getFileName().toString()).isEqualTo(".report.json" + AtomicFiles.SUFFIX);
        Files.write(stale, new byte[100_000]); // what a kill -9 mid-save leaves
        write(report, "new");
        assertOnly(report);
    }

    @Test
    void aFailedSaveKeepsTheOldFileAndLeavesNoTempFile() throws Exception {
        Path report = dir.resolve("report.md");
        Files.writeString(report, "old");
        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessageContaining("disk full");
        assertThat(Files.readString(report)).isEqualTo("old");
        assertThat(Files.exists(AtomicFiles.tempFor(report))).isFalse();
    }

    @Test
    void aLinkPlantedAtTheTempNameIsRemovedNotFollowed() throws Exception {
        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path report = dir.resolve("report.csv");
        try {
            Files.createSymbolicLink(AtomicFiles.tempFor(report), victim);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here");
        }
        AtomicFiles.write(report, out -> out.write("a,b".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.readString(report)).isEqualTo("a,b");
        assertThat(Files.exists(AtomicFiles.tempFor(report), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    private static void write(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    private void assertOnly(Path file) throws IOException {
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
