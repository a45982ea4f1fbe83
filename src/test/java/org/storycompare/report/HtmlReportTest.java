package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.storycompare.testutil.ComparisonFixture;

class HtmlReportTest {

    static Document render(Report r, PairSelection sel) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReportWriter(sel).write(r, w);
        return Jsoup.parse(w.toString());
    }

    @Test
    void hasSourcesMatrixPairsSettingsAndPlaceholders() throws Exception {
        Document d = render(JsonReportTest.sampleReport(), PairSelection.DEFAULT);
        Elements rows = d.select("table.sources tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).contains("Brindlewick Herald", "Title of a", "Reporter A", "2024-03-01", "txt");
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("https://example.org/a");
        assertThat(rows.get(0).select(".swatch").attr("style")).matches("background:#[0-9a-f]{6}");

        Elements matrixRows = d.select("table.matrix tbody tr");
        assertThat(matrixRows).hasSize(3);
        Element ab = matrixRows.get(0).select("td").get(1);
        assertThat(ab.text()).isEqualTo("72");
        assertThat(ab.attr("title")).isEqualTo("80% of Brindlewick Herald is in Valley Courier; "
                + "65% of Valley Courier is in Brindlewick Herald");
        Element ba = matrixRows.get(1).select("td").get(0);
        assertThat(ba.attr("title")).startsWith("65% of Valley Courier is in Brindlewick Herald");
        assertThat(matrixRows.get(1).select("td").get(2).attr("title")).isEqualTo("nothing shared found");

        Elements pairs = d.select("section.pair");
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).select("h3").text()).isEqualTo("Brindlewick Herald ↔ Valley Courier");
        Elements sides = pairs.get(0).select(".side .text");
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).text()).startsWith("The council of Brindlewick voted");
        assertThat(sides.get(1).select(".changed").text()).isEqualTo("urgent");
        assertThat(sides.get(0).select(".swapped").attr("title")).contains("horrified");
        assertThat(sides.get(0).select(".swapped").hasClass("paraphrase")).isTrue();
        assertThat(sides.get(0).select(".edited").first().text()).startsWith("The council of Brindlewick");
        assertThat(sides.get(1).select(".divergent").text()).isEqualTo("Traffic will be diverted through Millgate.");
        Element movedInA = pairs.get(1).select(".side .text").get(0).select(".moved").first();
        assertThat(movedInA.text()).isEqualTo("Brindlewick");
        assertThat(movedInA.classNames()).contains("exact", "moved", "moved-start");
        assertThat(movedInA.attr("title")).contains("moved");
        assertThat(d.select("ul.legend li")).hasSize(7);
        assertThat(d.select("ul.legend li span.meaning")).hasSize(1);

        assertThat(d.select("section#provenance table.provenance tbody tr")).hasSize(3);
        for (String id : new String[] {"quotes", "facts"}) {
            assertThat(d.select("section#" + id)).hasSize(1);
            assertThat(d.select("section#" + id + " .placeholder")).isEmpty();
        }
        assertThat(d.select("section#settings").text()).contains("Shortest exact match (words) 7", "Compare word stems yes");
        assertThat(d.select("section#errors li").text()).isEqualTo("/tmp/broken.pdf: cannot read: damaged file");
        assertThat(d.select("footer").text()).contains("StoryCompare 9.9-test", "2024-05-06T07:08:09Z");
    }

    @Test
    void pairSelectionLimitsThePairsShownInFull() throws Exception {
        Document d = render(JsonReportTest.sampleReport(), PairSelection.parse("top:1"));
        assertThat(d.select("section.pair")).hasSize(1);
        assertThat(d.select("section#pairs > p.meta").text()).startsWith("1 of 2");
    }

    @Test
    void articleMarkupStaysTextAndNothingActiveGetsIn() throws Exception {
        Report r = JsonReportTest.sampleReport();
        Document d = render(r, PairSelection.ALL);
        assertNoActiveContent(d);
        // the hostile article shows as text, verbatim, in its pair
        Element hostileSide = d.select("section.pair").get(1).select(".side .text").get(1);
        assertThat(hostileSide.wholeText()).isEqualTo(ComparisonFixture.HOSTILE);
        assertThat(d.select("table.sources").text()).contains("Quiet <b>Post</b>");
        assertThat(d.select("b")).isEmpty();
        assertThat(d.select("img, a[href^=javascript], div[style]")).isEmpty();
    }

    @Test
    void unsafeUrlsAreNotLinked() throws Exception {
        ComparisonFixture f = new ComparisonFixture().article("x", "Outlet", "Some text here.");
        var a = f.get("x");
        f.article(new org.storycompare.engine.model.Article("x", a.text(),
                new org.storycompare.engine.model.ArticleMeta("Outlet", "T", null, null,
                        " JavaScript:alert(document.cookie)", null, null, "html")));
        Document d = render(new Report(ComparisonFixture.analysed(f.build()), null, JsonReportTest.INFO), PairSelection.ALL);
        assertThat(d.select("table.sources a")).isEmpty();
        assertThat(d.select("table.sources").text()).contains("JavaScript:alert(document.cookie)");
        assertNoActiveContent(d);
    }

    /** No script, no event handler, no javascript: link, no style sheet or style attribute but our own. */
    static void assertNoActiveContent(Document d) {
        assertThat(d.select("script, iframe, object, embed, link, base, form, img, svg, video, audio")).isEmpty();
        assertThat(d.select("style")).hasSize(1);
        assertThat(d.select("style").first().data()).doesNotContain("display:none");
        for (Element e : d.getAllElements()) {
            for (Attribute at : e.attributes()) {
                String k = at.getKey().toLowerCase(java.util.Locale.ROOT);
                assertThat(k).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(k).isNotIn("src", "srcdoc", "formaction", "action");
                if (k.equals("href")) {
                    assertThat(at.getValue()).matches("https?://.*");
                }
                if (k.equals("style")) {
                    assertThat(at.getValue()).matches("background:#[0-9a-f]{6}(;color:#[0-9a-f]{6})?");
                }
            }
        }
        assertThat(d.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }
}
