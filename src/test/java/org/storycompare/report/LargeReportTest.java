package org.storycompare.report;

import org.storycompare.testutil.ComparisonFixture;
import org.storycompare.json.JsonCodec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/** 1,000 small generated sources export to JSON and HTML files. Structure only, no timing. */
class LargeReportTest {

    static final int N = 1000;

    static Report generated() {
        List<Article> articles = new ArrayList<>();
        Map<String, List<CoverageSegment>> coverage = new HashMap<>();
        for (int i = 0; i < N; i++) {
            String text = "Bulletin " + i + " from the Harbour Desk: the tide gauge at Pier " + (i % 17)
                    + " read high again <b>today</b>.";
            articles.add(new Article("s" + i, text, null));
            coverage.put("s" + i, List.of(new CoverageSegment(new Span(0, 8), 1)));
        }
        List<PairAlignment> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < N; i++) {
            Span shared = new Span(articles.get(i).text().indexOf("the tide"), articles.get(i).text().length());
            Span sharedB = new Span(articles.get(i + 1).text().indexOf("the tide"), articles.get(i + 1).text().length());
            pairs.add(new PairAlignment("s" + i, "s" + (i + 1), (i % 100) / 100.0, 0.5, 0.5,
                    List.of(Passage.exact(shared, sharedB)), List.of(), List.of()));
        }
        return new Report(ComparisonFixture.analysed(new Comparison(articles, pairs, coverage, CompareOptions.DEFAULTS)), null,
                JsonReportTest.INFO);
    }

    @Test
    void thousandSourcesExportToJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new JsonReportWriter().write(generated(), out);
        }
        int sources = 0;
        int pairs = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JsonCodec.factory().createParser(in)) {
            String array = null;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    array = p.currentName();
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (t == JsonToken.START_OBJECT && depth == 3) {
                        sources += "sources".equals(array) ? 1 : 0;
                        pairs += "pairs".equals(array) ? 1 : 0;
                    }
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        }
        assertThat(sources).isEqualTo(N);
        assertThat(pairs).isEqualTo(N - 1);
        Report back;
        try (InputStream in = Files.newInputStream(file)) {
            back = new JsonReportReader().read(in);
        }
        assertThat(back.comparison().articles()).hasSize(N);
        assertThat(back.comparison().pairs().get(N - 2).bId()).isEqualTo("s" + (N - 1));
    }

    @Test
    void thousandSourcesExportToHtml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.html");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            new HtmlReportWriter(PairSelection.DEFAULT).write(generated(), w);
        }
        Document d = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(d.select("table.sources tbody tr")).hasSize(N);
        assertThat(d.select("table.matrix")).isEmpty();
        assertThat(d.select("table.top-pairs tbody tr")).hasSize(100);
        assertThat(d.select("section.pair")).hasSize(10);
        assertThat(d.select("section.pair h3").first().text()).isEqualTo("s199 ↔ s200"); // ties at 0.99 ordered by id: "s199" < "s99"
        assertThat(d.select("b")).isEmpty();
        HtmlReportTest.assertNoActiveContent(d);
    }

    @Test
    void aLeastSimilarityShortensTheJsonPairsButKeepsEverySourceAndError() throws Exception {
        Report full = generated();
        List<SourceError> errors = List.of(new SourceError("gone.txt", "file not found"),
                new SourceError("bad.pdf", "not a PDF"));
        Report report = new Report(full.analysis(), errors, full.info());
        java.io.StringWriter w = new java.io.StringWriter();
        new JsonReportWriter(false, 0.9).write(report, w);
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString());
        long kept = full.comparison().pairs().stream().filter(p -> p.similarity() >= 0.9).count();
        assertThat(kept).isBetween(1L, (long) N / 5);
        assertThat(root.path("sources")).hasSize(N);
        assertThat(root.path("pairs")).hasSize((int) kept);
        for (com.fasterxml.jackson.databind.JsonNode pair : root.path("pairs")) {
            assertThat(pair.path("similarity").asDouble()).isGreaterThanOrEqualTo(0.9);
        }
        assertThat(root.path("pairsOmitted").path("minSimilarity").asDouble()).isEqualTo(0.9);
        assertThat(root.path("pairsOmitted").path("count").asInt()).isEqualTo(N - 1 - (int) kept);
        assertThat(root.path("errors")).hasSize(2);
        assertThat(root.path("errors").get(1).path("path").asText()).isEqualTo("bad.pdf");
        Report back = new JsonReportReader().read(new java.io.ByteArrayInputStream(
                w.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(back.comparison().articles()).hasSize(N);
        assertThat(back.comparison().pairs()).hasSize((int) kept);
        assertThat(back.errors()).hasSize(2);
        // without a least similarity every pair is written and nothing is said to be left out
        java.io.StringWriter all = new java.io.StringWriter();
        new JsonReportWriter(false, 0).write(report, all);
        com.fasterxml.jackson.databind.JsonNode allRoot = new com.fasterxml.jackson.databind.ObjectMapper().readTree(all.toString());
        assertThat(allRoot.path("pairs")).hasSize(N - 1);
        assertThat(allRoot.has("pairsOmitted")).isFalse();
    }

    /** 1,100 sources, each paired with the next twelve, similarities spread by a fixed rule. */
    static Report crowded() {
        int n = PairSelection.AUTO_ALL_UP_TO + 100;
        List<Article> articles = new ArrayList<>();
        Map<String, List<CoverageSegment>> coverage = new HashMap<>();
        for (int i = 0; i < n; i++) {
            articles.add(new Article("s" + i, "Bulletin " + i + " from the Harbour Desk.", null));
            coverage.put("s" + i, List.of());
        }
        List<PairAlignment> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= 12 && i + k < n; k++) {
                pairs.add(new PairAlignment("s" + i, "s" + (i + k), ((i * 31 + k * 17) % 97) / 97.0, 0.5, 0.5,
                        List.of(), List.of(), List.of()));
            }
        }
        return new Report(ComparisonFixture.analysed(new Comparison(articles, pairs, coverage, CompareOptions.DEFAULTS)),
                null, JsonReportTest.INFO);
    }

    @Test
    void pastAThousandSourcesTheJsonListsEachSourcesTenMostSimilarPairsCompact() throws Exception {
        Report report = crowded();
        List<PairAlignment> all = report.comparison().pairs();
        java.io.StringWriter w = new java.io.StringWriter();
        new JsonReportWriter(true, PairSelection.ALL).write(report, w);
        assertThat(w.toString()).doesNotContain("\n  "); // no indentation past 200 sources
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString());
        java.util.Set<String> listed = new java.util.HashSet<>();
        root.path("pairs").forEach(p -> listed.add(p.path("a").asText() + "/" + p.path("b").asText()));
        // a pair is listed exactly when it is among the ten most similar pairs of one of its sources
        Map<String, List<PairAlignment>> bySource = new HashMap<>();
        for (PairAlignment p : all) {
            bySource.computeIfAbsent(p.aId(), k -> new ArrayList<>()).add(p);
            bySource.computeIfAbsent(p.bId(), k -> new ArrayList<>()).add(p);
        }
        java.util.Set<String> expected = new java.util.HashSet<>();
        bySource.values().forEach(own -> own.stream().sorted(PairSelection.BY_SIMILARITY).limit(10)
                .forEach(p -> expected.add(p.aId() + "/" + p.bId())));
        assertThat(listed).isEqualTo(expected);
        assertThat(listed.size()).isLessThan(all.size());
        assertThat(root.path("pairsOmitted").path("perSource").asInt()).isEqualTo(10);
        assertThat(root.path("pairsOmitted").path("count").asInt()).isEqualTo(all.size() - listed.size());
        assertThat(root.path("sources")).hasSize(PairSelection.AUTO_ALL_UP_TO + 100);
        // asked for every pair: every pair, nothing said to be left out
        java.io.StringWriter every = new java.io.StringWriter();
        new JsonReportWriter(false, PairSelection.ALL.withPerSource(Integer.MAX_VALUE)).write(report, every);
        com.fasterxml.jackson.databind.JsonNode everyRoot = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(every.toString());
        assertThat(everyRoot.path("pairs")).hasSize(all.size());
        assertThat(everyRoot.has("pairsOmitted")).isFalse();
    }
}
