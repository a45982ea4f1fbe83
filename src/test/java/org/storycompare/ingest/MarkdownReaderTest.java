package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private final MarkdownReader reader = new MarkdownReader();

    private ParsedArticle read(String md) throws ReadException {
        return reader.read(md.getBytes(StandardCharsets.UTF_8), "t.md", Limits.DEFAULT);
    }

    @Test
    void frontMatterIsMetadataAndMarkdownSyntaxIsRemoved() throws Exception {
        ParsedArticle a = reader.read(Fixtures.bytes("valley-post.md"), "valley-post.md", Limits.DEFAULT);
        assertThat(a.title()).isEqualTo("Footbridge back in service, council says");
        assertThat(a.outlet()).isEqualTo("The Valley Post");
        assertThat(a.author()).isEqualTo("Ruben Okafor, Lena Marsh");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.url()).isEqualTo("https://valleypost.test/news/2024/footbridge");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).isEqualTo("The Millbrook footbridge reopened on Monday, according to a statement"
                + " from the town council. Mayor Ilse Varga called it a promise kept.\n\n"
                + "What changed:\n\n"
                + "- a deck raised by ninety centimetres\n- a ramp on steel piles\n\n"
                + "\"The river will not divide this town again,\" the mayor said.\n\n"
                + "The repairs cost 2.4 million euros.");
    }

    @Test
    void aLeadingHeadingSuppliesAMissingTitle() throws Exception {
        ParsedArticle a = read("# Storm closes the ferry\n\nThe ferry did not sail on *Sunday*.\n\n## Later\n\nIt sailed on Monday.");
        assertThat(a.title()).isEqualTo("Storm closes the ferry");
        assertThat(a.text()).isEqualTo("The ferry did not sail on Sunday.\n\nLater\n\nIt sailed on Monday.");
    }

    @Test
    void withoutFrontMatterAThematicBreakIsNotMistakenForIt() throws Exception {
        ParsedArticle a = read("---\nPlain text after a rule.\n");
        assertThat(a.text()).isEqualTo("Plain text after a rule.");
        assertThat(a.title()).isNull();
    }

    @Test
    void customYamlTagsAreRefused() {
        assertThatThrownBy(() -> read("---\ntitle: !!java.net.URL [\"http://evil.test\"]\n---\nBody text.\n"))
                .isInstanceOf(ReadException.class).hasMessageContaining("custom YAML tags are not allowed");
        assertThatThrownBy(() -> read("---\ntitle: !shell rm\n---\nBody text.\n"))
                .isInstanceOf(ReadException.class).hasMessageContaining("tag");
    }

    @Test
    void oversizedOrBrokenFrontMatterIsRefused() {
        String big = "---\ntitle: " + "x".repeat(70_000) + "\n---\nBody.\n";
        assertThatThrownBy(() -> read(big)).isInstanceOf(ReadException.class).hasMessageContaining("larger than 64 KB");
        assertThatThrownBy(() -> read("---\ntitle: [unclosed\n---\nBody.\n"))
                .isInstanceOf(ReadException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> read("---\njust a sentence\n---\nBody.\n"))
                .isInstanceOf(ReadException.class).hasMessageContaining("key: value");
    }

    @Test
    void aliasesAreNotExpanded() throws Exception {
        String laughs = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: Laughs\n---\nBody text.\n";
        ParsedArticle a = read(laughs);
        assertThat(a.title()).isEqualTo("Laughs");
        assertThat(a.text()).isEqualTo("Body text.");
    }

    @Test
    void frontMatterWithoutBodyIsRefused() {
        assertThatThrownBy(() -> read("---\ntitle: Empty\n---\n\n")).isInstanceOf(ReadException.class)
                .hasMessageContaining("no article text");
    }
}
