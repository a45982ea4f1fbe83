package org.storycompare.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date in the usual written forms: "2023-07-20", ISO date-times (the date as written,
 * not shifted to UTC), "July 20th 2023", "20 July 2023", "April 18, 2024", "Updated 12:07 IST, July 20th 2023",
 * "Thu, 20 Jul 2023 10:00:00 GMT", "20.07.2023", "2023/07/20" and "20/07/2023" when the day is over 12.
 * The earliest date in the string wins.
 */
public final class Dates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})" + ORD + "\\s*,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** "19-Dec-2025", "3-March-2022". */
    private static final Pattern DAY_MONTH_DASH = Pattern.compile(
            "(?<![\\d-])(\\d{1,2})-" + MONTH + "-(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile("(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");

    private Dates() {
    }

    /** The earliest date found in {@code s}, or null when there is none (or it is not a real date). */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.length() > 500 ? s.substring(0, 500) : s;
        Found best = null;
        best = earlier(best, numeric(ISO.matcher(t), 1, 2, 3));
        best = earlier(best, numeric(YMD_SLASH.matcher(t), 1, 2, 3));
        best = earlier(best, named(MONTH_FIRST.matcher(t), 1, 2, 3));
        best = earlier(best, named(DAY_FIRST.matcher(t), 2, 1, 3));
        best = earlier(best, dayMonthYear(DMY.matcher(t)));
        best = earlier(best, named(DAY_MONTH_DASH.matcher(t), 2, 1, 3));
        return best == null ? null : best.date;
    }

    private record Found(int start, LocalDate date) {
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b != null && b.start < a.start ? b : a;
    }

    private static Found numeric(Matcher m, int y, int mo, int d) {
        while (m.find()) {
            LocalDate date = date(m.group(y), m.group(mo), m.group(d));
            if (date != null) {
                return new Found(m.start(), date);
            }
        }
        return null;
    }

    private static Found named(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        while (m.find()) {
            String key = m.group(monthGroup).toLowerCase(Locale.ROOT).replace(".", "");
            Integer month = MONTHS.get(key.length() > 3 && !key.equals("sept") ? key.substring(0, 3) : key);
            if (month == null) {
                continue;
            }
            LocalDate date = date(m.group(yearGroup), String.valueOf(month), m.group(dayGroup));
            if (date != null) {
                return new Found(m.start(), date);
            }
        }
        return null;
    }

    private static Found dayMonthYear(Matcher m) {
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dots = m.group(2).equals(".");
            LocalDate date;
            if (dots || a > 12) {
                date = date(m.group(4), m.group(3), m.group(1));
            } else if (b > 12) {
                date = date(m.group(4), m.group(1), m.group(3));
            } else {
                continue; // 03/04/2023: day and month cannot be told apart
            }
            if (date != null) {
                return new Found(m.start(), date);
            }
        }
        return null;
    }

    private static final Map<String, Integer> OTHER_MONTHS = otherMonths();
    private static final Pattern OTHER_DAY_FIRST = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|er|\u00BA|\u00B0)?\\s*(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /**
     * A date written with a German, French, Spanish, Italian, Dutch or Portuguese month name ("5. Oktober 2013",
     * "10 novembre 2021", "3 de marzo de 2022"); else {@link #parse}. Null when neither finds one.
     */
    public static LocalDate parseAnyLanguage(String s) {
        LocalDate english = parse(s);
        if (english != null || s == null) {
            return english;
        }
        Matcher m = OTHER_DAY_FIRST.matcher(s.length() > 500 ? s.substring(0, 500) : s);
        while (m.find()) {
            Integer month = OTHER_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                LocalDate d = date(m.group(3), String.valueOf(month), m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Map<String, Integer> otherMonths() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"januar", "j\u00e4nner", "janvier", "enero", "gennaio", "januari", "janeiro", "jan"},
            {"februar", "feber", "f\u00e9vrier", "fevrier", "febrero", "febbraio", "februari", "fevereiro", "feb", "f\u00e9v"},
            {"m\u00e4rz", "maerz", "mars", "marzo", "maart", "mar\u00e7o", "m\u00e4r"},
            {"april", "avril", "abril", "aprile", "apr", "avr"},
            {"mai", "mayo", "maggio", "mei", "maio"},
            {"juni", "juin", "junio", "giugno", "junho", "jun"},
            {"juli", "juillet", "julio", "luglio", "julho", "jul", "juil"},
            {"august", "ao\u00fbt", "aout", "agosto", "augustus", "aug"},
            {"september", "septembre", "septiembre", "settembre", "setembro", "sep", "sept"},
            {"oktober", "octobre", "octubre", "ottobre", "outubro", "okt", "oct"},
            {"november", "novembre", "noviembre", "novembro", "nov"},
            {"dezember", "d\u00e9cembre", "decembre", "diciembre", "dicembre", "december", "dezembro", "dez", "d\u00e9c"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1800 || year > 2200) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    // ---- dates inside a line of text (for date lines of pasted articles) ----

    /** A date written in a string: its character range and the day it names. */
    public record Mention(int start, int end, LocalDate date) {
    }

    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:\\d+|an?|one|two|three|few)\\s*"
            + "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)"
            + "\\s+ago\\b|\\b(?:yesterday|today|just now|moments ago)\\b");

    /**
     * Every complete date (day, month and year) written in {@code s}, in order of position; where two forms
     * overlap, the one starting first (then the longer) is kept. Dates without a year ("March 3") are not mentions.
     */
    public static java.util.List<Mention> mentions(String s) {
        java.util.List<Mention> all = new java.util.ArrayList<>();
        if (s == null || s.isEmpty()) {
            return all;
        }
        collect(s, ISO, m -> numeric(m, 1, 2, 3), all);
        collect(s, YMD_SLASH, m -> numeric(m, 1, 2, 3), all);
        collect(s, MONTH_FIRST, m -> named(m, 1, 2, 3), all);
        collect(s, DAY_FIRST, m -> named(m, 2, 1, 3), all);
        collect(s, DMY, Dates::dayMonthYear, all);
        collect(s, DAY_MONTH_DASH, m -> named(m, 2, 1, 3), all);
        all.sort(java.util.Comparator.comparingInt(Mention::start).thenComparing(m -> -m.end()));
        java.util.List<Mention> out = new java.util.ArrayList<>();
        for (Mention m : all) {
            if (out.isEmpty() || m.start() >= out.get(out.size() - 1).end()) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when {@code s} gives a date relative to an unknown moment ("3 hours ago", "yesterday"). */
    public static boolean isRelative(String s) {
        return s != null && RELATIVE.matcher(s).find();
    }

    /** Each match of {@code p} in {@code s} that the existing single-match parser accepts on its own. */
    private static void collect(String s, Pattern p, java.util.function.Function<Matcher, Found> parser,
                                java.util.List<Mention> out) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Found f = parser.apply(p.matcher(s).region(m.start(), m.end()));
            if (f != null) {
                out.add(new Mention(m.start(), m.end(), f.date));
            }
        }
    }
}
