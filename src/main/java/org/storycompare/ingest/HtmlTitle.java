package org.storycompare.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Tidies the visible headline chosen as a page's title, using the meta title (og:title, JSON-LD headline or
 * {@code <title>}, its " | Outlet" part removed) as the reference:
 * <ul>
 * <li>a label or date set in front of the headline ("Blog: ...", "Dec 18 2025 ...") is dropped when the rest
 *     is the meta title;</li>
 * <li>a number the meta title adds to the same words (a list's count, a year) is kept: the meta title wins;</li>
 * <li>an outlet's name after the headline (" – Outlet") and a tagline after " | " are cut;</li>
 * <li>entities left escaped twice ("&amp;#x26;") are decoded.</li>
 * </ul>
 */
final class HtmlTitle {

    private static final Pattern PIPE = Pattern.compile("\\s+\\|\\s+");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}'’ ]{1,20}[:|]");
    private static final Pattern NUMBER = Pattern.compile("\\(?\\[?\\d{1,4}\\+?\\)?\\]?");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

    private HtmlTitle() {
    }

    /** The headline as the title, given the page's meta title (may be null) and outlet (may be null). */
    static String refine(String headline, String metaTitle, String outlet) {
        String h = ENTITY.matcher(headline).find() ? Paragraphs.clean(Parser.unescapeEntities(headline, false))
                : headline;
        String m = metaTitle == null ? null : HtmlMeta.stripOutlet(metaTitle, outlet);
        if (m != null && !m.isBlank()) {
            String fh = fold(h);
            String fm = fold(m);
            if (fh.length() > fm.length() && fh.endsWith(fm)
                    && frontMatter(fh.substring(0, fh.length() - fm.length()))) {
                return m;
            }
            if (fm.length() > fh.length() && fm.contains(fh) && onlyNumbers(fm.replace(fh, " "))) {
                return m;
            }
        }
        String cut = HtmlMeta.stripOutlet(h, outlet);
        String removed = fold(h.substring(Math.min(h.length(), cut.length())));
        if (outlet == null || !removed.contains(fold(outlet))) {
            cut = h; // a visible headline loses only the outlet's own name, not any short last part
        }
        if (cut.equals(h)) {
            String[] parts = PIPE.split(h);
            if (parts.length > 1 && wordCount(parts[0]) >= 3) {
                cut = parts[0];
            }
        }
        return cut;
    }

    /** A label ("Blog:", "News |") or a date in front of a headline. */
    private static boolean frontMatter(String prefix) {
        String p = prefix.strip();
        if (p.isEmpty()) {
            return false;
        }
        if (LABEL.matcher(p).matches() && wordCount(p) <= 3) {
            return true;
        }
        return p.length() <= 30 && Dates.parse(p) != null;
    }

    /** True when what is left of the meta title beside the headline's words is only numbers (a count, a year). */
    private static boolean onlyNumbers(String rest) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return false;
        }
        for (String w : r.split("\\s+")) {
            if (!NUMBER.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return Paragraphs.clean(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
