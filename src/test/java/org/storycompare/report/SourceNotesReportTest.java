package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;

/** Repeated paragraphs, readers' notes and hand-entered details reach every report. */
class SourceNotesReportTest {

    static final String PARA = "The <b>harbour</b> board will close the north quay for repairs from the first of June.";

    static Report report() {
        Article twice = new Article("twice", PARA + "\n\nFerries will use the south quay meanwhile, according to"
                + " Reuters.\n\n" + PARA,
                new ArticleMeta("Quay News", null, null, null, null, "en", null, "txt",
                        List.of("Only the first 2 of 5 pages were read."), List.of(), Set.of(ArticleMeta.OUTLET)));
        Article other = new Article("other", "Hill farmers met on Tuesday to talk about the price of feed.",
                new ArticleMeta("Hill Radio", null, null, null, null, "en", null, "txt"));
        var analysis = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(twice, other), ProgressListener.NONE, Cancellation.NEVER);
        return new Report(analysis, List.of(), new ReportInfo("StoryCompare", "t", Instant.EPOCH));
    }

    @Test
    void htmlMarkdownAndJsonListRepeatsAndNotes() throws Exception {
        Report r = report();
        StringWriter html = new StringWriter();
        new HtmlReportWriter(PairSelection.ALL).write(r, html);
        Document d = Jsoup.parse(html.toString());
        String section = d.select("section#repeats").text();
        assertThat(section).contains("Quay News repeats “The <b>harbour</b> board will close").contains("2 times");
        assertThat(section).contains("Only the first 2 of 5 pages were read.").contains("entered by hand: outlet");
        assertThat(section).contains("Quay News credits Reuters");
        assertThat(d.select("section#repeats b")).isEmpty(); // article text escaped

        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(r, md);
        assertThat(md.toString()).contains("## Inside each source").contains("2 times");

        StringWriter json = new StringWriter();
        new JsonReportWriter().write(r, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        JsonNode rep = root.path("repeats").get(0);
        assertThat(rep.path("source").asText()).isEqualTo("twice");
        assertThat(rep.path("ranges")).hasSize(2);
        assertThat(root.path("sources").get(0).path("notes").get(0).asText()).startsWith("Only the first 2");
        JsonNode credit = root.path("attributions").get(0);
        assertThat(credit.path("source").asText()).isEqualTo("twice");
        assertThat(credit.path("name").asText()).isEqualTo("Reuters");
        assertThat(credit.path("range")).hasSize(2);
        assertThat(new JsonReportReader().read(new StringReader(json.toString()))).isEqualTo(r);
    }
}
