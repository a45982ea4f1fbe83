package org.storycompare.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    static final List<String> ARTICLES = List.of("txt", "md", "html", "pdf", "docx", "json");

    @TempDir
    Path dir;

    @Test
    void anInputFileIsRefusedAsTargetAlsoThroughAnotherSpellingOfItsPath() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "words");
        assertThat(OutputGuard.problem(article, List.of(article), ARTICLES)).get().asString()
                .contains("a.txt", "one of the articles");
        Path dotted = dir.resolve("sub/../a.txt");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(OutputGuard.problem(dotted, List.of(article), ARTICLES)).isPresent();
    }

    @Test
    void linksToAnInputAreRefused() throws Exception {
        Path article = Files.writeString(dir.resolve("a.md"), "words");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path soft = reports.resolve("out.md");
        Path hard = reports.resolve("hard.csv");
        Path dangling = reports.resolve("later.md");
        try {
            Files.createSymbolicLink(soft, article);
            Files.createLink(hard, article);
            Files.createSymbolicLink(dangling, dir.resolve("b.md"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no links here");
        }
        assertThat(OutputGuard.problem(soft, List.of(article), ARTICLES)).get().asString().contains("through a link");
        assertThat(OutputGuard.problem(hard, List.of(article), ARTICLES)).isPresent();
        Path b = dir.resolve("b.md");
        assertThat(OutputGuard.problem(dangling, List.of(b), ARTICLES)).as("link to an input not yet there").isPresent();
    }

    @Test
    void anArticleNameInsideAnInputFolderIsRefusedOtherNamesAndFoldersAreFine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("story"));
        Files.writeString(folder.resolve("a.txt"), "words");
        assertThat(OutputGuard.problem(folder.resolve("report.json"), List.of(folder), ARTICLES)).get().asString()
                .contains("inside the folder", ".json");
        assertThat(OutputGuard.problem(folder.resolve("deep/report.html"), List.of(folder), ARTICLES)).isPresent();
        assertThat(OutputGuard.problem(folder.resolve("passages.csv"), List.of(folder), ARTICLES)).isEmpty();
        assertThat(OutputGuard.problem(dir.resolve("report.json"), List.of(folder), ARTICLES)).isEmpty();
        assertThat(OutputGuard.problem(dir.resolve("storyline.md"), List.of(folder), ARTICLES)).isEmpty();
    }
}
