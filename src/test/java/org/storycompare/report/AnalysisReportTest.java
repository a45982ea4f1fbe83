package org.storycompare.report;

import org.storycompare.testutil.ComparisonFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;

/** The quotes and facts in the JSON, HTML and Markdown reports, on invented articles. */
class AnalysisReportTest {

    static final String QUOTE = "We asked the rail company for a new bridge in every single budget round";

    static Article article(String id, String outlet, String date, String text) {
        return new Article(id, text, new ArticleMeta(outlet, null, null, LocalDate.parse(date), null, null, null, null));
    }

    /** Three invented versions: one alters the quote and the passenger count, one adds a hostile quote. */
    static Report report() {
        List<Article> arts = List.of(
            article("herald", "Brindlewick Herald", "2031-04-02",
                "Floods cut the line and 312 passengers were stranded at Millgate.\n\n"
                + "Mayor Ada Quellin spoke at the station. \"" + QUOTE + ",\" she said."),
            article("courier", "Valley Courier", "2031-04-02",
                "Floods cut the line and 312 passengers were stranded at Millgate.\n\n"
                + "\"" + QUOTE + ",\" Ada Quellin said.\n\n"
                + "\"Nobody <script>alert(1)</script> checked the embankment & the drains,\" Bram Tolliver said."),
            article("pulse", "Pulse <b>Digest</b>", "2030-04-02",
                "Floods cut the line and 290 passengers were stranded at Millgate.\n\n"
                + "Ada Quellin said: \u201CWe begged the rail company for a new bridge in every budget round.\u201D"));
        Comparison c = new Comparison(arts, List.of(), Map.of(), CompareOptions.DEFAULTS);
        return new Report(ComparisonFixture.analysed(c), List.of(), JsonReportTest.INFO);
    }

