package org.storycompare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * Our own article exchange form ({@value #FORMAT}): one article with its metadata, the same fields as a report's
 * {@code sources[]} entry (see {@link JsonCodec#writeArticleFields}):
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
            JsonCodec.writeArticleFields(g, a, false);
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
        Article a = JsonCodec.readArticle(root, "article", false);
        ArticleMeta m = a.meta();
        return new Article(a.id(), a.text(), new ArticleMeta(m.outlet(), m.title(), m.author(), m.published(),
                m.url(), m.language(), path, "json", m.notes(), m.furniture(), m.entered()));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
