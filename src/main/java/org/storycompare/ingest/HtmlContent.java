package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's own text in a page, in the manner of the best main-text extractors:
 * <ol>
 * <li>drops what is never article text (scripts, forms' controls, navigation, figures and their captions,
 *     hidden elements) and page furniture named by its markup (class or id such as "comments", "share",
 *     "related", "newsletter", "cookie", "caption"; header, footer and aside elements), unless it holds most
 *     of the page's prose (then the page built its content inside it);</li>
 * <li>scores containers, Readability-style: every prose block gives points (length, commas) to its parent,
 *     grandparent and great-grandparent; the score is reduced by the share of link text and raised for
 *     {@code <article>}, {@code <main>}, microdata {@code itemprop=articleBody} and content-like class names;</li>
 * <li>widens the best container to the ancestor with the most prose net of 0.7 times its other text (articles
 *     split into several blocks or page-builder widgets, paragraphs around an inline promotion, list articles
 *     made of tiles), so an ancestor that adds mostly links or furniture is not taken;</li>
 * <li>writes the container's headings, paragraphs, list items, block quotes and table cells, leaving out
 *     link lists, teasers ("Read more: ..."), one-line labels such as "Advertisement" and the headline itself.</li>
 * </ol>
 * Statistics come from {@link HtmlStats} (one pass over the page).
 */
