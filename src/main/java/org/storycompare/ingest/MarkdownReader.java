package org.storycompare.ingest;

import java.util.List;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Markdown: YAML front matter as metadata ({@link FrontMatter}), the body parsed with commonmark-java and
 * written out as plain paragraphs: emphasis and link text kept, link targets, images and inline HTML
 * dropped, list items one per line prefixed "- ". A leading level-1 heading that repeats the title
 * (or supplies a missing one) is not part of the body. Fields the front matter leaves empty are looked
 * for in the body's own lines, as for plain text ({@link TextMetadata}); those lines become furniture.
 */
final class MarkdownReader implements ArticleReader {

    private static final Parser PARSER = Parser.builder().build();

    @Override
    public String format() {
        return "md";
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        String text = TextDecoder.decode(data).text();
        FrontMatter.Split split = FrontMatter.split(text, limits.maxFrontMatterBytes());
        Map<String, String> f = split.fields();
        String title = first(f, "title", "headline");
        Node doc;
        try {
            doc = PARSER.parse(split.body());
        } catch (RuntimeException e) {
            throw new ReadException("the Markdown could not be parsed: " + FrontMatter.firstLine(e.getMessage()), e);
        }
        Node start = doc.getFirstChild();
        if (start instanceof Heading h && h.getLevel() == 1) {
            String heading = inline(h);
            if (title == null || Paragraphs.clean(heading).equalsIgnoreCase(Paragraphs.clean(title))) {
                title = title == null ? Paragraphs.clean(heading) : title;
                start = start.getNext();
            }
        }
        Paragraphs out = new Paragraphs(limits.maxTextChars());
        for (Node n = start; n != null; n = n.getNext()) {
            block(n, out);
        }
        String body = out.text();
        java.time.LocalDate published = Dates.parse(first(f, "published", "date", "publish_date", "pubdate",
                "published_at", "created"));
        if (body.isBlank()) {
            throw new ReadException(f.isEmpty() ? "the file contains no text" : "the file has front matter but no article text");
        }
        TextMetadata.Found found = TextMetadata.find(body, title == null);
        return new ParsedArticle(body, or(first(f, "outlet", "source", "publication", "publisher", "site", "site_name"),
                found.outlet()), or(title, found.title()), or(first(f, "author", "authors", "byline", "by"), found.author()),
                published != null ? published : found.published(),
                or(first(f, "url", "link", "canonical", "canonical_url", "source_url"), found.url()),
                LanguageGuess.normalise(first(f, "language", "lang", "locale")), first(f, "id"), List.of(),
                found.furniture());
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            String v = f.get(k);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static void block(Node n, Paragraphs out) {
        if (n instanceof Paragraph || n instanceof Heading) {
            out.add(inline(n));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            list(n, out);
            out.endList();
        } else if (n instanceof BlockQuote) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                block(c, out);
            }
        } else if (n instanceof FencedCodeBlock code) {
            out.add(code.getLiteral());
        } else if (n instanceof IndentedCodeBlock code) {
            out.add(code.getLiteral());
        } else if (n instanceof HtmlBlock html) {
            out.add(Jsoup.parseBodyFragment(html.getLiteral()).text());
        }
        // thematic breaks and link reference definitions carry no text
    }

    private static void list(Node listNode, Paragraphs out) {
        for (Node item = listNode.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof BulletList || c instanceof OrderedList) {
                    out.item(text.toString());
                    text.setLength(0);
                    list(c, out);
                } else if (c instanceof Paragraph || c instanceof Heading) {
                    text.append(' ').append(inline(c));
                }
            }
            out.item(text.toString());
        }
    }

    /** The visible text of inline content: text, code, emphasis and link text; images and HTML dropped. */
    static String inline(Node n) {
        StringBuilder sb = new StringBuilder();
        appendInline(n, sb);
        return sb.toString();
    }

    private static void appendInline(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else if (c instanceof Image || c instanceof HtmlInline) {
                continue;
            } else {
                appendInline(c, sb);
            }
        }
    }
}
