package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storycompare.ingest.HtmlReaderTest.sentence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pages we write ourselves that reproduce structures of real news pages (JSON-LD graphs, teasers inside the
 * article, captions, cookie boxes, page builders, bylines with dates), read by the real HTML reader.
 */
class HtmlPageStructuresTest {

    private final HtmlReader reader = new HtmlReader();

    private ParsedArticle read(String html) throws ReadException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html", Limits.DEFAULT);
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
                + body + "<footer><p>Copyright 2024 Example Media. All rights reserved.</p></footer></body></html>";
    }

    private static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("<p>Paragraph ").append(i).append(": ").append(sentence(2)).append("</p>");
        }
        return sb.toString();
    }

    @Test
    void jsonLdGraphGivesAuthorsByReferenceAndTheOriginalDate() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Harbour Gazette\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Mara Lindqvist\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p2\",\"name\":\"Tomas Okafor\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Quay wall repaired\",\"author\":[{\"@id\":\"#p1\"},"
                + "{\"@id\":\"#p2\"}],\"datePublished\":\"2023-06-01T09:00:00+02:00\","
                + "\"dateModified\":\"2023-06-09T17:30:00+02:00\"}]}</script>";
        ParsedArticle a = read(page(ld, "<article>" + paragraphs(4) + "</article>"));
        assertThat(a.author()).isEqualTo("Mara Lindqvist, Tomas Okafor");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(a.outlet()).isEqualTo("Harbour Gazette");
        assertThat(a.title()).isEqualTo("Quay wall repaired");
    }

    @Test
    void teasersCaptionsAndCookieBoxesInsideTheArticleAreLeftOut() throws Exception {
        String body = "<div id=\"cookie-consent\"><p>We use cookies to improve your experience, to measure traffic"
                + " and to show you relevant offers, as described in our policy.</p></div>"
                + "<article><h1>Quay wall repaired</h1>" + paragraphs(2)
                + "<figure><img src=\"q.jpg\"><figcaption>The repaired quay at dawn. Photo: Ana Vitt</figcaption></figure>"
                + "<div class=\"wp-caption\"><img src=\"b.jpg\"><p class=\"wp-caption-text\">Boats back in the harbour,"
                + " seen from the old lighthouse on Tuesday evening</p></div>"
                + paragraphs(2).replace("Paragraph", "Later paragraph")
                + "<div class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/a\">Storm damages the harbour wall in the night</a></li>"
                + "<li><a href=\"/b\">Fishing fleet returns early after the storm</a></li></ul></div>"
                + "<p>Read more: <a href=\"/c\">Council approves money for the quay repairs</a></p>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our morning briefing, delivered to your inbox"
                + " every day, with the stories that matter.</p></div>"
                + "</article>";
        ParsedArticle a = read(page("<title>Quay wall repaired | Harbour Gazette</title>", body));
        assertThat(a.text()).contains("Paragraph 1:", "Paragraph 2:", "Later paragraph 1:", "Later paragraph 2:")
                .doesNotContain("cookies", "Photo: Ana Vitt", "Boats back", "Storm damages", "Read more",
                        "Council approves", "morning briefing", "Quay wall repaired", "Copyright");
        assertThat(a.title()).isEqualTo("Quay wall repaired");
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aRelatedPostsHeadingEndsTheArticleEvenWithoutClassNames() throws Exception {
        String body = "<article><div>" + paragraphs(3) + "<h2>Related posts</h2><div><p>Teaser about another story"
                + " in the harbour, with its own summary sentence for the reader.</p></div></div></article>";
        ParsedArticle a = read(page("", body));
        assertThat(a.text()).contains("Paragraph 3:").doesNotContain("Related posts", "Teaser about");
    }

    @Test
    void articleSplitIntoPageBuilderWidgetsIsKeptWhole() throws Exception {
        StringBuilder body = new StringBuilder("<div class=\"elementor-section\">");
        for (int i = 1; i <= 4; i++) {
            body.append("<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">")
                    .append("<div class=\"elementor-widget-container\"><h2>Part ").append(i).append("</h2>")
                    .append("<p>Part ").append(i).append(" text. ").append(sentence(3)).append("</p></div></div>");
        }
        body.append("</div>");
        ParsedArticle a = read(page("<title>Four parts</title>", body.toString()));
        for (int i = 1; i <= 4; i++) {
            assertThat(a.text()).contains("Part " + i + " text.");
        }
        assertThat(a.text()).contains("Part 3\n\nPart 3 text.");
    }

    @Test
    void headingsListsQuotesAndTablesOfTheArticleAreKept() throws Exception {
        String body = "<main><article>" + paragraphs(2) + "<h2>What changed</h2><ul><li>A wider deck for the"
                + " cyclists</li><li>A new ramp on steel piles</li></ul><blockquote><p>We waited long enough,"
                + " said the mayor to the crowd.</p></blockquote><table><tr><td>Cost</td><td>2.4 million euros</td>"
                + "</tr></table>" + paragraphs(1).replace("Paragraph", "Final") + "</article></main>";
        ParsedArticle a = read(page("", body));
        assertThat(a.text()).contains("What changed\n\n- A wider deck for the cyclists\n- A new ramp on steel piles",
                "We waited long enough", "2.4 million euros", "Final 1:");
    }

    @Test
    void publishedDateIsTheOriginalNotTheUpdate() throws Exception {
        String body = "<article><h1>Quay wall repaired</h1><p class=\"meta\">Updated June 9, 2023</p>"
                + "<div class=\"dates\"><span>Published 1 June 2023, 09:00</span></div>" + paragraphs(3) + "</article>";
        ParsedArticle a = read(page("<meta property=\"article:modified_time\" content=\"2023-06-09T17:30:00Z\">", body));
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void onlyAModifiedDateIsUsedWhenNothingElseDatesThePage() throws Exception {
        ParsedArticle a = read(page("<meta property=\"article:modified_time\" content=\"2023-06-09T17:30:00Z\">",
                "<article>" + paragraphs(3) + "</article>"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 6, 9));
    }

    @Test
    void dateInTheUrlAndOutletFromTheHostWhenThePageNamesNeither() throws Exception {
        ParsedArticle a = read(page("<link rel=\"canonical\" href=\"https://www.harbour-gazette.test/2021/05/06/quay\">",
                "<article>" + paragraphs(3) + "</article>"));
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 5, 6));
        assertThat(a.outlet()).isEqualTo("Harbour Gazette");
    }

    @Test
    void titleLosesTheOutletSuffixAndPrefersTheVisibleHeadline() throws Exception {
        ParsedArticle suffix = read(page("<title>Quay wall repaired - Harbour Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">", "<article>" + paragraphs(3) + "</article>"));
        assertThat(suffix.title()).isEqualTo("Quay wall repaired");
        ParsedArticle headline = read(page("<meta property=\"og:title\" content=\"Quay repaired: what it means\">",
                "<article><h1>The harbour quay wall is repaired at last</h1>" + paragraphs(3) + "</article>"));
        assertThat(headline.title()).isEqualTo("The harbour quay wall is repaired at last");
        assertThat(headline.text()).doesNotContain("repaired at last");
    }

    @Test
    void bylineElementsGiveCleanNames() throws Exception {
        String body = "<article><h1>Quay wall repaired</h1><div class=\"article-byline\">By Mara Lindqvist and"
                + " Tomas Okafor | June 1, 2023</div>" + paragraphs(3) + "</article>";
        ParsedArticle a = read(page("<meta property=\"og:site_name\" content=\"Harbour Gazette\">", body));
        assertThat(a.author()).isEqualTo("Mara Lindqvist, Tomas Okafor");
        assertThat(a.text()).doesNotContain("Mara Lindqvist");
        String meta = "<meta name=\"author\" content=\"By Ana Vitt, Harbour Gazette\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
        assertThat(read(page(meta, "<article>" + paragraphs(3) + "</article>")).author()).isEqualTo("Ana Vitt");
        String url = "<meta name=\"author\" content=\"https://social.test/anavitt\">";
        assertThat(read(page(url, "<article>" + paragraphs(3) + "</article>")).author()).isNull();
    }

    @Test
    void aPageWhoseTextIsOnlyInJsonLdIsReadFromItWithANote() throws Exception {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Quay\","
                + "\"articleBody\":\"" + sentence(5) + "\"}</script>";
        ParsedArticle a = read(page(ld, "<div id=\"root\"><p>Loading the story...</p></div>"));
        assertThat(a.text()).isEqualTo(sentence(5));
        assertThat(a.notes()).singleElement().asString().contains("structured data");
    }

    @Test
    void aPageWithoutARecognisableContainerIsStillRead() throws Exception {
        StringBuilder body = new StringBuilder("<table><tr><td class=\"nav\"><a href=\"/\">Home</a></td></tr></table>");
        for (int i = 1; i <= 3; i++) {
            body.append("<span class=\"meta\"><span>Block ").append(i).append(". ").append(sentence(2))
                    .append("</span></span><br>");
        }
        ParsedArticle a = read(page("", "<div>" + body + "</div>"));
        assertThat(a.text()).contains("Block 1.", "Block 3.");
    }

    @Test
    void datesWithOtherLanguagesMonthNames() {
        assertThat(Dates.parseAnyLanguage("Samstag, 5. Oktober 2013")).isEqualTo(LocalDate.of(2013, 10, 5));
        assertThat(Dates.parseAnyLanguage("publi\u00e9 le 10 novembre 2021")).isEqualTo(LocalDate.of(2021, 11, 10));
        assertThat(Dates.parseAnyLanguage("3 de marzo de 2022")).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(Dates.parseAnyLanguage("April 18, 2024")).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(Dates.parseAnyLanguage("5 Blumen 2013")).isNull();
    }

    @Test
    void readableHostNames() {
        assertThat(HtmlMeta.readableHost("https://www.example-news.test/a/b")).isEqualTo("Example News");
        assertThat(HtmlMeta.readableHost("https://news.example.co.uk/x")).isEqualTo("Example");
        assertThat(HtmlMeta.readableHost(null)).isNull();
    }
}