final class HtmlContent {

    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "commentlist", "respond", "disqus",
            "footer", "nav", "navbar", "navigation", "menu", "share", "sharing", "sharebar", "social", "ad", "ads",
            "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo", "promoted", "related",
            "recommended", "recommendations", "sidebar", "newsletter", "subscribe", "subscription", "signup",
            "breadcrumb", "breadcrumbs", "banner", "popup", "modal", "cookie", "cookies", "consent", "gdpr",
            "masthead", "byline", "toolbar", "pagination", "pager", "outbrain", "taboola", "teaser",
            "teasers", "trending", "caption", "credit", "credits", "wp-caption", "bio", "author",
            "print", "paywall", "copyright", "disclaimer", "newsletters", "popular", "readmore", "jump", "toc");
    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "blog", "hentry", "prose", "articlebody", "richtext");
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "button", "input", "select", "textarea", "nav", "figure",
            "figcaption", "picture", "video", "audio", "link", "meta", "dialog", "menu", "label", "option");
    private static final Set<String> GUARDED_TAGS = Set.of("header", "footer", "aside", "form");
    private static final Set<String> DROP_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "menu", "menubar", "toolbar", "alert", "alertdialog");
    private static final Pattern LABEL = Pattern.compile("(?i)(advertisement|advertising|ad|sponsored( content)?"
            + "|share( this)?( article| story| post| page)?( on \\w+)?|read more|continue reading|read next|see also"
            + "|related( articles| stories| posts| content| reading)?|more from .{0,30}|recommended( for you)?"
            + "|you may also like|you might also like|trending( now)?|most (read|popular)|skip to .{0,20}"
            + "|sign up.{0,60}|subscribe.{0,60}|follow us.{0,30}|comments?( \\(\\d+\\))?|\\d+ comments?"
            + "|leave a (comment|reply)|image:.{0,80}|photo:.{0,80}|credit:.{0,80}|getty images|tags?:.{0,80}"
            + "|print|email|facebook|twitter|linkedin|whatsapp|pinterest|reddit"
            + "|(?:\u00A9|\\(c\\)|copyright)\\s.{0,100}all rights reserved)\\W*");

    /** How much a character of non-prose text (links, labels, furniture) counts against a character of prose. */
    private static final double OTHER_WEIGHT = 0.7;

    private static final Pattern AFTER_ARTICLE = Pattern.compile("(?i)(related|(related|recent|popular|latest|more|"
            + "similar|recommended|trending) (posts|articles|stories|news|reads|reading))( from .{0,30})?\\W*"
            + "|you (may|might) also (like|enjoy)\\W*|read next\\W*");

    private HtmlStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private HtmlContent() {
    }

    /** The article text and how sure the choice is. */
    record Result(String text, boolean uncertain) {
    }

    /**
     * The article text of a page body, or an empty text when no block looks like article prose.
     *
     * @param body  the page's body (changed: furniture is removed from it)
     * @param title the page title, so a heading repeating it is left out
     */
    static Result extract(Element body, String title, int maxChars) {
        return new HtmlContent().run(body, title, maxChars);
    }

    /** Every prose block of the page (after furniture is removed), for pages without a recognisable container. */
    static String allProse(Element body, int maxChars) {
        dropNeverText(body);
        HtmlStats s = HtmlStats.of(body);
        Paragraphs out = new Paragraphs(maxChars);
        for (Element b : s.blocks()) {
            if (s.ownIsProse(b)) {
                out.add(ownText(b));
            }
        }
        return out.text();
    }

    private Result run(Element body, String title, int maxChars) {
        dropNeverText(body);
        stats = HtmlStats.of(body);
        dropFurniture(body, stats.prose(body));
        stats = HtmlStats.of(body);
        int pageProse = stats.prose(body);
        Element top = best(body);
        if (top == null) {
            return new Result("", true);
        }
        Element chosen = widen(top, body);
        Paragraphs out = new Paragraphs(maxChars);
        walk(chosen, out, new StringBuilder(), title == null ? "" : Paragraphs.clean(title).toLowerCase(Locale.ROOT));
        boolean uncertain = stats.prose(chosen) * 2 < pageProse;
        return new Result(out.text(), uncertain);
    }

    private static void dropNeverText(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String style = e.attr("style");
            if (DROP_TAGS.contains(e.normalName()) || e.hasAttr("hidden")
                    || "true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")
                    || !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
                    && !collapsedPanel(e)) {
                drop.add(e);
            }
        }
        drop.forEach(HtmlContent::removeSafely);
    }

    /**
     * A panel that the reader opens with a click (accordion, tab or "show more" section): hidden by its style
     * until then, but part of the article. Known by its ARIA role or label link, or an accordion/collapse class.
     */
    private static boolean collapsedPanel(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("region") || role.equals("tabpanel") || e.hasAttr("aria-labelledby")) {
            return true;
        }
        Set<String> t = tokens(e.className());
        return t.contains("accordion") || t.contains("collapse") || t.contains("collapsible");
    }

    /**
     * Removes furniture named by tag, role or class/id, unless it holds at least 40% of the page's prose, or
     * most of it together with its siblings of the same class when these are sections with headings (an article
     * written as a run of sections whose class happens to contain a furniture word, such as "jump-section").
     */
    private void dropFurniture(Element body, int pageProse) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !isFurniture(e)) {
                continue;
            }
            if (stats.prose(e) * 5 < pageProse * 2 && sectionsProse(e) * 2 < pageProse) {
                drop.add(e);
            }
        }
        drop.forEach(HtmlContent::removeSafely);
    }

    /** The prose of {@code e} and its siblings with the same class when two or more of them have a heading; else 0. */
    private int sectionsProse(Element e) {
        if (e.parent() == null || e.className().isBlank() || GUARDED_TAGS.contains(e.normalName())) {
            return 0;
        }
        int prose = 0;
        int headed = 0;
        double links = 0;
        int chars = 0;
        for (Element sib : e.parent().children()) {
            if (sib.className().equals(e.className())) {
                prose += stats.prose(sib);
                headed += sib.selectFirst("h2, h3") != null ? 1 : 0;
                links += stats.linkDensity(sib) * stats.chars(sib);
                chars += stats.chars(sib);
            }
        }
        // menus of links repeat their class too: the sections of an article are mostly prose, not links
        return headed >= 2 && links < 0.25 * chars ? prose : 0;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (GUARDED_TAGS.contains(tag) || DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("p") || HtmlStats.isHeading(tag) || tag.equals("body") || tag.equals("html")) {
            return false;
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        String hints = e.className() + " " + e.id();
        String lower = hints.toLowerCase(Locale.ROOT);
        if (lower.contains("screen-reader") || lower.contains("sr-only") || lower.contains("visually-hidden")
                || lower.contains("visuallyhidden")) {
            return true;
        }
        Set<String> tokens = tokens(hints);
        return tokens.stream().anyMatch(NEGATIVE::contains) && tokens.stream().noneMatch(
                t -> t.equals("articlebody") || t.equals("content") && !lower.contains("comment"));
    }

    private static void removeSafely(Element e) {
        if (e.parent() != null) {
            e.remove();
        }
    }

    /** The highest-scoring container, or null when the page has no text block at all. */
    private Element best(Element body) {
        for (Element b : stats.blocks()) {
            int chars = stats.ownChars(b);
            if (chars < 25 || stats.ownIsProse(b) == false && chars < HtmlStats.PROSE_CHARS) {
                continue;
            }
            double score = 1 + stats.ownCommas(b) + Math.min(chars / 100.0, 3);
            Element parent = b.normalName().equals("p") || b.normalName().equals("li") ? b.parent() : b;
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.merge(parent, score / (level + 1), Double::sum);
                if (parent == body) {
                    break;
                }
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double s = (e.getValue() + bonus(el)) * (1 - stats.linkDensity(el));
            if (s > best || s == best && top != null && el.siblingIndex() < top.siblingIndex()) {
                best = s;
                top = el;
            }
        }
        return top;
    }

    private static double bonus(Element e) {
        double b = switch (e.normalName()) {
            case "article" -> 10;
            case "main" -> 8;
            case "div", "section" -> 3;
            case "td", "blockquote" -> 1;
            case "li", "ul", "ol", "dl" -> -5;
            default -> 0;
        };
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            b += 40;
        }
        if (tokens(e.className() + " " + e.id()).stream().anyMatch(POSITIVE::contains)) {
            b += 10;
        }
        return b;
    }

    /**
     * The ancestor of {@code top} (or top itself) with the most prose net of other text: an ancestor is taken
     * when what it adds is more prose than anything else, even past a level that adds only furniture.
     */
    private Element widen(Element top, Element body) {
        Element best = top;
        double bestValue = value(top);
        for (Element cur = top; cur != body && cur.parent() != null; ) {
            cur = cur.parent();
            double v = value(cur);
            if (v > bestValue) {
                best = cur;
                bestValue = v;
            }
        }
        return best;
    }

    private double value(Element e) {
        int prose = stats.prose(e);
        return prose - OTHER_WEIGHT * (stats.chars(e) - prose);
    }

    /** Writes the blocks of {@code e} into {@code out}, inline content gathered into paragraphs. */
    private void walk(Element e, Paragraphs out, StringBuilder inline, String title) {
        String tag = e.normalName();
        if (skip(e, tag, title)) {
            return;
        }
        if (tag.equals("li")) {
            StringBuilder item = new StringBuilder();
            List<Element> nested = new ArrayList<>();
            for (Node c : e.childNodes()) {
                if (c instanceof Element ce && (ce.normalName().equals("ul") || ce.normalName().equals("ol"))) {
                    nested.add(ce);
                } else if (c instanceof Element ce) {
                    item.append(ce.text()).append(ce.isBlock() ? " " : "");
                } else if (c instanceof TextNode t) {
                    item.append(t.getWholeText());
                }
            }
            out.item(item.toString());
            nested.forEach(n -> walk(n, out, new StringBuilder(), title));
            return;
        }
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                inline.append(t.getWholeText());
            } else if (c instanceof Element ce) {
                if (HtmlStats.isHeading(ce.normalName()) && stats.chars(ce) < 40
                        && AFTER_ARTICLE.matcher(Paragraphs.clean(ce.text())).matches()) {
                    break; // "Related posts", "More from ...": what follows in this block is not the article
                }
                if (ce.normalName().equals("br")) {
                    inline.append(' ');
                } else if (HtmlStats.isBlock(ce)) {
                    flush(out, inline);
                    walk(ce, out, new StringBuilder(), title);
                } else {
                    walk(ce, out, inline, title);
                }
            }
        }
        if (HtmlStats.isBlock(e)) {
            flush(out, inline);
            if (tag.equals("ul") || tag.equals("ol")) {
                out.endList();
            }
        }
    }

    private boolean skip(Element e, String tag, String title) {
        int chars = stats.chars(e);
        if (chars == 0) {
            return false;
        }
        double links = stats.linkDensity(e);
        if (HtmlStats.isHeading(tag)) {
            String h = Paragraphs.clean(e.text()).toLowerCase(Locale.ROOT);
            return tag.equals("h1") && (!title.isEmpty() && (title.contains(h) || h.contains(title)))
                    || links > 0.5 && !hasProseAfter(e);
        }
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        if (list && links > 0.6 || !list && HtmlStats.isBlock(e) && links > 0.5 && stats.prose(e) * 2 < chars) {
            return true;
        }
        return chars < 80 && HtmlStats.isBlock(e) && LABEL.matcher(Paragraphs.clean(e.text())).matches();
    }

    /** A linked heading stays when prose follows it (a section heading), not when it titles a teaser. */
    private boolean hasProseAfter(Element h) {
        Element next = h.nextElementSibling();
        return next != null && stats.prose(next) > 0 && stats.linkDensity(next) < 0.3;
    }

    private static String ownText(Element block) {
        StringBuilder sb = new StringBuilder();
        for (Node c : block.childNodes()) {
            if (c instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (c instanceof Element ce && !HtmlStats.isBlock(ce)) {
                sb.append(ce.normalName().equals("br") ? " " : ce.text());
            }
        }
        return sb.toString();
    }

    /** "articleBody share-bar" -> [articlebody, share-bar, article, body, share, bar]. */
    static Set<String> tokens(String s) {
        Set<String> out = new java.util.HashSet<>();
        StringBuilder whole = new StringBuilder();
        StringBuilder part = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                addToken(out, whole);
                addToken(out, part);
            } else {
                whole.append(Character.toLowerCase(c));
                boolean alnum = c < 128 && Character.isLetterOrDigit(c);
                if (!alnum || Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    addToken(out, part);
                }
                if (alnum) {
                    part.append(Character.toLowerCase(c));
                }
            }
            prev = c;
        }
        return out;
    }

    private static void addToken(Set<String> out, StringBuilder sb) {
        if (sb.length() > 0) {
            out.add(sb.toString());
            sb.setLength(0);
        }
    }

    private static void flush(Paragraphs out, StringBuilder inline) {
        if (!inline.isEmpty() && !inline.toString().isBlank()) {
            out.add(inline.toString());
        }
        inline.setLength(0);
    }
}
