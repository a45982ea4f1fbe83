package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's own text in a page by scoring content blocks, in the manner of Readability:
 * each paragraph scores by its length and commas and passes its score up to its parent and grandparent;
 * containers start from a small bonus by tag and by generic class/id hints ("article", "content" up,
 * "comment", "footer", "nav", "share", "ad" down); the score is reduced by the share of link text.
 * The best container and its strong siblings are kept, then blocks inside it that look like link lists
 * or hinted boilerplate with little prose are dropped.
 */
final class HtmlContent {

    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "commentlist", "respond",
            "footer", "foot", "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "ad", "ads",
            "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo", "promoted", "related",
            "recommended", "sidebar", "widget", "newsletter", "subscribe", "signup", "breadcrumb",
            "breadcrumbs", "banner", "popup", "modal", "cookie", "cookies", "masthead", "byline", "tags",
            "toolbar", "pagination", "pager", "disclaimer", "copyright", "outbrain", "teaser", "trending");
    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "hentry", "prose");
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav",
            "footer", "aside", "header", "figure", "picture", "video", "audio", "link", "meta", "dialog", "menu");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "toolbar");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");

    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private HtmlContent() {
    }

    /**
     * The article text of a page body, or an empty string when no block looks like article prose.
     *
     * @param body  the page's body (changed: boilerplate is removed from it)
     * @param title the page title, so a heading repeating it is left out
     */
    static String extract(Element body, String title, int maxChars) {
        return new HtmlContent().run(body, title, maxChars);
    }

    private String run(Element body, String title, int maxChars) {
        removeBoilerplate(body);
        Element top = null;
        for (Element p : paragraphs(body)) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.putIfAbsent(parent, initialScore(parent));
                scores.merge(parent, score / (level == 0 ? 1 : level * 2), Double::sum);
            }
        }
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            scores.put(e.getKey(), s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return "";
        }
        List<Element> keep = new ArrayList<>();
        double threshold = Math.max(10, best * 0.2);
        Element parent = top.parent();
        for (Element sibling : parent == null ? List.of(top) : parent.children()) {
            if (sibling == top || isGoodSibling(sibling, threshold)) {
                keep.add(sibling);
            }
        }
        Paragraphs out = new Paragraphs(maxChars);
        for (Element e : keep) {
            clean(e, e.text().length());
            walk(e, out, new StringBuilder(), title);
        }
        return out.text();
    }

    private boolean isGoodSibling(Element e, double threshold) {
        if (classWeight(e) < 0) {
            return false;
        }
        Double s = scores.get(e);
        if (s != null && s >= threshold) {
            return true;
        }
        if (!e.normalName().equals("p")) {
            return false;
        }
        String text = e.text();
        double links = linkDensity(e);
        return text.length() > 80 && links < 0.25
                || text.length() > 0 && links == 0 && text.matches(".*[.!?\"\u201d]$");
    }

    private static void removeBoilerplate(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (DROP_TAGS.contains(e.normalName()) || DROP_ROLES.contains(role) || e.hasAttr("hidden")
                    || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
                drop.add(e);
            }
        }
        drop.forEach(HtmlContent::removeSafely);
        drop.clear();
        for (Element e : body.getAllElements()) {
            if (e != body && isContainer(e) && isJunk(e, Integer.MAX_VALUE)) {
                drop.add(e);
            }
        }
        drop.forEach(HtmlContent::removeSafely);
    }

    private static void removeSafely(Element e) {
        if (e.parent() != null) {
            e.remove();
        }
    }

    /** Drops blocks inside the chosen content that look like boilerplate. */
    private static void clean(Element root, int rootChars) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && isContainer(e) && isJunk(e, rootChars)) {
                drop.add(e);
            }
        }
        drop.forEach(HtmlContent::removeSafely);
    }

    private static boolean isContainer(Element e) {
        return switch (e.normalName()) {
            case "div", "section", "ul", "ol", "dl", "table", "p", "article", "li" -> true;
            default -> false;
        };
    }

    /** Boilerplate: hinted negative with little prose, a link list, or (inside content) a hinted minor block. */
    private static boolean isJunk(Element e, int contentChars) {
        int weight = classWeight(e);
        String text = e.text();
        int commas = commas(text);
        if (weight < 0 && commas < 10) {
            return true;
        }
        if (weight < 0 && text.length() * 2 < contentChars) {
            return true;
        }
        double links = linkDensity(e);
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        return text.length() > 0 && (links > 0.5 && commas < 5 || list && links > 0.3);
    }

    private static List<Element> paragraphs(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (PARAGRAPH_TAGS.contains(tag)) {
                out.add(e);
            } else if ((tag.equals("div") || tag.equals("section")) && !hasBlockChild(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (c.isBlock() && !c.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main" -> 5;
            case "section", "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return base + classWeight(e);
    }

    /** +25 for a positive hint in class or id, -25 for a negative one (both may apply). */
    static int classWeight(Element e) {
        Set<String> tokens = tokens(e.className() + " " + e.id());
        int w = 0;
        if (tokens.stream().anyMatch(NEGATIVE::contains)) {
            w -= 25;
        }
        if (tokens.stream().anyMatch(POSITIVE::contains)) {
            w += 25;
        }
        return w;
    }

    /** "articleBody share-bar" -> {article, body, share, bar}. */
    static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        String split = s.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String t : split.split("[^a-z0-9]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    /** Writes the blocks of {@code e} into {@code out}, inline content gathered into paragraphs. */
    private static void walk(Element e, Paragraphs out, StringBuilder inline, String title) {
        String tag = e.normalName();
        if (tag.equals("li")) {
            StringBuilder item = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node c : e.childNodes()) {
                if (c instanceof Element ce && (ce.normalName().equals("ul") || ce.normalName().equals("ol"))) {
                    nested.add(ce);
                } else {
                    item.append(c instanceof Element ce ? ce.text() : c instanceof TextNode t ? t.getWholeText() : "")
                            .append(c instanceof Element ce2 && ce2.isBlock() ? " " : "");
                }
            }
            out.item(item.toString());
            nested.forEach(n -> walk(n, out, new StringBuilder(), title));
            return;
        }
        if (tag.matches("h[1-6]") && title != null && Paragraphs.clean(e.text()).equalsIgnoreCase(title)) {
            return;
        }
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (c instanceof Element ce) {
                if (ce.normalName().equals("br")) {
                    inline.append(' ');
                } else if (ce.isBlock()) {
                    flush(out, inline);
                    walk(ce, out, new StringBuilder(), title);
                } else {
                    walk(ce, out, inline, title);
                }
            }
        }
        if (e.isBlock()) {
            flush(out, inline);
            if (tag.equals("ul") || tag.equals("ol")) {
                out.endList();
            }
        }
    }

    private static void flush(Paragraphs out, StringBuilder inline) {
        if (!Paragraphs.clean(inline.toString()).isEmpty()) {
            out.add(inline.toString());
        }
        inline.setLength(0);
    }

}
