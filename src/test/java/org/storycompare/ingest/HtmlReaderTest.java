package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private ParsedArticle read(String html) throws ReadException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "p.html", Limits.DEFAULT);
    }

    @Test
    void keepsOnlyTheArticleTextOfASavedPage() throws Exception {
        ParsedArticle a = reader.read(Fixtures.bytes("northshore-herald.html"), "p.html", Limits.DEFAULT);
        assertThat(a.text()).isEqualTo("The footbridge over the Mill river reopened on Monday morning, two years"
                + " after floods swept away its eastern ramp, cutting the town in two.\n\n"
                + "Mayor Ilse Varga, who opened the bridge at dawn, said the town had waited long enough. \"The river"
                + " will not divide this town again,\" she told a small crowd of commuters, parents and cyclists.\n\n"
                + "County engineers raised the deck by ninety centimetres and rebuilt the ramp on steel piles, which,"
                + " they said, should survive a flood twice as high as the last one.\n\n"
                + "Costs\n\n"
                + "The work cost 2.4 million euros, slightly more than the council had budgeted, because steel prices"
                + " rose during the winter.\n\n"
                + "Some residents, however, said the bridge should have been rebuilt sooner. A temporary ferry had"
                + " carried about four hundred people a day.");
    }

    @Test
    void metadataComesFromMetaTagsJsonLdAndLang() throws Exception {
        ParsedArticle a = reader.read(Fixtures.bytes("northshore-herald.html"), "p.html", Limits.DEFAULT);
        assertThat(a.title()).isEqualTo("Bridge reopens in Millbrook");
        assertThat(a.outlet()).isEqualTo("Northshore Herald");
        assertThat(a.author()).isEqualTo("Priya Castellano");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.url()).isEqualTo("https://northshore-herald.test/2024/03/bridge-reopens");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void jsonLdAndTimeElementsFillGapsWhenMetaTagsAreMissing() throws Exception {
        String html = "<html><head><title>Quiet page</title><script type=\"application/ld+json\">"
                + "{\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"x\"}, {\"@type\": [\"NewsArticle\"],"
                + " \"headline\": \"Dock strike ends\", \"author\": {\"name\": \"Olu Bergstrom\"},"
                + " \"publisher\": {\"name\": \"Tidewater Times\"}, \"url\": \"https://tidewater.test/dock\"}]}"
                + "</script></head><body><article><p>Published <time>April 18, 2024</time></p>"
                + "<p>" + sentence(3) + "</p></article></body></html>";
        ParsedArticle a = read(html);
        assertThat(a.title()).isEqualTo("Dock strike ends");
        assertThat(a.author()).isEqualTo("Olu Bergstrom");
        assertThat(a.outlet()).isEqualTo("Tidewater Times");
        assertThat(a.url()).isEqualTo("https://tidewater.test/dock");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 18));
    }

    @Test
    void aPageWithoutAnArticleIsRefused() {
        String html = "<html><body><nav><a href=/>Home</a></nav><h1>Latest</h1><ul>"
                + "<li><a href=/1>Storm warning for the coast tonight</a></li>"
                + "<li><a href=/2>School opens in the north of the county</a></li>"
                + "<li><a href=/3>Council meets on Thursday to discuss parking</a></li></ul>"
                + "<footer>Contact us</footer></body></html>";
        assertThatThrownBy(() -> read(html)).isInstanceOf(ReadException.class)
                .hasMessageContaining("no article text found");
    }

    @Test
    void jsonLdArticleBodyIsTheFallbackForScriptRenderedPages() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"articleBody\":\"" + sentence(4) + "\"}</script></head><body><div id=app></div></body></html>";
        assertThat(read(html).text()).isEqualTo(sentence(4));
    }

    @Test
    void declaredLegacyCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body><p>Caf\u00e9 \u201cBrise\u201d " + sentence(3) + "</p></body></html>";
        ParsedArticle a = reader.read(html.getBytes(Charset.forName("windows-1252")), "p.html", Limits.DEFAULT);
        assertThat(a.text()).startsWith("Caf\u00e9 \u201cBrise\u201d The");
    }

    @Test
    void emptyOrBinaryPagesAreRefused() {
        assertThatThrownBy(() -> reader.read(new byte[0], "p.html", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1}, "p.html",
                Limits.DEFAULT)).isInstanceOf(ReadException.class).hasMessageContaining("JPEG");
    }

    /** n invented sentences about a harbour, about 12 words each. */
    static String sentence(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? " " : "").append("The harbour crew number ").append(i)
                    .append(" repaired the old quay wall, and the boats returned by evening.");
        }
        return sb.toString();
    }
}
