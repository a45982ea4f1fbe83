package org.storycompare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata of a saved web page: the title element, Open Graph ({@code og:}) and {@code article:} meta tags,
 * other common meta names, JSON-LD of type NewsArticle (or Article, BlogPosting...), time elements and the
 * html lang attribute.
 */
final class HtmlMeta {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "blogposting", "report", "scholarlyarticle", "liveblogposting");
    private static final int MAX_JSON_LD_CHARS = 1 << 20;

    final String title;
    final String outlet;
    final String author;
    final LocalDate published;
    final String url;
    final String language;
    /** The JSON-LD articleBody, used only when no article text is found in the page itself. */
    final String articleBody;

    private HtmlMeta(String title, String outlet, String author, LocalDate published, String url,
                     String language, String articleBody) {
        this.title = title;
        this.outlet = outlet;
        this.author = author;
        this.published = published;
        this.url = url;
        this.language = language;
        this.articleBody = articleBody;
    }

    static HtmlMeta of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = firstNonBlank(meta(doc, "og:title"), text(ld, "headline"), meta(doc, "twitter:title"),
                first(doc, "article h1, h1"), doc.title());
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ld == null ? null : text(ld.get("publisher"), "name"),
                meta(doc, "application-name"));
        String author = firstNonBlank(meta(doc, "author"), ld == null ? null : person(ld.get("author")),
                notUrl(meta(doc, "article:author")), meta(doc, "byl"), first(doc, "[rel=author]"));
        LocalDate published = null;
        for (String candidate : new String[] {meta(doc, "article:published_time"), text(ld, "datePublished"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "publish-date"), meta(doc, "dc.date"), meta(doc, "dcterms.created"),
                attr(doc, "time[datetime]", "datetime"), first(doc, "time"), text(ld, "dateCreated"),
                meta(doc, "article:modified_time"), text(ld, "dateModified")}) {
            published = Dates.parse(candidate);
            if (published != null) {
                break;
            }
        }
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"),
                ld == null ? null : urlOf(ld));
        String language = LanguageGuess.normalise(firstNonBlank(attr(doc, "html[lang]", "lang"),
                attr(doc, "meta[http-equiv=content-language]", "content"), text(ld, "inLanguage"),
                meta(doc, "og:locale")));
        return new HtmlMeta(title, outlet, author, published, url, language, text(ld, "articleBody"));
    }

    /** The content of {@code <meta property=key>} or {@code <meta name=key>} or {@code itemprop}. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
                if (!c.isBlank()) {
                    return c.strip();
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String first(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.text();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Paragraphs.clean(v);
            }
        }
        return null;
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                JsonNode found = findArticle(JSON.readTree(json), 0);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // broken JSON-LD is common on real pages: ignore it, the other metadata still counts
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n, depth + 1);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        for (String t : types) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v.isObject()) {
            v = v.has("name") ? v.get("name") : v.get("@value");
        }
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    private static String person(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isTextual()) {
            return author.asText();
        }
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            for (JsonNode a : author) {
                String n = person(a);
                if (n != null) {
                    names.add(n);
                }
            }
        } else if (author.isObject() && author.get("name") != null && author.get("name").isTextual()) {
            names.add(author.get("name").asText());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String urlOf(JsonNode ld) {
        String u = text(ld, "url");
        if (u != null) {
            return u;
        }
        JsonNode main = ld.get("mainEntityOfPage");
        if (main != null && main.isTextual()) {
            return main.asText();
        }
        return main != null && main.isObject() && main.get("@id") != null ? main.get("@id").asText() : null;
    }
}
