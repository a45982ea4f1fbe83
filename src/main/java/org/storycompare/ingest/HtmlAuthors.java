package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The author(s) of a page: JSON-LD author, author meta tags, microdata {@code itemprop=author}, byline elements
 * (class names such as "author-name" or "byline"), "By ..." / "Written by ..." lines and author links. Names are
 * cleaned of "By", dates, "| Outlet" and job titles after a comma are kept only when the source gives them; a
 * value that does not read as a name (a URL, a number, a long sentence) is passed over. Several authors are
 * joined as "A, B".
 */
final class HtmlAuthors {

    private static final Pattern BY = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|published|reported|recipe|story|text|words|article|reviewed|edited)\\s+)?"
            + "by[:\\s]+(.+)$");
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^\\s*(?:(?:written|posted|published|reported|recipe|story|text|words|article)\\s+by\\s*[:\\-]?\\s*"
            + "|(?:by|author|authors|von|par|autor|auteur)\\s*[:\\-]?\\s+)");
    private static final Pattern CUT = Pattern.compile(
            "(?i)\\s*(?:\\||\\u2022|\\u00B7|/(?=\\s)|\\s[-\\u2013\\u2014]\\s|\\bon\\s+(?=\\w+\\s+\\d)|\\bupdated\\b|\\bpublished\\b"
            + "|\\bposted\\b|\\b(?:reviewed|edited|fact[- ]checked|medically reviewed|illustrat\\w*|photo\\w*)\\s+by\\b|\\bfor\\s+(?=[A-Z])|\\bin\\s+(?=[A-Z][a-z]+$)|\\d{1,2}\\s*(?:min|minute)s?\\s+read\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}).*$");
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*)\\s*");
    private static final String[] META_KEYS = {"author", "article:author", "sailthru.author", "parsely-author",
        "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "citation_author"};

    private HtmlAuthors() {
    }

    /** The author names, or null when none reads as a name. */
    static String of(Document doc, JsonLd ld, Map<String, String> meta, String outlet) {
        String found = declared(ld, meta, outlet);
        if (found == null || outlet != null && found.equalsIgnoreCase(outlet)) {
            String onPage = fromPage(doc, outlet);
            return onPage != null ? onPage : found;
        }
        return found;
    }

    /** From JSON-LD or meta tags. */
    private static String declared(JsonLd ld, Map<String, String> meta, String outlet) {
        List<String> names = clean(ld.authors(), outlet);
        if (!names.isEmpty()) {
            return String.join(", ", names);
        }
        for (String key : META_KEYS) {
            String v = meta.get(key);
            if (v != null) {
                names = clean(split(v), outlet);
                if (!names.isEmpty()) {
                    return String.join(", ", names);
                }
            }
        }
        if ("written by".equalsIgnoreCase(meta.get("twitter:label1"))) {
            names = clean(split(meta.getOrDefault("twitter:data1", "")), outlet);
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String fromPage(Document doc, String outlet) {
        for (String css : new String[] {"[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]",
            "[class*=author-name], [class*=authorName], [class*=author__name], [class*=byline__name],"
                    + " [class*=byline-name], [class*=AuthorName], [class*=author_name], [class*=attribution__item-name]",
            "[class*=byline], [class*=Byline], [class*=by-line], [class*=author]", "a[href*=/author/]",
            "a[href*=/authors/]", "a[href*=/profile/]"}) {
            Set<String> names = new LinkedHashSet<>();
            for (Element e : doc.select(css)) {
                if (e.closest("footer, aside, [class*=comment]") != null || e.select(css).size() > 1) {
                    continue;
                }
                String text = e.text();
                if (text.length() > 120) {
                    Matcher m = BY.matcher(ownLine(e));
                    text = m.find() ? m.group(1) : "";
                }
                names.addAll(clean(split(text), outlet));
                if (!names.isEmpty()) {
                    break;
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        for (Element e : doc.select("p, span, div, li, h3, h4, h5, h6")) {
            if (e.childrenSize() > 3) {
                continue;
            }
            String t = e.text();
            if (t.length() < 60 && t.length() > 5) {
                Matcher m = BY.matcher(t);
                if (m.matches() && e.closest("footer, aside, [class*=comment]") == null) {
                    List<String> n = clean(split(m.group(1)), outlet);
                    if (!n.isEmpty()) {
                        return String.join(", ", n);
                    }
                }
            }
        }
        return null;
    }

    private static String ownLine(Element e) {
        return e.ownText();
    }

    /** "A and B", "A, B & C", "A; B" -> parts. A comma alone is left (it may introduce a job title). */
    static List<String> split(String s) {
        if (s == null) {
            return List.of();
        }
        String c = Paragraphs.clean(s);
        Matcher p = PREFIX.matcher(c);
        if (p.find()) {
            c = c.substring(p.end());
        }
        c = CUT.matcher(c).replaceFirst("");
        return c.contains(",") ? List.of(c.replaceAll(",\\s+and\\s+", ", ")) : List.of(AND.split(c));
    }

    /** The parts that read as names, without duplicates. */
    static List<String> clean(List<String> parts, String outlet) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : parts) {
            String n = Paragraphs.clean(part.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(part, false) : part);
            Matcher p = PREFIX.matcher(n);
            if (p.find()) {
                n = n.substring(p.end());
            }
            n = CUT.matcher(n).replaceFirst("").replaceAll("^[\\s,.:;-]+|[\\s,:;-]+$", "");
            if (outlet != null && n.length() > outlet.length() + 2
                    && n.toLowerCase(Locale.ROOT).endsWith(outlet.toLowerCase(Locale.ROOT))
                    && n.substring(0, n.length() - outlet.length()).matches(".*[,|\\-\u2013\u2014]\\s*$")) {
                n = n.substring(0, n.length() - outlet.length()).replaceAll("[\\s,\\-\u2013\u2014|]+$", "");
            }
            if (isName(n)) {
                out.add(n);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isName(String n) {
        if (n.length() < 2 || n.length() > 80 || n.startsWith("http") || n.contains("@") && !n.contains(" ")
                || n.contains("/") || n.chars().filter(Character::isDigit).count() > 2 || !n.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        String[] words = n.split("\\s+");
        if (words.length > 8) {
            return false;
        }
        String lower = n.toLowerCase(Locale.ROOT);
        return !lower.equals("admin") && !lower.equals("author") && !lower.equals("the author")
                && !lower.equals("written by") && !lower.equals("posted by") && !lower.equals("unknown") && !lower.equals("by") && !lower.equals("staff")
                && !lower.startsWith("share") && !lower.startsWith("follow") && !lower.startsWith("view ")
                && !lower.startsWith("more ") && !lower.startsWith("about ") && !lower.startsWith("all posts")
                && !lower.startsWith("read ") && !lower.startsWith("see ") && !lower.startsWith("posts by");
    }
}
