package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storycompare.ingest.HtmlPageCasesTest.page;
import static org.storycompare.ingest.HtmlReaderTest.sentence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Invented pages reproducing the structure of real pages whose title or publication date the HTML reader once
 * got wrong (dates given only by the address, a date in the prose taken for the page's, a page dated only by its
 * last update). Each test names the structure, never a site.
 */
class HtmlMetaCasesTest {

    private final HtmlReader reader = new HtmlReader();

    private ParsedArticle read(String head, String body) throws ReadException {
        return reader.read(page(head, body).getBytes(StandardCharsets.UTF_8), "page.html", Limits.DEFAULT);
    }

    private static String underHeadline(String header) {
        return "<article><h1>Quay wall repaired</h1>" + header + "<p>" + sentence(3) + "</p><p>" + sentence(3)
                + "</p></article>";
    }

    private static String article(String after) {
        return "<article><h1>Quay wall repaired</h1><p>" + sentence(3) + "</p><p>" + sentence(3) + "</p>" + after
                + "</article>";
    }

    @Test
    void aDateInTheAddressWithTheMonthWrittenOutDatesThePage() throws Exception {
        String head = "<meta property=\"og:url\" content=\"https://example.org/blog/2023/october/03/quay-wall\">";
        assertThat(read(head, article("")).published()).isEqualTo(LocalDate.of(2023, 10, 3));
    }

