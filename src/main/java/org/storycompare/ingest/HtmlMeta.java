package org.storycompare.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Metadata of a saved web page: Open Graph ({@code og:}) and {@code article:} meta tags, other common meta
 * names, JSON-LD ({@link JsonLd}), the visible headline, byline ({@link HtmlAuthors}) and dates
 * ({@link HtmlDates}), and the html lang attribute. The title is the visible headline when the page has one
 * that agrees with its meta title (or a single one), else the meta title without a " | Outlet" part; the meta
 * title also when the page shows it as an h2 or h3 heading while its h1 says something else (a banner's label).
 */
final class HtmlMeta {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\u2022\u00B7\u2013\u2014\u00BB:/~\\-]|::|\\|\\|)\\s+");

    final String title;
    final String outlet;
    final String author;
    final LocalDate published;
    final String url;
    final String language;
    /** The JSON-LD articleBody, used when little article text is found in the page itself. */
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
        Map<String, String> meta = metaTags(doc);
        JsonLd ld = JsonLd.of(doc);
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String url = firstNonBlank(canonical == null ? null : webAddress(canonical.attr("href")),
                webAddress(meta.get("og:url")), webAddress(ld.url()));
        String outlet = firstNonBlank(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
        if (outlet == null) {
            outlet = readableHost(url);
        }
        String title = title(doc, ld, meta, outlet);
        String author = HtmlAuthors.of(doc, ld, meta, outlet);
        LocalDate published = HtmlDates.of(doc, ld, meta, url);
        Element html = doc.selectFirst("html[lang]");
        String language = LanguageGuess.normalise(firstNonBlank(html == null ? null : html.attr("lang"),
                meta.get("content-language"), ld.text("inLanguage"), meta.get("og:locale")));
        return new HtmlMeta(title, outlet, author, published, url, language, ld.text("articleBody"));
    }

    /** Meta tags by lower-cased property, name, itemprop or http-equiv; the first non-blank value wins. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String c = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
            if (c.isBlank()) {
                continue;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"),
                m.attr("http-equiv")}) {
                if (!key.isBlank()) {
                    out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT),
                            c.indexOf('&') >= 0 ? Parser.unescapeEntities(c.strip(), true) : c.strip());
                }
            }
        }
        return out;
    }

    private static String title(Document doc, JsonLd ld, Map<String, String> meta, String outlet) {
        String metaTitle = firstNonBlank(meta.get("og:title"), ld.text("headline"), meta.get("twitter:title"),
                doc.title());
        String pageTitle = firstNonBlank(doc.title(), metaTitle);
        List<Element> h1s = doc.select("h1").stream().filter(h -> !inFurniture(h))
                .filter(h -> Paragraphs.clean(h.text()).length() >= 3 && h.text().length() <= 300).toList();
        for (Element h : h1s) {
            String t = Paragraphs.clean(h.text());
            if (agrees(t, metaTitle) || agrees(t, pageTitle) || agrees(t, ld.text("headline"))) {
                return HtmlTitle.refine(t, metaTitle, outlet);
            }
        }
        String stripped = stripOutlet(metaTitle, outlet);
        if (stripped != null && wordCount(stripped) >= 3 && shownAsHeading(doc, stripped)) {
            return stripped; // the h1 is a banner or section label; the article's headline is an h2 or h3
        }
        for (Element h : h1s) {
            if (!sameText(h.text(), outlet) && wordCount(h.text()) >= 3 && sharesAWord(h.text(), metaTitle)) {
                return HtmlTitle.refine(Paragraphs.clean(h.text()), metaTitle, outlet);
            }
        }
        return stripOutlet(metaTitle, outlet);
    }

    /** A heading in navigation, a footer, an aside, a logo or a side bar (the site's name, not the article's). */
    static boolean inFurniture(Element h) {
        Element only = h.childrenSize() == 1 && h.ownText().isBlank() ? h.child(0) : null;
        if (only != null && only.normalName().equals("a") && (only.attr("href").equals("/")
                || only.className().toLowerCase(Locale.ROOT).contains("logo"))) {
            return true; // the site's name as a link home
        }
        for (Element e = h; e != null && !e.normalName().equals("body"); e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
                return true;
            }
            if (tag.equals("dialog") || tag.equals("form") || e.id().toLowerCase(Locale.ROOT).contains("logo")) {
                return true;
            }
            // the page's main column says how it is laid out ("no-sidebar", "left-sidebar"): not furniture
            boolean layout = tag.equals("main") || tag.equals("article") || e.attr("role").equals("main");
            for (String c : layout ? List.<String>of() : e.classNames()) {
                String l = c.toLowerCase(Locale.ROOT);
                if (l.endsWith("logo") || l.equals("sidebar") || l.startsWith("sidebar-") || l.endsWith("-sidebar")
                        || l.equals("site-title") || l.equals("site-name") || l.contains("branding")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an h2 or h3 outside navigation, side bars and footers reads exactly {@code title}. */
    private static boolean shownAsHeading(Document doc, String title) {
        String t = fold(title);
        for (Element h : doc.select("h2, h3")) {
            if (fold(h.text()).equals(t) && !inFurniture(h)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline has a word of four letters or more in common with the meta title (true without one). */
    private static boolean sharesAWord(String headline, String metaTitle) {
        if (metaTitle == null) {
            return true;
        }
        java.util.Set<String> words = new java.util.HashSet<>(List.of(fold(metaTitle).split("[^\\p{L}\\p{N}]+")));
        for (String w : fold(headline).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4 && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a headline is the meta title or its first part (" | Outlet" after it). */
    private static boolean agrees(String headline, String metaTitle) {
        if (metaTitle == null) {
            return false;
        }
        String h = fold(headline);
        String m = fold(metaTitle);
        return !h.isEmpty() && (h.equals(m) || m.startsWith(h) && h.length() * 2 >= m.length()
                || m.endsWith(h) && h.length() * 2 >= m.length());
    }

    private static String fold(String s) {
        return Paragraphs.clean(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
    }

    /** "Headline | Outlet", "Headline - Outlet", "Outlet: Headline" -> "Headline". */
    static String stripOutlet(String title, String outlet) {
        if (title == null) {
            return null;
        }
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (outlet != null) {
            String o = fold(outlet);
            if (fold(last).equals(o) || o.contains(fold(last)) || fold(last).contains(o)) {
                return title.substring(0, title.length() - last.length()).replaceAll(SEPARATOR.pattern() + "$", "")
                        .strip();
            }
            if (fold(first).equals(o) || o.contains(fold(first))) {
                return title.substring(first.length()).replaceFirst("^" + SEPARATOR.pattern(), "").strip();
            }
        }
        // no known outlet: a short first part before " | " is the site's or section's name ("Site | Headline")
        if (parts.length == 2 && wordCount(first) <= 3 && wordCount(last) >= 2 * wordCount(first) + 2
                && title.matches("(?s)" + Pattern.quote(first) + "\\s+\\|\\s+.*")) {
            return last.strip();
        }
        // no known outlet: a short last part after " | " is taken for the site's name
        if (wordCount(last) <= 4 && wordCount(last) * 2 < wordCount(title) && !title.contains(" - " + last + " - ")
                && title.matches("(?s).*\\s[|\u2022\u00B7\u2013\u2014-]\\s+" + Pattern.quote(last) + "$")) {
            return title.substring(0, title.length() - last.length()).replaceAll(SEPARATOR.pattern() + "$", "").strip();
        }
        return title;
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    private static int wordCount(String s) {
        String t = Paragraphs.clean(s);
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    /** The value when it is a web address (a canonical link sometimes holds the title instead), else null. */
    private static String webAddress(String v) {
        return v != null && v.strip().matches("(?i)(https?://|/)\\S*") ? v.strip() : null;
    }

    /** "https://www.example-news.com/a" -> "Example News"; null without a host. */
    static String readableHost(String url) {
        String h = ArticleLoader.host(url);
        if (h == null) {
            return null;
        }
        String[] labels = h.replaceFirst("^(www\\d?|m|amp|mobile)\\.", "").split("\\.");
        String name = labels.length >= 3 && labels[labels.length - 2].length() <= 3 ? labels[labels.length - 3]
                : labels.length >= 2 ? labels[labels.length - 2] : labels[0];
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[-_]")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Paragraphs.clean(v);
            }
        }
        return null;
    }
}
