package org.storycompare.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the headline among the lines of a pasted article. First the story itself: the largest run of prose
 * lines (a page copied whole also carries menus, teasers and footers). The headline is then the line above the
 * story's first paragraph that reads best as a title: short (3 to 25 words), no final period, a capital or a
 * digit first, not a list item, breadcrumb or button label, ideally with a date line or byline just below
 * it, and naming what the story is about (its longer words found in the story's first lines). A line with prose
 * just above it is a heading inside the story, not the headline.
 */
final class Headline {

    private static final Pattern CRUMBS = Pattern.compile("\\s[|›»>/❯]\\s|\\s[|›»>❯]|[|›»❯]\\s|(?: - .*){2}");

    private Headline() {
    }

    /** The index of the headline among {@code lines}, or -1 when no line reads as one. */
    static int find(HeadlineFeatures page) {
        List<TextLine> lines = page.lines;
        boolean[] meta = page.meta;
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < lines.size(); i++) {
            int body = page.body(i);
            if (body < 0 || !page.candidate(i)) {
                continue;
            }
            double s = HeadlineFeatures.score(page.of(i, body));
            if (s > bestScore + 1e-9) {
                best = i;
                bestScore = s;
            }
        }
        return best > 0 && deck(lines, meta, best) && !page.repeated(best) ? best - 1 : best;
    }

    private static final Pattern SEPARATOR = Pattern.compile("^[\\s|·•:–—-]+|[\\s|·•:–—-]+$");

    /**
     * The headline's text without a full date run into it: "Dec 18 2025 Preparing a Ferry Timetable" (a title in
     * capitals after the date) or "A Guide to Ferry Fares - 3 October 2023" (the date after a dash, bar or dot);
     * "Markets rose on 3 March 2022" keeps its date.
     */
    static String title(String line) {
        List<Dates.Mention> dates = Dates.mentions(line);
        if (dates.size() != 1) {
            return line;
        }
        Dates.Mention d = dates.get(0);
        String before = line.substring(0, d.start());
        String after = line.substring(d.end());
        String rest;
        if (before.isBlank() && after.startsWith(" ") && !after.isBlank()
                && Character.isUpperCase(after.strip().codePointAt(0))) {
            rest = after;
        } else if (after.isBlank() && before.matches(".*\\S\\s*(?:[|·•–—]|\\s-)\\s*")) {
            rest = before;
        } else {
            return line;
        }
        rest = SEPARATOR.matcher(rest).replaceAll("");
        return TextLine.words(rest) >= 3 ? rest : line;
    }

    /**
     * True when line {@code i} is the standfirst under a headline: the line just above is a title of five
     * words or more, and this one too, written in sentence case (a line in title case is the headline itself,
     * under a menu's row of links). The caller also keeps a line the page repeats (a breadcrumb's end).
     */
    static boolean deck(List<TextLine> lines, boolean[] meta, int i) {
        return lines.get(i).words() >= 5 && lines.get(i - 1).words() >= 5 && candidate(lines, i - 1, meta)
                && !(lines.get(i - 1).words() <= 6 && HeadlineFeatures.CHROME.matcher(lines.get(i - 1).content()).find())
                && HeadlineFeatures.capitalised(lines.get(i).content()) < 0.5;
    }

    static boolean candidate(List<TextLine> lines, int i, boolean[] meta) {
        TextLine l = lines.get(i);
        String c = l.content();
        int words = l.words();
        if (meta[i] || l.bullet() || LineForms.credit(c) || words < 2 || words > 25 || c.length() > 220 || CRUMBS.matcher(c).find()) {
            return false;
        }
        int first = c.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘¿¡".indexOf(first) >= 0)) {
            return false;
        }
        char last = c.charAt(c.length() - 1);
        if (".,;:-–—(".indexOf(last) >= 0 && !c.endsWith("...") || c.endsWith(" and") || c.endsWith(" or")) {
            return false;
        }
        if (c.chars().filter(Character::isLetter).count() < 6) {
            return false;
        }
        if (i + 1 < lines.size()) {
            String next = lines.get(i + 1).content();
            // a hard-wrapped paragraph goes on in lower case on the next line
            // (a byline "by jane" or a user name just below a headline is not such a continuation)
            boolean adjacent = lines.get(i + 1).start() - l.end() <= 2;
            if (adjacent && Character.isLowerCase(next.codePointAt(0)) && !meta[i + 1] && lines.get(i + 1).words() >= 4) {
                return false;
            }
        }
        return true;
    }
}
