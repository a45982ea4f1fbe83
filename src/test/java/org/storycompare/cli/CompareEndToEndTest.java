package org.storycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.report.JsonReportReader;
import org.storycompare.report.Report;
import picocli.CommandLine;

/**
 * The real command line on the real engine. Runs once the engine is implemented (until then its methods throw
 * UnsupportedOperationException and these tests are skipped).
 */
@EnabledIf("engineWorks")
class CompareEndToEndTest {

    static final String HERALD = "The harbour board of Tellmouth agreed on Monday to dredge the eastern channel "
            + "before the autumn storms. Board chair Orla Penhale said the work was overdue. "
            + "Fishermen have complained for years about boats running aground at low tide.";
    static final String COURIER = "Fishermen have complained for years about boats running aground at low tide. "
            + "The harbour board of Tellmouth agreed on Monday to dredge the eastern channel before the autumn storms. "
            + "The cost has not been disclosed.";

    @TempDir
    Path dir;

    @TempDir
    Path outDir;

    static boolean engineWorks() {
        try {
            new StoryEngine(CompareOptions.DEFAULTS).align(new Article("x", "one two three four five six", null),
                    new Article("y", "one two three four five six", null), Cancellation.NEVER);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Test
    void comparesRealFilesIntoAReportThatReadsBack() throws Exception {
        Files.writeString(dir.resolve("herald.txt"), HERALD);
        Files.writeString(dir.resolve("courier.txt"), COURIER);
        Path missing = dir.resolve("missing.txt");
        Path json = dir.resolve("report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(CommandLine.defaultFactory(), new PrintWriter(out), new PrintWriter(err), "compare",
                dir.resolve("herald.txt").toString(), dir.resolve("courier.txt").toString(), missing.toString(),
                "--out", json.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("sources")).hasSize(2);
        assertThat(root.path("errors").get(0).path("path").asText()).isEqualTo(missing.toString());
        JsonNode pair = root.path("pairs").get(0);
        assertThat(pair.path("similarity").asDouble()).isGreaterThan(0.3);
        assertThat(pair.path("passages").size()).isGreaterThanOrEqualTo(1);
        Report back;
        try (var in = Files.newInputStream(json)) {
            back = new JsonReportReader().read(in);
        }
        assertThat(back.comparison().articles()).extracting(Article::text).containsExactlyInAnyOrder(HERALD, COURIER);

        Path html = outDir.resolve("report.html");
        assertThat(Cli.run(CommandLine.defaultFactory(), new PrintWriter(out), new PrintWriter(err), "compare",
                dir.toString(), "--out", html.toString())).isZero();
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(d.select("section.pair")).hasSize(1);
        assertThat(d.select("section.pair .exact, section.pair .edited")).isNotEmpty();
    }
}
