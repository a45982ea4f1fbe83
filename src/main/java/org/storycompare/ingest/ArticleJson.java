package org.storycompare.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * Our own article exchange form, written and read with Jackson:
 * <pre>{"format":"storycompare-article/1","id":"...","text":"...","outlet":"...","title":"...",
 *  "author":"...","published":"2023-07-20","url":"...","language":"en"}</pre>
 * {@code format}, {@code id} and {@code text} are always written; other fields only when known.
 * Reading requires {@code format} and a non-empty {@code text}; unknown fields are ignored.
 * The report package reuses this to embed articles.
 */
public final class ArticleJson {

    /** The value of the "format" field. */
    public static final String FORMAT = "storycompare-article/1";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    /** The article as a JSON tree (for embedding in larger documents). */
    public static ObjectNode toNode(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        ArticleMeta m = a.meta();
        n.put("format", FORMAT);
        n.put("id", a.id());
        n.put("text", a.text());
        putIf(n, "outlet", m.outlet());
        putIf(n, "title", m.title());
        putIf(n, "author", m.author());
        putIf(n, "published", m.published() == null ? null : m.published().toString());
        putIf(n, "url", m.url());
        putIf(n, "language", m.language());
        return n;
    }

    /** The article as an indented JSON document. */
    public static String write(Article a) {
        try {
            return MAPPER.writeValueAsString(toNode(a)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article JSON", e);
        }
    }

    /**
     * Reads one article written by {@link #write}.
     *
     * @param path the file it came from, stored in the metadata (may be null)
     */
    public static Article read(String json, Path path) throws ReadException {
        ParsedArticle p = parse(json);
        return new Article(p.id() == null ? "article" : p.id(), p.text(), new ArticleMeta(p.outlet(), p.title(),
                p.author(), p.published(), p.url(), p.language(), path, "json"));
    }

    /** Reads one article from a JSON tree (see {@link #toNode}). */
    public static Article fromNode(JsonNode node, Path path) throws ReadException {
        ParsedArticle p = parse(node);
        return new Article(p.id() == null ? "article" : p.id(), p.text(), new ArticleMeta(p.outlet(), p.title(),
                p.author(), p.published(), p.url(), p.language(), path, "json"));
    }

    static ParsedArticle parse(String json) throws ReadException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new ReadException("this is not valid JSON: " + FrontMatter.firstLine(e.getMessage()), e);
        }
        return parse(root);
    }

    static ParsedArticle parse(JsonNode root) throws ReadException {
        if (root == null || !root.isObject()) {
            throw new ReadException("the JSON is not a StoryCompare article (expected an object with"
                    + " \"format\": \"" + FORMAT + "\")");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new ReadException("the JSON is not a StoryCompare article: \"format\" must be \"" + FORMAT + "\""
                    + (format == null ? " but is missing" : " but is " + format));
        }
        JsonNode text = root.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new ReadException("the StoryCompare article has no \"text\"");
        }
        String publishedText = string(root, "published");
        LocalDate published = Dates.parse(publishedText);
        if (publishedText != null && published == null) {
            throw new ReadException("the StoryCompare article's \"published\" is not a date: " + publishedText);
        }
        return new ParsedArticle(TextDecoder.normaliseLineEndings(text.asText()), string(root, "outlet"),
                string(root, "title"), string(root, "author"), published, string(root, "url"),
                LanguageGuess.normalise(string(root, "language")), string(root, "id"));
    }

    private static String string(JsonNode root, String field) throws ReadException {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ReadException("the StoryCompare article's \"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
