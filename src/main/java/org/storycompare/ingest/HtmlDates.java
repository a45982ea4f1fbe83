package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a page, from the most to the least telling source: the date shown with the headline
 * ({@link HtmlHeaderDate}; not when it is written 03/04/2024-style, day and month unclear, nor when it is, without
 * a label, the day the page declares as its last modification while it declares an earlier publication, nor when
 * it is marked as an update while the page also shows the earlier declared publication day as a plain date), the
 * article's JSON-LD datePublished, publication meta tags, any JSON-LD datePublished, {@code <time>} and date
 * elements marked as the publication date, visible "Published ..." lines (also a date whose label is the element
 * just before it: {@code <h4>Published</h4><time>...</time>}), a date in the page's URL (also
 * "/2023/october/03/"), then other time elements, then a publication date in a script's data ("publishedDate",
 * "published_at"). Dates marked as an update or modification are used only when nothing else gives a date, a
 * visible "Last updated ..." line last of all.
 */
final class HtmlDates {

    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "datepublished", "article:published", "published_time", "published", "publishdate", "publish-date", "publish_date",
        "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
        "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
        "originalpublicationdate", "citation_publication_date", "citation_date", "release_date", "created",
        "og:article:published_time", "cxenseparse:recs:publishtime", "article_date_original", "displaydate",
        "dateposted", "datecreated"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "last-modified", "dcterms.modified", "lastmod"};
    private static final Pattern PUBLISHED_LINE = Pattern.compile("(?i)(?:published|posted|erschienen|"
            + "ver\u00f6ffentlicht|publi\u00e9|publicado|pubblicato|created|written|date)\\b[^\\n]{0,60}");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2]|[a-z]{3,9})[/-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_DATE = Pattern.compile("\"(?:datePublished|publishedDate|published_?at"
            + "|publishDate|publicationDate|date_?published|first-?publication|publishedFirst|firstPublished)"
            + "\"\\s*:\\s*\"([^\"]{8,40})\"", Pattern.CASE_INSENSITIVE);
    /** How much of one script is searched for a date. */
    private static final int SCRIPT_CHARS = 500_000;
    private static final Pattern UPDATED = Pattern.compile("(?i)(updat|modif|aktualisiert|ge\u00e4ndert|mis \u00e0 jour"
            + "|edited|revised)");

    private HtmlDates() {
    }

    static LocalDate of(Document doc, JsonLd ld, Map<String, String> meta, String url) {
        List<String> declared = new ArrayList<>();
        declared.add(ld.text("datePublished"));
        for (String key : PUBLISHED_META) {
            declared.add(meta.get(key));
        }
        declared.add(ld.anyText("datePublished"));
        LocalDate d = null;
        for (String raw : declared) {
            d = Dates.parse(raw);
            if (d != null) {
                d = isUtc(raw) ? localDay(d, declared, doc) : d;
                break;
            }
        }
        HtmlHeaderDate.Shown shown = HtmlHeaderDate.of(headline(doc));
        if (shown != null && !shown.ambiguous() && !(d != null && d.isBefore(shown.date()) && (shown.updated()
                ? shows(doc, d) : shown.date().equals(modified(ld, meta))))) {
            return shown.date();
        }
        if (d != null) {
            return d;
        }
        d = marked(doc);
        if (d == null) {
            d = visibleLine(doc);
        }
        if (d == null && url != null) {
            d = fromUrl(url);
        }
        if (d == null) {
            d = anyTime(doc);
        }
        if (d == null) {
            d = nearHeadline(doc);
        }
        if (d == null) {
            d = Dates.parse(ld.text("dateCreated"));
        }
        if (d == null) {
            d = scriptData(doc);
        }
        for (int i = 0; d == null && i < MODIFIED_META.length; i++) {
            d = Dates.parse(meta.get(MODIFIED_META[i]));
        }
        if (d == null) {
            d = Dates.parse(ld.anyText("dateModified"));
        }
        if (d == null) {
            d = updatedLine(doc);
        }
        return d;
    }

    /**
     * A publication date that a script's data gives under a usual key ({@code "publishedDate": "2016-11-04..."},
     * {@code "published_at"}, {@code "first-publication"}), for pages that keep their metadata in page state.
     */
    private static LocalDate scriptData(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            Matcher m = SCRIPT_DATE.matcher(data.length() > SCRIPT_CHARS ? data.substring(0, SCRIPT_CHARS) : data);
            while (m.find()) {
                LocalDate d = Dates.parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The last resort: a short visible line that dates the page as an update ("Last updated: 3 March 2022"). */
    private static LocalDate updatedLine(Document doc) {
        for (Element e : doc.select("p, span, div, time, li, small, em")) {
            String own = e.ownText();
            Matcher m = UPDATED.matcher(own);
            if (own.length() < 80 && m.find() && e.closest("footer, [class*=comment], [class*=related]") == null) {
                LocalDate d = parse(own.substring(m.start()));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The day the page declares it was last modified (JSON-LD dateModified, modification meta tags), or null. */
    private static LocalDate modified(JsonLd ld, Map<String, String> meta) {
        LocalDate m = Dates.parse(ld.text("dateModified"));
        for (int i = 0; m == null && i < MODIFIED_META.length; i++) {
            m = Dates.parse(meta.get(MODIFIED_META[i]));
        }
        return m;
    }

    private static final Pattern UTC = Pattern.compile("T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)$");

    private static boolean isUtc(String raw) {
        return UTC.matcher(raw.strip()).find();
    }

    /**
     * A time in UTC may fall on the next or previous day where the page was published: a date the page gives
     * in local time (another declared date with an offset or none, or the date shown on the page) one day
     * apart wins.
     */
    private static LocalDate localDay(LocalDate utc, List<String> declared, Document doc) {
        List<LocalDate> local = new ArrayList<>();
        for (String raw : declared) {
            if (raw != null && !isUtc(raw)) {
                local.add(Dates.parse(raw));
            }
        }
        local.add(marked(doc));
        local.add(nearHeadline(doc));
        for (LocalDate l : local) {
            if (l != null && Math.abs(l.toEpochDay() - utc.toEpochDay()) == 1) {
                return l;
            }
        }
        return utc;
    }

    /** Time and date elements marked as the publication date by microdata or class name. */
    private static LocalDate marked(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished], [itemprop=dateCreated], time[pubdate],"
                + " [class*=publish], [class*=pubdate], [class*=posted-on], [class*=post-date], [class*=entry-date],"
                + " [class*=article-date], [class*=story-date], [class*=date-published], [id*=publish]")) {
            if (UPDATED.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            LocalDate d = dateOf(e);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate dateOf(Element e) {
        for (String attr : new String[] {"datetime", "content", "data-date", "title"}) {
            LocalDate d = Dates.parse(e.attr(attr));
            if (d != null) {
                return d;
            }
        }
        String text = e.text();
        if (text.length() > 200 || UPDATED.matcher(text).find() && !PUBLISHED_LINE.matcher(text).find()) {
            return null;
        }
        return parse(text);
    }

    /** A short visible line such as "Published 3 March 2022" or "Posted on 2022-03-03". */
    private static LocalDate visibleLine(Document doc) {
        for (Element e : doc.select("p, span, div, time, li, small, em")) {
            String own = e.ownText();
            if (own.length() < 6 || own.length() > 160) {
                continue;
            }
            Matcher m = PUBLISHED_LINE.matcher(own);
            if (m.find()) {
                LocalDate d = parse(own.substring(m.start()));
                Matcher all = PUBLISHED_LINE.matcher(e.text());
                if (d == null && e.text().length() < 160 && all.find()) {
                    d = parse(e.text().substring(all.start())); // "Published <time>...</time>": after the label
                }
                if (d != null) {
                    return d;
                }
            } else if (own.length() <= 40 && labelledPublished(e)) {
                LocalDate d = parse(own);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A date whose label is the element just before it: {@code <h4>Published</h4> <time>15 November 2018</time>}. */
    private static boolean labelledPublished(Element e) {
        Element prev = e.previousElementSibling();
        if (prev == null || e.closest("a") != null) { // a date inside a link is another page's
            return false;
        }
        String label = prev.text();
        return label.length() <= 40 && PUBLISHED_LINE.matcher(label).find() && !UPDATED.matcher(label).find();
    }

    static LocalDate fromUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        if (!m.group(2).chars().allMatch(Character::isDigit)) { // "/2023/october/03/"
            return Dates.parse(m.group(3) + " " + m.group(2) + " " + m.group(1));
        }
        return Dates.parse(m.group(1) + "-" + String.format(Locale.ROOT, "%02d-%02d",
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** The first short element after the headline whose text is mostly a date ("Dec 12, 2025", "02.02.2022"). */
    private static LocalDate nearHeadline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        Element start = h1 != null && h1.parent() != null ? h1.parent() : doc.body();
        int seen = 0;
        for (Element e = start; e != null && seen < 400; e = HtmlHeaderDate.next(e, false), seen++) {
            LocalDate d = plainDate(e);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The date an element's own short text is, nearly all of it ("Dec 12, 2025", "02.02.2022"), not an update. */
    private static LocalDate plainDate(Element e) {
        String t = e.ownText();
        if (t.length() < 6 || t.length() > 60 || UPDATED.matcher(t).find()) {
            return null;
        }
        LocalDate d = parse(t);
        return d != null && t.replaceAll("[\\d\\s.,:/\\-]", "").length() <= 25 ? d : null;
    }

    /**
     * True when the page also shows {@code day} as a plain date (a short element that is mostly that date, not
     * marked as an update, outside footers, comments, related links and side bars).
     */
    private static boolean shows(Document doc, LocalDate day) {
        for (Element e : doc.body().getAllElements()) {
            if (day.equals(plainDate(e))
                    && e.closest("footer, [class*=comment], [class*=related], [class*=sidebar]") == null) {
                return true;
            }
        }
        return false;
    }

    /** The page's headline element: the first h1 outside navigation, side bars and logos. */
    static Element headline(Document doc) {
        for (Element h : doc.getElementsByTag("h1")) {
            if (!HtmlMeta.inFurniture(h) && h.text().length() >= 3) {
                return h;
            }
        }
        return null;
    }

    private static LocalDate parse(String s) {
        return Dates.parseAnyLanguage(s);
    }

    /** The first time element (not an update) outside comments and side bars. */
    private static LocalDate anyTime(Document doc) {
        for (Element e : doc.select("time, [class*=date], [class*=Date], [class*=time]")) {
            if (UPDATED.matcher(e.className()).find()
                    || e.closest("footer, [class*=comment], [class*=related], [class*=sidebar]") != null) {
                continue;
            }
            LocalDate d = dateOf(e);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