    @Test
    void aCanonicalLinkHoldingTextInsteadOfAnAddressDoesNotHideTheAddress() throws Exception {
        String head = "<link rel=\"canonical\" href=\"Why was the quay wall repaired?\">"
                + "<meta property=\"og:url\" content=\"https://example.org/news/2021/06/14/quay-wall\">";
        ParsedArticle a = read(head, article(""));
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 6, 14));
    }

    @Test
    void aDateInASentenceThatMentionsTheWordDateIsNotThePublicationDate() throws Exception {
        String body = article("<p>The harbour fee is due on April 15, 2025. Boats missing that date pay twice.</p>"
                + "<div class=\"info\"><p>Posted <time>January 17, 2025</time></p></div>");
        assertThat(read("", body).published()).isEqualTo(LocalDate.of(2025, 1, 17));
    }

    @Test
    void aPageDatedOnlyByItsLastUpdateLineTakesThatDate() throws Exception {
        String body = article("<p style=\"text-align:right;\">Last updated: November 13, 2025</p>");
        assertThat(read("", body).published()).isEqualTo(LocalDate.of(2025, 11, 13));
        String declared = "<meta property=\"article:published_time\" content=\"2024-03-02T10:00:00+01:00\">";
        assertThat(read(declared, body).published()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void theDateOfATeaserForAnotherArticleUnderTheHeadlineIsNotThePagesDate() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2025-01-16T09:00:00+00:00\">";
        String body = "<article><h1>Quay wall repaired</h1><div class=\"share\"><a href=\"#\">Copy link</a></div>"
                + "<h4>Most popular</h4><div class=\"list-item\"><div class=\"list-title\"><a href=\"/boats\">"
                + "Ten boats that came back to the harbour</a></div><div class=\"list-meta\"><a href=\"/ana\">"
                + "Ana Vitt</a> <span>July 15, 2025</span></div></div><p>" + sentence(3) + "</p><p>" + sentence(3)
                + "</p></article>";
        assertThat(read(head, body).published()).isEqualTo(LocalDate.of(2025, 1, 16));
    }

    @Test
    void aSubtitleInAnH2StraightUnderTheHeadlineDoesNotEndTheHeader() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2024-08-07T12:00:00Z\">";
        String body = "<article><div><h1>Quay wall repaired</h1></div><div><h2>What the harbour crew learned in two"
                + " years of mending an old wall with few hands.</h2><div><a href=\"/ana\">Ana Vitt</a> <span>7 min"
                + " read</span> <span>Dec 30, 2013</span></div></div><p>" + sentence(3) + "</p><h2>The first winter"
                + " on the quay</h2><p>" + sentence(3) + "</p></article>";
        assertThat(read(head, body).published()).isEqualTo(LocalDate.of(2013, 12, 30));
    }

    @Test
    void anUnlabelledHeaderDateThatIsTheDeclaredLastModificationGivesWayToTheDeclaredPublication() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2022-05-10T17:00:00+00:00\">"
                + "<meta property=\"article:modified_time\" content=\"2026-01-01T21:00:00+00:00\">";
        String header = "<ul class=\"post-info\"><li><a href=\"/kev\">Kev</a></li><li><span>January 1, 2026</span>"
                + "</li></ul>";
        assertThat(read(head, underHeadline(header)).published()).isEqualTo(LocalDate.of(2022, 5, 10));
        String shownOther = header.replace("January 1, 2026", "June 3, 2024");
        assertThat(read(head, underHeadline(shownOther)).published()).isEqualTo(LocalDate.of(2024, 6, 3));
    }

    @Test
    void aBannerH1GivesWayToTheMetaTitleShownAsTheArticlesOwnHeading() throws Exception {
        String head = "<meta property=\"og:title\" content=\"How To Keep A Quay Wall Standing | Harbour Gazette\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">";
        String body = "<div class=\"hero\"><h1>Quay Wall Care</h1></div><article><h2>How To Keep A Quay Wall Standing"
                + "</h2><p>" + sentence(3) + "</p><h2>Stones and mortar</h2><p>" + sentence(3) + "</p></article>";
        assertThat(read(head, body).title()).isEqualTo("How To Keep A Quay Wall Standing");
        String notShown = body.replace("<h2>How To Keep A Quay Wall Standing</h2>", "");
        assertThat(read(head, notShown).title()).isEqualTo("Quay Wall Care");
    }

    @Test
    void aPageKeepingItsPublicationDateOnlyInScriptDataTakesItFromThere() throws Exception {
        String state = "<script type=\"application/json\">{\"review\":{\"publishedDate\":\"2016-11-04T20:37:27Z\","
                + "\"updatedDate\":\"2016-11-05T08:00:00Z\"}}</script>";
        assertThat(read("", article(state)).published()).isEqualTo(LocalDate.of(2016, 11, 4));
        assertThat(read("", article("")).published()).isNull();
    }

    @Test
    void aHeaderUpdateGivesWayToTheDeclaredPublicationWhenThePageAlsoShowsThatDay() throws Exception {
        String head = "<meta property=\"article:published_time\" content=\"2024-08-01T16:53:14+00:00\">";
        String header = "<p class=\"stamp\"><span>Updated on</span> November 18, 2025</p>";
        String author = "<div class=\"author-box\"><p>Mara Quill</p><p class=\"when\">Aug 01, 2024</p></div>";
        String shownBoth = "<article><h1>Quay wall repaired</h1>" + header + "<p>" + sentence(3) + "</p><p>"
                + sentence(3) + "</p>" + author + "</article>";
        assertThat(read(head, shownBoth).published()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(read(head, underHeadline(header)).published()).isEqualTo(LocalDate.of(2025, 11, 18));
    }

    @Test
    void aHiddenCopyOfTheHeadlineDoesNotEndTheHeaderAndAMonthEqualToTheDayIsNotAmbiguous() throws Exception {
        String head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2025-12-10\"}</script>";
        String body = "<h1 class=\"d-none\"><span>Quay wall repaired</span></h1><div class=\"layout\"><h1><p>Quay "
                + "wall repaired</p><h4>Why the stones moved</h4></h1><h4>By Mara Quill</h4><div class=\"stamp\">"
                + "12.12.2025</div><p>" + sentence(3) + "</p><p>" + sentence(3) + "</p></div>";
        assertThat(read(head, body).published()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(read(head, body.replace("12.12.2025", "11.12.2025")).published())
                .isEqualTo(LocalDate.of(2025, 12, 10));
    }

    @Test
    void aDateLabelledPublishedByTheElementBeforeItDatesThePageAheadOfATeasersDate() throws Exception {
        String teaser = "<div class=\"card\"><a href=\"/other\"><span><h3 class=\"sr-only\">Publish date</h3>"
                + "<time datetime=\"2019-01-17T12:00:00Z\">17 Jan 2019</time></span><h3>Another story about the "
                + "harbour</h3></a></div>";
        String labelled = "<div class=\"layout-sidebar-bottom\"><div><h4>Published</h4><h3 class=\"sr-only\">"
                + "Publish date</h3><time datetime=\"2018-11-15T12:00:00Z\">15 November 2018</time></div></div>";
        assertThat(read("", article(teaser) + labelled).published()).isEqualTo(LocalDate.of(2018, 11, 15));
    }
}
