package org.storycompare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * Our own article exchange form ({@value #FORMAT}): one article with its metadata, the same fields as a report's
 * {@code sources[]} entry (see {@link #writeArticleFields}), which this class writes and reads for every document:
 * <pre>{"format":"storycompare-article/1","id":"...","outlet":"...","title":"...","author":"...",
 *  "published":"2023-07-20","url":"...","language":"en", ..., "text":"..."}</pre>
 * Reading requires {@code format} and a non-blank {@code text}; unknown fields are ignored.
 */
public final class ArticleCodec {

    /** The value of the "format" field. */
    public static final String FORMAT = "storycompare-article/1";

    private ArticleCodec() {
    }

    /** The article as an indented JSON document. */
    public static String write(Article a) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            writeArticleFields(g, a, false);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article JSON", e);
        }
        return out + "\n";
    }

    /**
     * Reads one article written by {@link #write}; problems are named in plain words.
     *
     * @param path the file it came from, stored in the metadata (may be null)
     */
    public static Article read(String json, Path path) throws JsonFormatException {
        JsonNode root;
        try (JsonParser p = JsonCodec.factory().createParser(json)) {
            root = JsonCodec.mapper().readTree(p);
        } catch (IOException | RuntimeException e) {
            throw new JsonFormatException("this is not valid JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new JsonFormatException("the JSON is not a StoryCompare article (expected an object with"
                    + " \"format\": \"" + FORMAT + "\")");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new JsonFormatException("the JSON is not a StoryCompare article: \"format\" must be \"" + FORMAT
                    + "\"" + (format == null ? " but is missing" : " but is " + format));
        }
        JsonNode text = root.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new JsonFormatException("the StoryCompare article has no \"text\"");
        }
        Article a = readArticle(root, "article", false);
        ArticleMeta m = a.meta();
        return new Article(a.id(), a.text(), new ArticleMeta(m.outlet(), m.title(), m.author(), m.published(),
                m.url(), m.language(), path, "json", m.notes(), m.furniture(), m.entered()));
    }

    /** Writes id, path, metadata, word count and text as fields of the current object. */
    public static void writeArticleFields(JsonGenerator g, Article a) throws IOException {
        writeArticleFields(g, a, true);
    }

    /** As above; without {@code withFormat} the reader's format is left out (a document that has its own). */
    static void writeArticleFields(JsonGenerator g, Article a, boolean withFormat) throws IOException {
        ArticleMeta m = a.meta();
        g.writeStringField("id", a.id());
        g.writeStringField("path", m.path() == null ? null : m.path().toString());
        g.writeStringField("outlet", m.outlet());
        g.writeStringField("title", m.title());
        g.writeStringField("author", m.author());
        g.writeStringField("published", m.published() == null ? null : m.published().toString());
        g.writeStringField("url", m.url());
        g.writeStringField("language", m.language());
        if (withFormat) {
            g.writeStringField("format", m.format());
        }
        if (!m.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (String note : m.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
        }
        if (!m.furniture().isEmpty()) {
            g.writeArrayFieldStart("furniture");
            for (Span s : m.furniture()) {
                JsonCodec.writeSpan(g, s);
            }
            g.writeEndArray();
        }
        if (!m.entered().isEmpty()) {
            g.writeArrayFieldStart("entered");
            for (String f : new java.util.TreeSet<>(m.entered())) {
                g.writeString(f);
            }
            g.writeEndArray();
        }
        g.writeNumberField("words", a.wordCount());
        g.writeStringField("text", a.text());
    }

    public static Article readArticle(JsonNode n, String where) throws JsonFormatException {
        return readArticle(n, where, true);
    }

    /** Reads an article object; without {@code idRequired} a missing id reads as "article". */
    public static Article readArticle(JsonNode n, String where, boolean idRequired) throws JsonFormatException {
        if (!n.isObject()) {
            throw new JsonFormatException(where + ": expected an object");
        }
        String id = idRequired ? JsonCodec.requiredText(n, "id", where)
                : java.util.Objects.requireNonNullElse(JsonCodec.optText(n, "id", where), "article");
        String text = JsonCodec.requiredText(n, "text", where);
        String pathText = JsonCodec.optText(n, "path", where);
        Path path = null;
        if (pathText != null) {
            try {
                path = Path.of(pathText);
            } catch (InvalidPathException e) {
                throw new JsonFormatException(where + ".path: not a valid path here: " + e.getMessage(), e);
            }
        }
        String published = JsonCodec.optText(n, "published", where);
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new JsonFormatException(where + ".published: not an ISO date: " + published, e);
            }
        }
        ArticleMeta meta = new ArticleMeta(JsonCodec.optText(n, "outlet", where), JsonCodec.optText(n, "title", where),
                JsonCodec.optText(n, "author", where), date, JsonCodec.optText(n, "url", where), JsonCodec.optText(n, "language", where),
                path, JsonCodec.optText(n, "format", where), JsonCodec.strings(n.get("notes"), where + ".notes"),
                JsonCodec.spans(n.path("furniture"), where + ".furniture"),
                new java.util.HashSet<>(JsonCodec.strings(n.get("entered"), where + ".entered")));
        for (Span s : meta.furniture()) {
            if (s.end() > text.length()) {
                throw new JsonFormatException(where + ".furniture: range [" + s.start() + ", " + s.end()
                        + "] lies outside the text");
            }
        }
        return new Article(id, text, meta);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
