package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storycompare.ingest.HtmlReaderTest.sentence;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Invented pages reproducing the structure of real pages the HTML reader once got wrong: articles written as
 * sections whose class contains a furniture word, collapsed accordion panels, headlines with a label or a
 * date in front, and the like. Each test names the structure, never a site.
 */
class HtmlPageCasesTest {

    private final HtmlReader reader = new HtmlReader();

    private ParsedArticle read(String html) throws ReadException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html", Limits.DEFAULT);
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
                + body + "<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer></body></html>";
    }

    private static String section(String cls, int i) {
        return "<section class=\"" + cls + "\"><h2>Part " + i + " of the harbour story</h2><p>Section " + i + " says: "
                + sentence(3) + "</p><p>" + sentence(2) + "</p></section>";
    }

    @Test
    void anArticleMadeOfSectionsWhoseClassHasAFurnitureWordIsKeptWhole() throws Exception {
        StringBuilder body = new StringBuilder("<main><h1>Harbour works explained</h1>");
        for (int i = 1; i <= 4; i++) {
            body.append(section("page-jump-section", i));
        }
        body.append("</main><div class=\"related\"><h2>More</h2><p>" + sentence(1) + "</p></div>");
        String text = read(page("", body.toString())).text();
        for (int i = 1; i <= 4; i++) {
            assertThat(text).contains("Section " + i + " says");
        }
    }

    @Test
    void repeatedFurnitureBlocksBesideTheArticleAreStillDropped() throws Exception {
        StringBuilder body = new StringBuilder("<article><h1>Harbour works explained</h1>");
        for (int i = 0; i < 6; i++) {
            body.append("<p>Main text ").append(i).append(": ").append(sentence(2)).append("</p>");
        }
        body.append("</article>");
        for (int i = 1; i <= 2; i++) {
            body.append(section("pre-footer", i));
        }
        String text = read(page("", body.toString())).text();
        assertThat(text).contains("Main text 5").doesNotContain("Section 1 says").doesNotContain("Section 2 says");
    }

    @Test
    void collapsedAccordionPanelsArePartOfTheArticle() throws Exception {
        String body = "<article><h1>Harbour works explained</h1><p>" + sentence(3) + "</p>"
                + "<div class=\"faq-accordion\"><button aria-controls=\"p1\">Week 1</button>"
                + "<div id=\"p1\" role=\"region\" aria-labelledby=\"b1\" style=\"display:none;\"><p>Hidden panel one: "
                + sentence(2) + "</p></div>"
                + "<div class=\"accordion-body\" style=\"display: none\"><p>Hidden panel two: " + sentence(2)
                + "</p></div></div><p>" + sentence(2) + "</p>"
                + "<div style=\"display:none\"><p>Invisible promotion: " + sentence(2) + "</p></div></article>";
        String text = read(page("", body)).text();
        assertThat(text).contains("Hidden panel one:").contains("Hidden panel two:")
                .doesNotContain("Invisible promotion");
    }
}
