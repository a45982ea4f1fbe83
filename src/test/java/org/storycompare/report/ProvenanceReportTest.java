package org.storycompare.report;

import org.storycompare.testutil.ComparisonFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;

/** The provenance part of the JSON, HTML and Markdown reports. */
class ProvenanceReportTest {

    static final String[] STORY = {
        "The night train from Harrowgate to Kelby stopped for three hours near Fenmoor junction after a signal fault.",
        "About two hundred passengers waited in unheated carriages until a relief locomotive arrived from Kelby depot.",
        "The rail operator said engineers had replaced a failed relay box and that services would run normally today.",
        "Passengers will be offered a full refund of their fares and a voucher for a future journey on the line."
    };

    static Report familyReport() {
        Article wire = new Article("wire", String.join("\n\n", STORY), meta("Fen <i>Wire</i>", LocalDate.of(2026, 2, 2)));
        Article copy = new Article("copy", String.join("\n\n", STORY[0], STORY[1], STORY[2],
                "Kelby's station cafe stayed open all night and handed out free tea to the stranded travellers."),
                meta("Kelby Echo", LocalDate.of(2026, 2, 3)));
        StoryEngine engine = new StoryEngine(CompareOptions.builder().paraphrase(false).build());
        Comparison c = engine.compare(List.of(wire, copy), ProgressListener.NONE, Cancellation.NEVER);
        return new Report(ComparisonFixture.analysed(c), List.of(), new ReportInfo("StoryCompare", "9.9-test", Instant.parse("2026-02-04T10:00:00Z")));
    }

    static ArticleMeta meta(String outlet, LocalDate date) {
        return new ArticleMeta(outlet, null, null, date, null, "en", null, "txt");
    }

    @Test
    void jsonNamesTheLikelySourceWithItsEvidence() throws Exception {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(familyReport(), w);
        JsonNode p = new ObjectMapper().readTree(w.toString()).path("provenance");
        assertThat(p.path("roles").path("wire").asText()).isEqualTo("original");
        assertThat(p.path("roles").path("copy").asText()).isEqualTo("derived");
        JsonNode link = p.path("links").get(0);
        assertThat(link.path("source").asText()).isEqualTo("wire");
        assertThat(link.path("derived").asText()).isEqualTo("copy");
        assertThat(link.path("kind").asText()).isEqualTo("copy");
        assertThat(link.path("share").asDouble()).isBetween(0.6, 0.9);
        assertThat(link.path("confidence").asDouble()).isBetween(0.0, 1.0);
        List<String> reasons = new java.util.ArrayList<>();
        link.path("reasons").forEach(r -> reasons.add(r.asText()));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("1 day after"));
        assertThat(link.path("credit").asText()).isEqualTo("uncredited");
        assertThat(link.path("directed").asBoolean()).isTrue();
        assertThat(p.path("dateNotes").isArray()).isTrue();
        // the reader still accepts a report that carries provenance
        assertThat(new JsonReportReader().read(new java.io.StringReader(w.toString())).comparison().articles())
                .hasSize(2);
    }

    @Test
    void htmlShowsOneRowPerSourceAndEscapesNames() throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReportWriter(PairSelection.DEFAULT).write(familyReport(), w);
        Document d = Jsoup.parse(w.toString());
        Element section = d.selectFirst("section#provenance");
        assertThat(section.select(".placeholder")).isEmpty();
        assertThat(section.select("tbody tr")).hasSize(2);
        assertThat(section.select("i")).as("no markup from an outlet name").isEmpty();
        Element copyRow = section.select("tbody tr").get(1);
        assertThat(copyRow.select("td").get(1).text()).isEqualTo("derived");
        assertThat(copyRow.select("td").get(2).text()).isEqualTo("Fen <i>Wire</i>");
        assertThat(copyRow.select("li").text()).contains("published 1 day after");
        assertThat(section.select("tbody tr").get(0).select("td").get(1).text()).isEqualTo("original");
    }

    @Test
    void markdownListsEverySource() throws Exception {
        StringWriter w = new StringWriter();
        new MarkdownReportWriter().write(familyReport(), w);
        String md = w.toString();
        assertThat(md).contains("## Provenance (who likely copied whom)", "- Kelby Echo: copies Fen");
        assertThat(List.of(md.split("\n"))).anyMatch(l -> l.startsWith("- Fen") && l.endsWith(": original"));
    }

    /** Two versions with the same text, date and no credit: neither report calls one of them the original. */
    @Test
    void sameTextSameDayNoCreditIsOriginalOrCopyInEveryReport() throws Exception {
        LocalDate day = LocalDate.of(2026, 2, 2);
        Article one = new Article("one", String.join("\n\n", STORY), meta("Fen Wire", day));
        Article two = new Article("two", String.join("\n\n", STORY), meta("Kelby Echo", day));
        var analysis = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(one, two), ProgressListener.NONE, Cancellation.NEVER);
        Report r = new Report(analysis, List.of(), new ReportInfo("StoryCompare", "9.9-test",
                Instant.parse("2026-02-04T10:00:00Z")));
        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(r, md);
        assertThat(md.toString()).contains(": original or copy (direction undetermined)").doesNotContain(": original\n");
        StringWriter html = new StringWriter();
        new HtmlReportWriter(PairSelection.DEFAULT).write(r, html);
        Element section = Jsoup.parse(html.toString()).selectFirst("section#provenance");
        assertThat(section.text()).contains("original or copy (direction undetermined)",
                "neither credits, dates nor readings tell which came first");
    }
}
