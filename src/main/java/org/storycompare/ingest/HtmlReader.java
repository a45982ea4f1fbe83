package org.storycompare.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A saved web page (.html, .htm): metadata from {@link HtmlMeta}, body text from {@link HtmlContent}.
 * The encoding is the one the page declares in a meta tag, else detected like a text file.
 * A page in which no block looks like article prose is refused.
 */
final class HtmlReader implements ArticleReader {

    /** Fewer words than this is not taken to be an article. */
    static final int MIN_WORDS = 30;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        String html = decode(data);
        Document doc;
        try {
            doc = Parser.htmlParser().parseInput(HtmlInput.interruptible(HtmlInput.bound(html)), "");
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadException("reading was stopped", e);
            }
            throw new ReadException("the page could not be read as HTML (it may be damaged)", e);
        }
        HtmlMeta meta = HtmlMeta.of(doc);
        String text;
        try {
            text = HtmlContent.extract(doc.body(), meta.title, limits.maxTextChars());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReadException("the page is too deeply nested or malformed to find its text", e);
        }
        if (org.storycompare.engine.model.Article.countWords(text) < MIN_WORDS && meta.articleBody != null) {
            text = new Paragraphs(limits.maxTextChars()).add(meta.articleBody).text();
        }
        if (org.storycompare.engine.model.Article.countWords(text) < MIN_WORDS) {
            throw new ReadException("no article text found in this page (only navigation, links or short snippets;"
                    + " fewer than " + MIN_WORDS + " words of prose)");
        }
        return new ParsedArticle(text, meta.outlet, meta.title, meta.author, meta.published, meta.url,
                meta.language, null);
    }

    private static String decode(byte[] data) throws ReadException {
        if (data.length == 0) {
            throw new ReadException("the file is empty");
        }
        boolean bom = TextDecoder.startsWith(data, 0xEF, 0xBB, 0xBF) || TextDecoder.startsWith(data, 0xFF, 0xFE)
                || TextDecoder.startsWith(data, 0xFE, 0xFF);
        if (!bom) {
            String head = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                Charset cs = charset(m.group(1));
                if (cs != null && !cs.equals(StandardCharsets.UTF_8) && TextDecoder.binaryKind(data) == null) {
                    return TextDecoder.normaliseLineEndings(new String(data, cs));
                }
            }
        }
        return TextDecoder.decode(data).text();
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Charset.forName("windows-1252"); // as browsers do
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
