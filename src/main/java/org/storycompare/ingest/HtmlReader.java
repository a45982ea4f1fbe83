package org.storycompare.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.storycompare.engine.model.Article;

/**
 * A saved web page (.html, .htm): metadata from {@link HtmlMeta}, body text from {@link HtmlContent}.
 * The encoding is the one the page declares in a meta tag, else detected like a text file.
 * A page in which no block looks like article prose is refused.
 */
final class HtmlReader implements ArticleReader {

    /** Fewer words than this is not taken to be an article. */
    static final int MIN_WORDS = 30;
    static final String UNCERTAIN = "The article text of this page could not be told apart from the rest of the"
            + " page with confidence: it may miss paragraphs or include page furniture; check it against the page.";
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
        HtmlContent.Result found;
        try {
            found = HtmlContent.extract(doc.body(), meta.title, limits.maxTextChars());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReadException("the page is too deeply nested or malformed to find its text", e);
        }
        String text = found.text();
        String note = found.uncertain() ? UNCERTAIN : null;
        int words = words(text);
        int bodyWords = meta.articleBody == null ? 0 : words(meta.articleBody);
        if (bodyWords >= MIN_WORDS && bodyWords > 2 * words) {
            text = new Paragraphs(limits.maxTextChars()).add(meta.articleBody).text();
            note = "The article text was taken from the page's structured data (JSON-LD articleBody), because"
                    + " little of it was found in the page itself; check it against the page.";
        } else if (words < MIN_WORDS) {
            text = HtmlContent.allProse(Parser.htmlParser().parseInput(HtmlInput.interruptible(HtmlInput.bound(html)), "").body(),
                    limits.maxTextChars());
            note = UNCERTAIN;
        }
        if (words(text) < MIN_WORDS) {
            throw new ReadException("no article text found in this page (only navigation, links or short snippets;"
                    + " fewer than " + MIN_WORDS + " words of prose)");
        }
        ParsedArticle parsed = new ParsedArticle(text, meta.outlet, meta.title, meta.author, meta.published,
                meta.url, meta.language, null);
        return note == null ? parsed : parsed.withNote(note);
    }

    /** Words, with two Chinese, Japanese or Korean characters counted as one word (those scripts use no spaces). */
    static int words(String text) {
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(text.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
                cjk++;
            }
        }
        return Article.countWords(text) + cjk / 2;
    }

    private static String decode(byte[] data) throws ReadException {
        ReadException.requireContent(data);
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
