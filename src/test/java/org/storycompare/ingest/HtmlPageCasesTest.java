package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storycompare.ingest.HtmlReaderTest.sentence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

    private static String jsonLdDates(String published, String modified) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Quay wall repaired\","
                + "\"datePublished\":\"" + published + "\",\"dateModified\":\"" + modified + "\"}</script>";
    }

    /** A page with this head and these lines under its headline has this publication date. */
    private void expectDate(String head, String header, LocalDate want) throws ReadException {
        assertThat(read(page(head, "<article><h1>Quay wall repaired</h1>" + header + "<p>" + sentence(3) + "</p><p>"
                + sentence(3) + "</p></article>")).published()).as(header).isEqualTo(want);
    }

    @Test
    void theDateShownUnderTheHeadlineWinsOverDifferingStructuredData() throws Exception {
        String head = jsonLdDates("2019-01-04T10:00:00Z", "2019-02-01T10:00:00Z");
        expectDate(head, "<div class=\"meta\"><span>By Ana Vitt</span><span>March 20, 2023</span></div>",
                LocalDate.of(2023, 3, 20));
        expectDate(head, "<div><div>Published</div><div>14 October 2022</div></div>", LocalDate.of(2022, 10, 14));
    }

    @Test
    void aHeaderShowingOnlyAnUpdateGivesThatDateButALastUpdatedStampDoesNot() throws Exception {
        String head = jsonLdDates("2015-04-06T13:52:00-04:00", "2024-09-28T06:58:00-04:00");
        expectDate(head, "<p class=\"byline-dates\">Updated September 28, 2024</p>", LocalDate.of(2024, 9, 28));
        expectDate(head, "<p><span class=\"label\">Last Updated:</span> <span>September 28, 2024</span></p>",
                LocalDate.of(2015, 4, 6));
        expectDate(head, "<p>Published May 2, 2016</p><p>Updated September 28, 2024</p>", LocalDate.of(2016, 5, 2));
    }

    @Test
    void aDateUnderTheSummaryOfTheHeadlineIsStillInTheHeader() throws Exception {
        String summary = "<p class=\"standfirst\">" + sentence(2) + " " + sentence(1) + "</p>";
        expectDate("", summary + "<div><span>Updated October 23, 2025</span></div>", LocalDate.of(2025, 10, 23));
        expectDate("<meta name=\"published\" content=\"July 17, 2025\">", "", LocalDate.of(2025, 7, 17));
    }

    @Test
    void quotedPostsClocksAndUnclearDayMonthOrderDoNotGiveTheDate() throws Exception {
        String head = jsonLdDates("2024-09-10T08:00:00Z", "2024-09-10T08:00:00Z");
        expectDate(head, "<blockquote><p>Great day at the quay</p><p>- Harbour Fan <a href=\"#\">November 3,"
                + " 2023</a></p></blockquote>", LocalDate.of(2024, 9, 10));
        expectDate(head, "<p id=\"todays-date\">Friday, December 19, 2025</p>", LocalDate.of(2024, 9, 10));
        expectDate(head, "<p class=\"post-date\">09.10.2024</p>", LocalDate.of(2024, 9, 10));
    }

    @Test
    void aSiteNameLinkedHomeInAnH1IsNotTheHeadline() throws Exception {
        String body = "<div class=\"top\"><h1><a href=\"/\">Harbour Radio</a></h1><span>Wednesday, 26.02.2020</span>"
                + "</div><article><h2>Quay wall repaired</h2><p>" + sentence(3) + "</p></article>";
        String head = "<meta property=\"article:published_time\" content=\"2017-05-01T09:00:00+02:00\">";
        ParsedArticle a = read(page(head, body));
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 5, 1));
    }

    /** A page of the outlet "Harbour Gazette" with this og:title and h1 above its article has this title. */
    private void expectTitle(String ogTitle, String h1, String want) throws ReadException {
        String head = "<meta property=\"og:title\" content=\"" + ogTitle + "\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
        assertThat(read(page(head, "<article><h1>" + h1 + "</h1><p>" + sentence(3) + "</p></article>")).title())
                .as(h1).isEqualTo(want);
    }

    @Test
    void aLabelOrDateInFrontOfTheHeadlineIsNotPartOfTheTitle() throws Exception {
        expectTitle("Quay wall repaired after storm | Harbour Gazette", "Blog: Quay wall repaired after storm",
                "Quay wall repaired after storm");
        expectTitle("Quay wall repaired after storm", "<span>Dec 18 2025</span> Quay wall repaired after storm",
                "Quay wall repaired after storm");
        expectTitle("Quay wall repaired after storm", "Harbour: Quay wall repaired after storm and flood",
                "Harbour: Quay wall repaired after storm and flood");
    }

    @Test
    void theOutletAndATaglineAfterTheHeadlineAreCutButAnOrdinaryDashPartStays() throws Exception {
        expectTitle("Quay wall repaired after storm \u2013 Harbour Gazette - Harbour Gazette",
                "Quay wall repaired after storm \u2013 Harbour Gazette", "Quay wall repaired after storm");
        expectTitle("Best harbour walks of 2025 | Top 9 routes | Harbour Gazette",
                "Best harbour walks of 2025 | Top 9 routes", "Best harbour walks of 2025");
        expectTitle("Harbour walks \u2013 my favourites! - Harbour Gazette", "Harbour walks \u2013 my favourites!",
                "Harbour walks \u2013 my favourites!");
        expectTitle("Tide tables, maps &amp; charts", "Tide tables, maps &amp;#x26; charts",
                "Tide tables, maps & charts");
    }

    @Test
    void aCountOrYearThatTheMetaTitleAddsToTheHeadlineIsKept() throws Exception {
        expectTitle("8 Recent Trends in Harbour Design - Harbour Gazette", "Recent Trends in Harbour Design",
                "8 Recent Trends in Harbour Design");
        expectTitle("Best Harbour Walks 2025", "Best Harbour Walks", "Best Harbour Walks 2025");
        expectTitle("Discover the Best Harbour Walks", "Best Harbour Walks", "Best Harbour Walks");
    }

    @Test
    void aMainColumnNamedForItsLayoutIsNotASideBar() throws Exception {
        String head = "<meta property=\"og:title\" content=\"Quay wall costs\">";
        String body = "<main class=\"site-main no-sidebar\"><h1>Quay wall costs: part by part</h1><p>" + sentence(3)
                + "</p></main><aside class=\"sidebar\"><h1>Harbour Gazette</h1></aside>";
        assertThat(read(page(head, body)).title()).isEqualTo("Quay wall costs: part by part");
    }

    @Test
    void aShortSiteNameBeforeAPipeInThePageTitleIsDropped() throws Exception {
        String body = "<h1><a href=\"/\">Harbour Institute</a></h1><article><p>" + sentence(3) + "</p></article>";
        assertThat(read(page("<title>The Quay | Tide gauges (TG) at the harbour institute</title>", body)).title())
                .isEqualTo("Tide gauges (TG) at the harbour institute");
    }
}
