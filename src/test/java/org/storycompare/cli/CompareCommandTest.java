package org.storycompare.cli;

import org.storycompare.engine.StoryAnalysis;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import picocli.CommandLine;

/** The compare command with a stand-in comparer, so it runs without the engine. */
class CompareCommandTest {

    @TempDir
    Path dir;

    @TempDir
    Path outDir;

    final AtomicReference<CompareOptions> seenOptions = new AtomicReference<>();
    StringWriter out;
    StringWriter err;

    /** Pairs every two articles, sharing their first word. */
    final CompareCommand.Comparer fake = (options, articles, progress) -> {
        seenOptions.set(options);
        List<PairAlignment> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                pairs.add(new PairAlignment(a.id(), b.id(), 0.5, 0.4, 0.6,
                        List.of(Passage.exact(new Span(0, a.text().indexOf(' ')), new Span(0, b.text().indexOf(' ')))),
                        List.of(), List.of()));
            }
            progress.progress(i + 1, articles.size(), "aligning");
        }
        return new StoryAnalysis(new Comparison(articles, pairs, java.util.Map.of(), options), java.util.Map.of(),
                null, null, null);
    };

    @BeforeEach
    void articles() throws Exception {
        Files.writeString(dir.resolve("herald.txt"), "Lanterns were lit along the Vessa canal on Saturday night.");
        Files.writeString(dir.resolve("courier.txt"), "Lanterns lined the Vessa canal on Saturday, <script>x()</script>.");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == CompareCommand.class) {
                    return cls.cast(new CompareCommand(fake));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return Cli.run(factory, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void jsonGoesToStdoutWithUnreadableFilesListed() throws Exception {
        Path missing = dir.resolve("gone.txt");
        int code = run("compare", dir.resolve("herald.txt").toString(), dir.resolve("courier.txt").toString(),
                missing.toString(), "--format", "json");
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("format").asText()).isEqualTo("storycompare-report/1");
        assertThat(root.path("sources")).hasSize(2);
        assertThat(root.path("pairs")).hasSize(1);
        assertThat(root.path("errors").get(0).path("path").asText()).isEqualTo(missing.toString());
        assertThat(err.toString()).contains("cannot read " + missing);
    }

    @Test
    void minSimilarityLeavesOutLessSimilarPairsButKeepsSourcesAndErrors() throws Exception {
        Path missing = dir.resolve("gone.txt");
        String herald = dir.resolve("herald.txt").toString();
        String courier = dir.resolve("courier.txt").toString();
        assertThat(run("compare", herald, courier, missing.toString(), "--format", "json", "--min-similarity", "0.6"))
                .isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("sources")).hasSize(2);
        assertThat(root.path("pairs")).isEmpty();
        assertThat(root.path("pairsOmitted").path("count").asInt()).isEqualTo(1);
        assertThat(root.path("errors").get(0).path("path").asText()).isEqualTo(missing.toString());
        assertThat(run("compare", herald, courier, "--format", "json", "--min-similarity", "0.5")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("pairs")).hasSize(1);
        assertThat(run("compare", herald, courier, "--format", "json", "--min-similarity", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--min-similarity");
    }

    @Test
    void pairsPerSourceTakesAllOrACountOfOneOrMore() throws Exception {
        String herald = dir.resolve("herald.txt").toString();
        String courier = dir.resolve("courier.txt").toString();
        assertThat(run("compare", herald, courier, "--format", "json", "--pairs-per-source", "1")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("pairs")).hasSize(1);
        assertThat(root.path("pairsOmitted").path("perSource").asInt()).isEqualTo(1);
        assertThat(root.path("pairsOmitted").path("count").asInt()).isZero();
        assertThat(run("compare", herald, courier, "--format", "json", "--pairs-per-source", "all")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).has("pairsOmitted")).isFalse();
        assertThat(run("compare", herald, courier, "--format", "json", "--pairs-per-source", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--pairs-per-source");
    }

    @Test
    void engineOptionsReachTheComparer() {
        int code = run("compare", dir.toString(), "--format", "md", "--min-words", "8", "--bridge-gap", "0",
                "--no-paraphrase", "--paraphrase-threshold", "0.7", "--ignore-numbers", "--case-sensitive",
                "--keep-punctuation", "--stem");
        assertThat(code).isZero();
        assertThat(seenOptions.get()).isEqualTo(new CompareOptions(8, 0, false, 0.7, false, false, true, true));
        assertThat(out.toString()).startsWith("# StoryCompare summary");
        run("compare", dir.toString(), "--format", "csv");
        assertThat(seenOptions.get()).isEqualTo(CompareOptions.DEFAULTS);
        assertThat(out.toString()).startsWith("pair a,pair b,kind");
    }

    @Test
    void meaningIsOnByDefaultAndTurnedOffOrRefusedByItsOption() {
        assertThat(run("compare", dir.toString(), "--format", "csv")).isZero();
        assertThat(seenOptions.get().meaning()).isTrue();
        assertThat(run("compare", dir.toString(), "--format", "csv", "--meaning", "off")).isZero();
        assertThat(seenOptions.get()).isEqualTo(CompareOptions.DEFAULTS.toBuilder().meaning(false).build());
        assertThat(run("compare", dir.toString(), "--format", "csv", "--meaning", "maybe")).isNotZero();
        assertThat(err.toString()).contains("--meaning: expected on or off, not 'maybe'");
    }

    @Test
    void outFileFormatComesFromItsExtensionAndIsWrittenWhole() throws Exception {
        Path html = outDir.resolve("out").resolve("report.html");
        Files.createDirectories(html.getParent());
        Files.writeString(html, "old report");
        assertThat(run("compare", dir.toString(), "--out", html.toString(), "--pairs", "all", "--progress")).isZero();
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(d.select("table.sources tbody tr")).hasSize(2);
        assertThat(d.select("section.pair")).hasSize(1);
        assertThat(d.select("script")).isEmpty();
        assertThat(d.text()).contains("<script>x()</script>");
        assertThat(err.toString()).contains("comparing: 100% aligning", "Wrote HTML report of 2 sources");
        try (var s = Files.list(html.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void pdfIsWrittenToAFile() throws Exception {
        Path pdf = outDir.resolve("report.pdf");
        assertThat(run("compare", dir.toString(), "--format", "pdf", "--out", pdf.toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("StoryCompare report", "Vessa canal");
        }
    }

    @Test
    void wrongArgumentsExitWithTwo() {
        assertThat(run("compare", dir.toString(), "--format", "docx")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown format 'docx'");
        assertThat(run("compare", dir.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(run("compare", dir.toString(), "--pairs", "some")).isEqualTo(2);
        assertThat(run("compare", dir.toString(), "--min-words", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("minMatchWords");
        assertThat(run("compare", dir.toString(), "--paraphrase-threshold", "1.5")).isEqualTo(2);
        assertThat(run("compare", dir.toString(), "--no-such-option")).isEqualTo(2);
        assertThat(run("compare")).isEqualTo(2);
        assertThat(seenOptions.get()).as("the comparer never ran").isNull();
    }

    @Test
    void nothingReadableExitsWithOne() {
        assertThat(run("compare", dir.resolve("nope.txt").toString(), "--format", "json")).isEqualTo(1);
        assertThat(err.toString()).contains("nope.txt", "No article could be read.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnwritableOutFileExitsWithOneAndSaysWhy() {
        assertThat(run("compare", dir.toString(), "--out", outDir.resolve("no/such/dir/r.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write", "does not exist");
    }

    @Test
    void anOutThatIsOrLinksToAnInputIsRefusedWithTwoAndTheArticleIsKept() throws Exception {
        Path herald = dir.resolve("herald.txt");
        byte[] before = Files.readAllBytes(herald);
        assertThat(run("compare", herald.toString(), dir.resolve("courier.txt").toString(), "--out", herald.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("herald.txt", "one of the articles");
        Path link = outDir.resolve("report.txt");
        Files.createSymbolicLink(link, herald);
        assertThat(run("compare", dir.toString(), "--format", "md", "--out", link.toString())).isEqualTo(2);
        assertThat(Files.readAllBytes(herald)).isEqualTo(before);
        assertThat(seenOptions.get()).as("nothing was compared").isNull();
    }

    @Test
    void aReportIsNotWrittenIntoAnInputFolderUnderAnArticleName() throws Exception {
        assertThat(run("compare", dir.toString(), "--out", dir.resolve("report.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("inside the folder");
        assertThat(Files.exists(dir.resolve("report.json"))).isFalse();
        assertThat(run("compare", dir.toString(), "--out", dir.resolve("passages.csv").toString())).isZero();
    }

    @Test
    void fileNamesWithTerminalEscapesArePrintedEscaped() throws Exception {
        Path evil = dir.resolve("evil\u001B]0;owned\u0007\u001B[2J.txt");
        Files.writeString(evil, "A third story about the Vessa canal and its lanterns.");
        Files.writeString(dir.resolve("gone\u001B[31m.md"), "---\ntitle: [unclosed\n---\nText");
        assertThat(run("compare", dir.toString(), "--format", "csv")).isZero();
        assertThat(err.toString()).doesNotContain("\u001B", "\u0007").contains("\\x1B[31m");
        assertThat(out.toString()).doesNotContain("\u001B", "\u0007").contains("evil\\x1B]0;owned\\x07");
    }
}
