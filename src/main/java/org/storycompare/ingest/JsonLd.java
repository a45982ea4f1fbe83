package org.storycompare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened ({@code @graph} and arrays opened), with
 * {@code @id} references resolved, and the article object among them (NewsArticle, BlogPosting...).
 * Broken JSON-LD, common on real pages, is skipped: the other metadata still counts.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CHARS = 1 << 20;
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "report", "scholarlyarticle", "liveblogposting", "techarticle", "posting",
            "socialmediaposting", "medicalwebpage", "howto", "recipe", "review", "askpublicnewsarticle",
            "satiricalarticle", "advertisercontentarticle", "discussionforumposting");

    private final List<JsonNode> objects = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();
    /** The article object, or null. */
    final JsonNode article;

    private JsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data().strip();
            if (json.length() > MAX_CHARS || json.isEmpty()) {
                continue;
            }
            try {
                collect(JSON.readTree(json), 0);
            } catch (Exception e) {
                // broken JSON-LD is skipped
            }
        }
        JsonNode found = null;
        for (JsonNode o : objects) {
            if (isArticle(o)) {
                found = o;
                break;
            }
        }
        article = found;
    }

    static JsonLd of(Document doc) {
        return new JsonLd(doc);
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@type")) {
            objects.add(node);
        }
        JsonNode id = node.get("@id");
        if (id != null && id.isTextual() && node.size() > 1) {
            byId.putIfAbsent(id.asText(), node);
        }
        collect(node.get("@graph"), depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collect(main, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        for (String t : types(o)) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static List<String> types(JsonNode o) {
        List<String> out = new ArrayList<>();
        JsonNode type = o.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (type != null) {
            out.add(type.asText());
        }
        return out;
    }

    /** The article's field as text (first element of an array, "name" or "@value" of an object). */
    String text(String field) {
        return text(article, field);
    }

    /** The first object of any type with this text field (e.g. a WebPage's datePublished). */
    String anyText(String field) {
        for (JsonNode o : objects) {
            String t = text(o, field);
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return null;
    }

    String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = resolve(node.get(field));
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = resolve(v.get(0));
        }
        if (v != null && v.isObject()) {
            v = v.has("name") ? v.get("name") : v.get("@value");
        }
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    /** The article's author names (persons or organisations), in order; empty when none. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        if (article != null) {
            addNames(article.get("author"), names, 0);
            if (names.isEmpty()) {
                addNames(article.get("creator"), names, 0);
            }
        }
        return names;
    }

    private void addNames(JsonNode author, List<String> names, int depth) {
        JsonNode a = resolve(author);
        if (a == null || depth > 3) {
            return;
        }
        if (a.isTextual()) {
            names.add(a.asText());
        } else if (a.isArray()) {
            a.forEach(x -> addNames(x, names, depth + 1));
        } else if (a.isObject() && a.get("name") != null) {
            JsonNode n = a.get("name");
            if (n.isTextual()) {
                names.add(n.asText());
            } else if (n.isArray()) {
                n.forEach(x -> addNames(x, names, depth + 1));
            }
        }
    }

    /** The publisher's name, from the article or from an Organization / WebSite object. */
    String publisher() {
        String p = text("publisher");
        if (p != null) {
            return p;
        }
        for (JsonNode o : objects) {
            List<String> t = types(o);
            if (t.contains("WebSite") || t.contains("NewsMediaOrganization")) {
                String n = text(o, "name");
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode n) {
        if (n != null && n.isObject() && n.size() == 1 && n.get("@id") != null) {
            JsonNode r = byId.get(n.get("@id").asText());
            return r == null ? n : r;
        }
        return n;
    }

    /** The page URL named by the article object. */
    String url() {
        String u = text("url");
        if (u != null || article == null) {
            return u;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main != null && main.isTextual()) {
            return main.asText();
        }
        return main != null && main.isObject() && main.get("@id") != null ? main.get("@id").asText() : null;
    }
}