    static String html(Report r) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReportWriter(PairSelection.parse("top:10")).write(r, w);
        return w.toString();
    }

    @Test
    void reportAnalysesQuotesAndFacts() {
        Report r = report();
        assertThat(r.quotes().shared()).hasSize(1);
        assertThat(r.quotes().groups()).hasSize(2);
        assertThat(r.facts().conflicts()).extracting(f -> f.subject()).containsExactly("publication date", "passengers");
    }

    @Test
    void htmlShowsQuoteTableWithMarkedChangesAndMissingSources() throws Exception {
        Document d = Jsoup.parse(html(report()));
        Element group = d.selectFirst("section#quotes .quote-group");
        assertThat(group.selectFirst("h3").text()).isEqualTo("Ada Quellin");
        assertThat(group.select("tbody tr")).hasSize(3);
        Element altered = group.selectFirst("tr.altered");
        assertThat(altered.child(0).text()).isEqualTo("Pulse <b>Digest</b>");
        assertThat(altered.select("del").eachText()).containsExactly("asked", "single");
        assertThat(altered.select("ins").eachText()).containsExactly("begged");
        assertThat(altered.child(2).text()).isEqualTo("We askedbegged the rail company for a new bridge in every "
                + "single budget round.");
        assertThat(group.selectFirst("blockquote").text()).isEqualTo("“" + QUOTE + "”");
        assertThat(altered.child(1).text()).contains("asked → begged", "− single");
        assertThat(group.select("tr.verbatim")).hasSize(2);
        assertThat(d.select("section#quotes table.single td").eachText()).contains("Bram Tolliver");
        Element facts = d.selectFirst("section#facts");
        assertThat(facts.select("tr.conflict")).hasSize(2);
        assertThat(facts.select("li.outlier").eachText()).contains("2030-04-02: Pulse <b>Digest</b>",
                "290 passengers: Pulse <b>Digest</b>");
    }

    @Test
    void scriptInAQuoteIsEscaped() throws Exception {
        String html = html(report());
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Digest")
                .contains("Nobody &lt;script&gt;alert(1)&lt;/script&gt; checked the embankment &amp; the drains");
        assertThat(Jsoup.parse(html).select("script, b")).isEmpty();
    }

    @Test
    void jsonRoundTripKeepsQuotesAndFacts() throws Exception {
        Report r = report();
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(r, w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        JsonNode version = root.path("quotes").get(0).path("versions").get(2);
        assertThat(version.path("source").asText()).isEqualTo("pulse");
        assertThat(version.path("status").asText()).isEqualTo("altered");
        assertThat(version.path("changes").get(0).path("from").asText()).isEqualTo("asked");
        assertThat(root.path("facts").get(0).path("conflict").asBoolean()).isTrue();
        Report back = new JsonReportReader().read(new StringReader(w.toString()));
        assertThat(back).isEqualTo(r);
    }

    @Test
    void reportWithoutAnalysesReadsAsNoneFound() throws Exception {
        String json = "{\"format\":\"storycompare-report/1\",\"sources\":[{\"id\":\"s\",\"text\":\"one two\"}]}";
        Report r = new JsonReportReader().read(new StringReader(json));
        assertThat(r.quotes().groups()).isEmpty();
        assertThat(r.facts().facts()).isEmpty();
        assertThat(r.provenance().links()).isEmpty();
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(r, w);
        assertThat(new ObjectMapper().readTree(w.toString()).path("quotes").isArray()).isTrue();
        Document d = Jsoup.parse(html(r));
        assertThat(d.select("section#provenance td").text()).contains("not worked out");
        assertThat(new JsonReportReader().read(new StringReader(w.toString()))).isEqualTo(r);
    }

    @Test
    void badQuotesAndFactsAreRejectedWithTheirPlace() {
        String head = "{\"format\":\"storycompare-report/1\",\"sources\":[{\"id\":\"s\",\"text\":\"one two three\"}],";
        JsonReportReader reader = new JsonReportReader();
        assertThatThrownBy(() -> reader.read(new StringReader(head + "\"quotes\":[{\"wording\":\"x\",\"versions\":"
                + "[{\"source\":\"zzz\",\"status\":\"verbatim\",\"range\":[0,3],\"parts\":[[0,3]],\"text\":\"one\"}]}]}")))
                .hasMessageContaining("quotes[0].versions[0]: unknown source id 'zzz'");
        assertThatThrownBy(() -> reader.read(new StringReader(head + "\"quotes\":[{\"wording\":\"x\",\"versions\":"
                + "[{\"source\":\"s\",\"status\":\"verbatim\",\"range\":[0,99],\"parts\":[[0,3]],\"text\":\"one\"}]}]}")))
                .hasMessageContaining("quotes[0].versions[0].range: range [0, 99] reaches past the end");
        assertThatThrownBy(() -> reader.read(new StringReader(head + "\"facts\":[{\"kind\":\"rumour\","
                + "\"subject\":\"x\"}]}"))).hasMessageContaining("facts[0].kind: unknown kind 'rumour'");
        assertThatThrownBy(() -> reader.read(new StringReader(head + "\"facts\":[{\"kind\":\"number\",\"subject\":\"x\","
                + "\"mentions\":[],\"outliers\":[\"nope\"]}]}"))).hasMessageContaining("facts[0].outliers: unknown source id");
    }

    @Test
    void markdownListsQuotesAndConflicts() throws Exception {
        StringWriter w = new StringWriter();
        new MarkdownReportWriter().write(report(), w);
        String md = w.toString();
        assertThat(md).contains("## Quotes", "- **Ada Quellin**: \u201CWe asked the rail company",
                "verbatim: Brindlewick Herald, Valley Courier; altered: Pulse &lt;b&gt;Digest&lt;/b&gt; "
                        + "(asked → begged; − single)",
                "1 more quote found in one source only.",
                "## Facts", "- **passengers**", "\u201C290 passengers\u201D in Pulse &lt;b&gt;Digest&lt;/b&gt;");
        assertThat(md).doesNotContain("<script>");
    }
}
