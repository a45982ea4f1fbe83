package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the furniture lines of a pasted article, one line at a time: date lines ("Published 09:41 IST,
 * March 3rd 2022", "Updated: 3 hours ago"), bylines ("By Jane Doe, Reuters"), datelines ("LONDON (Reuters) -"),
 * copyright lines ("© 2023 Reuters") and URL lines. Each form answers null when the line is not one.
 */
final class LineForms {

    /** How a date is introduced: as the publication, as an update, or bare. */
    enum Kind { PUBLISHED, PLAIN, UPDATED }

    /** One date of a date line. */
    record Dated(LocalDate date, Kind kind) {
    }

    /** A date line: its dates (empty for "3 hours ago") and an outlet named in it ("Source: X"). */
    record DateLine(List<Dated> dates, String outlet) {
    }

    /** A byline: the author(s) as written and an outlet after the names, if any. */
    record Byline(String author, String outlet) {
    }

    /** A dateline at the start of a paragraph: how many characters it takes and the outlet it names. */
    record Dateline(int length, String outlet) {
    }

    private static final Pattern TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}([:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?![a-z])");
    private static final Pattern ZONE_OR_FILLER = Pattern.compile("\\b[A-Z]{2,5}\\b|(?i:\\b(?:utc|gmt|[+-]\\d{2}:?\\d{2}"
            + "|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
            + "|first|last|originally|published|posted|updated|modified|edited|revised|created|released|issued"
            + "|date|on|at|and|in|time|by)\\b)"
            + "|(?i:\\b\\d+\\s*(?:-|\\s)?(?:min(?:ute)?s?|hours?|hrs?)\\s+(?:read|listen|watch)\\b)|(?i:\\bread(?:ing)? time\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
    private static final Pattern KEYWORD_START = Pattern.compile(
            "(?i)^(?:(?:first|last|originally)\\s+)?(?:published|posted|updated|modified)\\b"
            + "(?:\\s+by\\s+(?-i:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}))?[^.]{0,16}?\\d");
    /** The end of a sentence: a period before a capital ("Dec. 19" is not one). */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");
    /** A name before a date: "Jane Doe ". */
    private static final Pattern NAME_DATE_TAGS = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}\\s+");
    /** A list of short tags after a date: " Ferries, Harbour news, Storms" (no sentence). */
    private static final Pattern TAGS = Pattern.compile("\\s+[\\p{L}\\d&'’-]+(?:\\s+[\\p{L}\\d&'’-]+){0,2}"
            + "(?:,\\s*[\\p{L}\\d&'’-]+(?:\\s+[\\p{L}\\d&'’-]+){0,2})+\\s*");
    private static final Pattern CATEGORIES = Pattern.compile("\\s+in\\s+\\p{Lu}");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)\\b(?:published|posted|created|released|issued|date)\\b");
    private static final Pattern UPDATED = Pattern.compile("(?i)\\b(?:updated|modified|edited|revised|last update)\\b");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)\\bsource\\s*:\\s*([\\p{L}\\d][\\p{L}\\d.&'’ -]{0,40}[\\p{L}\\d])");
    private static final Pattern BY = Pattern.compile(
            "(?i)^(?:(?:(?:written|reported|words|story|text|posted|compiled|reporting)\\s+)?by|authors?)\\s*:?(?:\\s+|$)");
    private static final Pattern BYLINE_END = Pattern.compile(
            "\\s+[|•·/–—-]\\s+|(?<=\\p{Ll})(?=(?:Published|Updated|Posted|Last updated))|\\s+(?i:on|at)\\s+(?=\\p{Lu}|\\d)"
            + "|(?i:\\s*\\b(?:published|updated|posted|last updated)\\b)");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(?:(?:written|reported|edited|updated|"
            + "(?:medically |expert )?reviewed|fact[- ]checked|photos?|illustrations?|words|story|text|compiled|posted"
            + "|produced|reporting)\\s+)?by\\s*:?\\s*(?:(?-i:\\p{Lu})|$)|^authors?\\s*:");
    /** "By Monday", "By March 3": a time, not a name. */
    private static final Pattern WHEN = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?\\s+\\d");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}’'.-]*|\\p{Lu}\\.|de|da|di|del|der|den|van|von|la|le|bin|al|y|dos|du|and|&)");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:writer|editor|editors|reporter|correspondent"
            + "|contributor|columnist|director|staff|senior|chief|producer|journalist|analyst|team|author|expert"
            + "|manager|officer|founder|ceo|president|professor|dietitian|nutritionist|physician|nurse|therapist"
            + "|pharmacist|attorney|lawyer|consultant|specialist|coach|trainer|scientist|researcher|economist"
            + "|strategist|photographer|dr|phd|md|rd|ms|ma|mba|cpa|cfp|rn)s?\\b");
    private static final Pattern CREDENTIALED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}((?:,\\s*(?:\\p{Lu}\\.?){1,5}|,\\s*Ph\\.?D\\.?)+)");
    private static final String BUTTON = "(?:share|print|email|e-mail|copy link|save|comment|facebook|twitter|x"
            + "|linkedin|whatsapp|pinterest|reddit|threads|bluesky|flipboard|messenger|telegram)";
    private static final Pattern CONTROL = Pattern.compile("(?i)" + BUTTON + "(?:[\\s|,•·/]+" + BUTTON + ")*"
            + "|(?:share|print|email)(?: (?:this|the))? (?:article|story|page|post|link)(?: (?:on|via|by) \\p{L}+)?"
            + "|share (?:on|via) \\p{L}+(?:[\\s|,•·/]+" + BUTTON + ")*|follow us(?: on [\\p{L} ,&]+)?"
            + "|(?:sign up|subscribe)(?: (?:for|to))?(?: (?:our|the|my))?(?: \\p{L}+)? newsletters?(?: .{0,60})?"
            + "|(?:our |the )?newsletters?(?: sign[- ]?up)?|get (?:our|the) newsletter(?: .{0,60})?");
    private static final Pattern SOCIAL = Pattern.compile("(?i)^https?://(?:[\\w-]+\\.)*(?:facebook\\.com|fb\\.com"
            + "|twitter\\.com|x\\.com|linkedin\\.com|instagram\\.com|youtube\\.com|youtu\\.be|pinterest\\.[a-z.]+"
            + "|tiktok\\.com|reddit\\.com|t\\.me|wa\\.me|whatsapp\\.com|threads\\.net|bsky\\.app|flipboard\\.com)(?:[/:?#]|$)");
    private static final Pattern URL_LINE = Pattern.compile(
            "(?i)^(?:(?:source|url|link|originally published at|read (?:it|more) (?:at|on))\\s*:?\\s*)?<?(https?://[^\\s<>]+)>?$");
    private static final String PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
    private static final Pattern DATELINE = Pattern.compile("^(?:(" + PLACE + ")(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?"
            + "(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*)?\\(([^()\\n]{2,40})\\)\\s*[-–—]{1,2}\\s*");
    private static final Pattern PLACE_DATELINE = Pattern.compile("^" + PLACE
            + "(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*[–—]{1,2}\\s*(?=\\p{Lu}|\\d|\")");

    private LineForms() {
    }

    /** The dates of a date line, or null when {@code s} is not one. {@code before} is the previous line. */
    static DateLine dateLine(String line, String before) {
        String s = TextLine.words(line) > 30 ? beforeCategories(line) : line;
        if (s == null) {
            return null;
        }
        List<Dates.Mention> ms = Dates.mentions(s);
        if (ms.isEmpty()) {
            s = glued(s);
            ms = Dates.mentions(s);
        }
        boolean relative = ms.isEmpty() && Dates.isRelative(s) && (PUBLISHED.matcher(s).find()
                || UPDATED.matcher(s).find() || TextLine.words(s) <= 4 && fillerOnly(relativeRemoved(s)));
        if (ms.isEmpty() && !relative) {
            return null;
        }
        boolean keyword = KEYWORD_START.matcher(s).find();
        Matcher src = SOURCE.matcher(s);
        String outlet = src.find() ? src.group(1).strip() : null;
        for (String segment : SEPARATOR.split(outlet == null ? s : s.replace(src.group(0), " "))) {
            if (!keyword && !dateSegment(segment)) {
                return null;
            }
        }
        List<Dated> dates = new ArrayList<>();
        for (Dates.Mention m : ms) {
            String lead = s.substring(0, m.start());
            if (lead.isBlank() && before != null && TextLine.words(before) <= 3) {
                lead = before;
            }
            dates.add(new Dated(m.date(), kind(lead)));
        }
        return new DateLine(dates, outlet);
    }

    /**
     * The last sentence of a paragraph when it is a byline or a "Published ..." line ("... beyond the U.S. By
     * Jane Doe on Dec. 19, 2025"): a standfirst and its byline copied as one block. Null otherwise.
     */
    static String closingByline(String paragraph) {
        Matcher end = SENTENCE_END.matcher(paragraph);
        int k = -1;
        while (end.find()) {
            k = end.end();
        }
        String tail = k < 0 ? "" : paragraph.substring(k).strip();
        return BY.matcher(tail).find() || KEYWORD_START.matcher(tail).find() ? tail : null;
    }

    /**
     * The "Posted on March 3, 2022" of a long line that goes on with the story's categories ("... in News,
     * Travel, ..."), or null for any other long line.
     */
    private static String beforeCategories(String line) {
        if (!KEYWORD_START.matcher(line).find()) {
            return null;
        }
        String s = glued(line);
        List<Dates.Mention> ms = Dates.mentions(s);
        int end = -1;
        for (Dates.Mention m : ms) {
            if (end < 0 || s.substring(end, m.start()).isBlank()) {
                end = m.end();
            }
        }
        return end > 0 && CATEGORIES.matcher(s).region(end, s.length()).lookingAt() ? s.substring(0, end) : null;
    }

    /** Parts a page sets side by side, copied without a space: "5 min readDec 30, 2013". */
    private static String glued(String line) {
        return line.replaceAll("(?<=[\\p{Ll}\\d])(?=\\p{Lu}\\p{Ll})", " ");
    }

    /**
     * True when one part of a line is a date with only times, zones, weekdays, keywords or a byline around it,
     * or a short aside ("5 min read", "Reuters"); a sentence that mentions a date is not.
     */
    private static boolean dateSegment(String seg) {
        List<Dates.Mention> ms = Dates.mentions(seg);
        if (ms.isEmpty() && !Dates.isRelative(seg)) {
            return TextLine.words(seg) <= 6 && !seg.strip().endsWith(".");
        }
        if (ms.size() == 1 && NAME_DATE_TAGS.matcher(seg.substring(0, ms.get(0).start())).matches()
                && TAGS.matcher(seg.substring(ms.get(0).end())).matches()) {
            return true; // "Jane Doe 3 March 2022 Ferries, Harbour news": author, date and the story's tags
        }
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (Dates.Mention m : ms) {
            String lead = seg.substring(from, m.start());
            rest.append(from == 0 && BY.matcher(lead.strip()).find() ? " " : lead).append(' ');
            from = m.end();
        }
        rest.append(seg.substring(from));
        String r = ZONE_OR_FILLER.matcher(TIME.matcher(relativeRemoved(rest.toString())).replaceAll(" "))
                .replaceAll(" ").replaceAll("[^\\p{L}\\d ]", " ");
        int left = TextLine.words(r);
        long lower = java.util.Arrays.stream(r.strip().split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
        return left <= 6 && lower <= 1 && !(seg.strip().endsWith(".") && left >= 3);
    }

    /** True when {@code s} holds at most one word besides times, zones, weekdays and date keywords. */
    private static boolean fillerOnly(String s) {
        return TextLine.words(ZONE_OR_FILLER.matcher(TIME.matcher(s).replaceAll(" ")).replaceAll(" ")
                .replaceAll("[^\\p{L}\\d ]", " ")) <= 1;
    }

    private static String relativeRemoved(String s) {
        return s.replaceAll("(?i)\\b(?:\\d+|an?|one|two|three|few)\\s*\\p{L}*\\s+ago\\b|\\b(?:yesterday|today|just now)\\b", " ");
    }

    /** The kind of the date that follows {@code lead}: decided by the last keyword before it. */
    static Kind kind(String lead) {
        int pub = lastMatch(PUBLISHED, lead);
        int upd = lastMatch(UPDATED, lead);
        if (pub < 0 && upd < 0) {
            return Kind.PLAIN;
        }
        return pub > upd ? Kind.PUBLISHED : Kind.UPDATED;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** A byline in {@code s} ("By Jane Doe, Reuters"), or null. {@code next} is the following line, for a lone "By". */
    static Byline byline(String s, String next) {
        Matcher by = BY.matcher(s);
        if (!by.find()) {
            return null;
        }
        String names = s.substring(by.end()).strip();
        if (names.isEmpty()) {
            if (next == null || TextLine.words(next) > 8) {
                return null;
            }
            names = next.strip();
        }
        Matcher end = BYLINE_END.matcher(names);
        if (end.find() && end.start() > 0) {
            names = names.substring(0, end.start());
        }
        List<Dates.Mention> ms = Dates.mentions(names);
        if (!ms.isEmpty()) {
            names = names.substring(0, ms.get(0).start());
        }
        names = names.replaceAll("[\\s,;:|]+$", "").strip();
        String outlet = null;
        int comma = names.lastIndexOf(", ");
        if (comma > 0 && names.indexOf(", ") == comma) {
            String tail = names.substring(comma + 2).strip();
            if (outletLike(tail) && !ROLE.matcher(tail).find() && !tail.startsWith("and ")) {
                outlet = tail;
                names = names.substring(0, comma).strip();
            }
        }
        return namesLike(names) ? new Byline(names, outlet) : null;
    }

    /** True when {@code s} starts like a credit line ("By ...", "Reviewed by ...", "Author: ..."), parsed or not. */
    static boolean credit(String s) {
        return TextLine.words(s) <= 20 && (CREDIT.matcher(s).find() || credentialed(s));
    }

    /**
     * True for a name with its credentials: "Jane Doe, MS, RD", "Jo Bloggs, PhD" (two credentials, or one of
     * three letters or more or with a period: "Baltimore, MD" is a place).
     */
    static boolean credentialed(String s) {
        Matcher m = CREDENTIALED.matcher(s.strip());
        if (!m.matches()) {
            return false;
        }
        String[] creds = m.group(1).split(",");
        return creds.length >= 3 || creds[1].strip().length() >= 3 || creds[1].contains(".");
    }

    private static boolean namesLike(String names) {
        String[] w = names.split("[\\s,]+");
        if (names.isEmpty() || w.length > 16 || !Character.isUpperCase(names.codePointAt(0))) {
            return false;
        }
        int capital = 0;
        for (String word : w) {
            if (word.isEmpty()) {
                continue;
            }
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
            if (Character.isUpperCase(word.codePointAt(0))) {
                capital++;
            }
        }
        return capital >= 1 && !WHEN.matcher(names).lookingAt();
    }

    /** An outlet's name: one to five words, each capitalised (or a domain name), not a person's credential. */
    static boolean outletLike(String s) {
        if (s == null || s.isBlank() || s.length() > 60) {
            return false;
        }
        String t = s.strip();
        if (t.matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,6}")) {
            return true;
        }
        String[] w = t.split("\\s+");
        if (w.length > 5 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if (w.length == 1 && t.length() <= 4 && t.equals(t.toUpperCase(Locale.ROOT)) && t.matches("\\p{L}+")
                && t.length() <= 3 && !t.equals("AP")) {
            return false; // "MD", "RD": a credential after a name
        }
        for (String word : w) {
            if (!word.matches("(?:\\p{Lu}|\\d)[\\p{L}\\d.&'’-]*|of|the|and|for|de|&")) {
                return false;
            }
        }
        return true;
    }

    /** The holder named in a copyright line ("© 2023 Reuters" -> "Reuters"), "" for none, null when no such line. */
    static String copyright(String s) {
        return CopyrightLine.holder(s);
    }

    /**
     * True for a line of page controls around an article: share and print buttons, social network names,
     * newsletter sign-ups ("Share this article", "Facebook Twitter Email", "Sign up for our newsletter").
     */
    static boolean control(String s) {
        String t = s.strip().replaceAll("[.!:…]+$", "");
        return TextLine.words(t) <= 12 && CONTROL.matcher(t).matches();
    }

    /** The URL of a line that is only a URL (optionally "Source: ..."), or null. */
    static String url(String s) {
        Matcher m = URL_LINE.matcher(s.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** True for a link to a social network or a sharing service (a share button or a profile), not to an article. */
    static boolean social(String url) {
        return SOCIAL.matcher(url).find();
    }

    /** A dateline at the start of {@code s}: "LONDON (Reuters) -", "(Example.com) –", "WASHINGTON, March 3 (AP) —". */
    static Dateline dateline(String s) {
        Matcher m = DATELINE.matcher(s);
        if (m.find()) {
            String agency = m.group(2).strip();
            return new Dateline(m.end(), outletLike(agency) ? agency : null);
        }
        Matcher p = PLACE_DATELINE.matcher(s);
        if (p.find() && p.group().replaceAll("[^\\p{Lu}]", "").length() >= 3) {
            return new Dateline(p.end(), null);
        }
        return null;
    }
}
