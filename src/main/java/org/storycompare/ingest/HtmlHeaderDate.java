package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The date a reader sees in the article's header: the short date lines just below or above the headline (by
 * the byline, also under a short summary), before the article's prose begins. A date marked as the publication
 * date, or not marked at all, wins over one marked as an update. A header showing only "Updated March 3, 2024"
 * gives that date (the page presents itself with it); a "Last updated: ..." or "Page last modified ..." stamp
 * does not, as it marks upkeep of an older page. Dates inside quoted posts (block quotes) and today's-date
 * clocks are ignored.
 */
final class HtmlHeaderDate {

    /** A date shown in the header; whether it is marked as an update; whether day and month could be swapped. */
    record Shown(LocalDate date, boolean updated, boolean ambiguous) {
    }

    /** 03.04.2024, 03/04/2024: day and month could be either way round. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(?<!\\d)(0?[1-9]|1[0-2])[./](0?[1-9]|1[0-2])[./]\\d{4}");
    private static final Pattern NAMED = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}|\\p{L}{3,}\\.?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}{3,}");
    /** Elements looked at after and before the headline. */
    private static final int AFTER = 60;
    private static final int BEFORE = 12;
    /** How many levels above a date a teaser's block (date and link to another article) is looked for. */
    private static final int TEASER = 4;
    private static final Pattern HEADING_TAGS = Pattern.compile("h[2-6]");
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)title|headline");
    /** Own text this long is the article's prose (or a standfirst): the header is over. */
    private static final int PROSE = 160;
    /** The first text under the headline shorter than this may be its summary (standfirst), not the article. */
    private static final int STANDFIRST = 320;
    private static final Pattern UPDATED = Pattern.compile("(?i)(updat|modif|aktualisiert|ge\u00e4ndert|mis \u00e0 jour"
            + "|actualiz|aggiornat|bijgewerkt|edited|revised|reviewed)");
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(publi|posted|erschienen|ver\u00f6ffentlicht"
            + "|released|created|erstellt|written)");
    private static final Pattern LAST = Pattern.compile("(?i)\\b(last|page)\\W+(updated|modified|reviewed)");
    /** Class or id of a clock showing today's date, not the article's. */
    private static final Pattern TODAY = Pattern.compile("(?i)(today|current-?date|clock|weather)");

    private HtmlHeaderDate() {
    }

    /** The date shown with the headline, or null when the header shows none. */
    static Shown of(Element headline) {
        if (headline == null) {
            return null;
        }
        Shown[] updated = new Shown[1];
        Element e = next(headline, true);
        boolean standfirst = false;
        int texts = 0; // elements with text of their own seen under the headline
        for (int i = 0; e != null && i < AFTER; i++, e = next(e, false)) {
            if (!standfirst && e.ownText().length() >= PROSE && e.ownText().length() < STANDFIRST) {
                standfirst = true; // the summary under the headline; the byline and date may follow it
                continue;
            }
            if (headerEnds(e, texts, headline.text())) {
                break;
            }
            texts += e.ownText().isBlank() ? 0 : 1;
            Shown s = take(shown(e), updated);
            if (s != null) {
                return s;
            }
        }
        e = previous(headline);
        for (int i = 0; e != null && i < BEFORE && !e.normalName().equals("h1") && e.ownText().length() < PROSE;
             i++, e = previous(e)) {
            Shown s = take(shown(e), updated);
            if (s != null) {
                return s;
            }
        }
        return updated[0];
    }

    /** A publication (or unmarked) date is returned; the first update date is kept aside. */
    private static Shown take(Shown s, Shown[] updated) {
        if (s != null && s.updated() && updated[0] == null) {
            updated[0] = s;
        }
        return s != null && !s.updated() ? s : null;
    }

    /**
     * The article begins: its prose, the next headline, or a section heading without a date (an h2 straight
     * under the headline is its subtitle); or a list of other articles does (a dated teaser).
     */
    private static boolean headerEnds(Element e, int texts, String headline) {
        String tag = e.normalName();
        return tag.equals("h1") && !repeats(e, headline) || e.ownText().length() >= PROSE
                || tag.equals("h2") && texts > 0 && e.ownText().length() > 20 && hasDate(e) == null
                || e.ownText().length() <= 80 && hasDate(e) != null && teaser(e);
    }

    /** An h1 that shows the headline again (one copy for small screens, one for large, or a hidden one). */
    private static boolean repeats(Element h1, String headline) {
        String t = h1.text();
        return !headline.isBlank() && (t.startsWith(headline) || headline.startsWith(t) && t.length() >= 12);
    }

    private static LocalDate hasDate(Element e) {
        return Dates.parseAnyLanguage(e.ownText());
    }

    /** The date an element shows by itself ("March 3, 2024", "Updated: 03.03.2024"), with its label. */
    private static Shown shown(Element e) {
        String own = e.ownText().strip();
        if (own.length() < 6 || own.length() > 80 || own.contains("\u00a9")) {
            return null;
        }
        LocalDate d = Dates.parseAnyLanguage(own);
        if (d == null || own.replaceAll("[\\d\\s.,:/\\-|\u00b7\u2022@]", "").length() > 30) {
            return null;
        }
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (TODAY.matcher(a.className() + " " + a.id()).find() || a.normalName().equals("blockquote")) {
                return null;
            }
        }
        String all = e.text();
        String label = (all.length() <= 80 ? all : own) + " " + context(e);
        Element parent = e.parent();
        if (parent != null) {
            label += " " + parent.className() + " " + e.className();
        }
        boolean updated = UPDATED.matcher(label).find() && !PUBLISHED.matcher(own).find();
        if (updated && LAST.matcher(label).find()) {
            return null;
        }
        return new Shown(d, updated, ambiguous(own));
    }

    /** Day and month could be swapped: written 03/04/2024 with two different numbers up to 12, no month name. */
    private static boolean ambiguous(String own) {
        Matcher m = AMBIGUOUS.matcher(own);
        return m.find() && Integer.parseInt(m.group(1)) != Integer.parseInt(m.group(2)) && !NAMED.matcher(own).find();
    }

    /**
     * True when the date belongs to a teaser of another article: a small block around it (up to {@link #TEASER}
     * levels up, not holding the page's headline) links to another page with a headline's words.
     */
    private static boolean teaser(Element e) {
        Element a = e.parent();
        for (int i = 0; a != null && i < TEASER && !a.normalName().equals("body"); i++, a = a.parent()) {
            if (!a.getElementsByTag("h1").isEmpty()) {
                return false;
            }
            for (Element link : a.getElementsByTag("a")) {
                if (TextLine.words(link.text()) >= 4 && link.attr("href").length() > 1 && titled(link)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A link that is a teaser's headline: in or around a heading, or in an element whose class names a title. */
    private static boolean titled(Element link) {
        Element p = link.parent();
        return HEADING_TAGS.matcher(p == null ? "" : p.normalName()).matches()
                || !link.select("h2, h3, h4, h5, h6").isEmpty()
                || TITLE_CLASS.matcher(link.className() + " " + (p == null ? "" : p.className())).find();
    }

    /** The label next to a date: the parent's own text and the text of the element just before it, if short. */
    private static String context(Element e) {
        StringBuilder sb = new StringBuilder();
        Element parent = e.parent();
        if (parent != null && parent.ownText().length() < 60) {
            sb.append(parent.ownText());
        }
        Element prev = e.previousElementSibling();
        if (prev != null && prev.text().length() < 40) {
            sb.append(' ').append(prev.text());
        }
        return sb.toString();
    }

    /** The next element in document order; past {@code e}'s own subtree when {@code skipInside}. */
    static Element next(Element e, boolean skipInside) {
        if (!skipInside && e.childrenSize() > 0) {
            return e.child(0);
        }
        for (Element cur = e; cur != null; cur = cur.parent()) {
            Element sib = cur.nextElementSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }

    /** The previous element in document order (the deepest last descendant of the previous sibling, or the parent). */
    private static Element previous(Element e) {
        Element sib = e.previousElementSibling();
        if (sib == null) {
            Element p = e.parent();
            return p == null || p.normalName().equals("body") ? null : p;
        }
        while (sib.childrenSize() > 0) {
            sib = sib.child(sib.childrenSize() - 1);
        }
        return sib;
    }
}
