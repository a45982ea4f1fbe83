package org.storycompare.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the headline among the lines of a pasted article. First the story itself: the largest run of prose
 * lines (a page copied whole also carries menus, teasers and footers). The headline is then the line above the
 * story's first paragraph that reads best as a title: short (3 to 25 words), no final period, a capital or a
 * digit first, not a list item, breadcrumb or button label, ideally with a date line or byline just below
 * it. A line with prose just above it is a heading inside the story, not the headline.
 */
final class Headline {

    /** How far above the story's first paragraph the headline may stand, in non-blank lines. */
    private static final int WINDOW = 14;
    private static final int STORY_LINES = 30;
    private static final int STORY_WORDS = 150;
    private static final Pattern CRUMBS = Pattern.compile("\\s[|›»>/]\\s|\\s[|›»>]|[|›»]\\s|(?: - .*){2}");
    /** Words of page controls and navigation, not of headlines. */
    private static final Pattern CHROME = Pattern.compile("(?i)\\b(?:subscribe|sign (?:in|up)|log ?in|newsletter"
            + "|skip to|menu|search|cookies?|share|follow us|read more|see all|view all|table of contents"
            + "|on this page|advertisement|copy link|min read|back to|related|popular|trending|latest)\\b");

    private Headline() {
    }

    /** The index of the headline among {@code lines}, or -1 when no line reads as one. */
    static int find(List<TextLine> lines, boolean[] meta) {
        int n = lines.size();
        int[] nextStory = new int[n + 1];
        nextStory[n] = -1;
        int firstStory = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextStory[i] = storyStartsAt(lines, meta, i) ? i : nextStory[i + 1];
        }
        firstStory = n > 0 ? nextStory[0] : -1;
        int best = -1;
        double bestScore = 0;
        int firstProse = 0;
        while (firstProse < n && (meta[firstProse] || !lines.get(firstProse).prose())) {
            firstProse++;
        }
        for (int i = 0; i < n; i++) {
            int story = nextStory[i + 1];
            boolean leads = story >= 0 && story - i <= WINDOW;
            // a short text without a long run of prose: the headline stands above its first paragraph
            boolean top = firstStory < 0 && i < firstProse && firstProse - i <= WINDOW;
            if (!(leads || top) || !candidate(lines, i, meta)) {
                continue;
            }
            double s = score(lines, i, meta, leads ? story : firstProse);
            if (story == firstStory) {
                s += 2;
            }
            if (s > bestScore + 1e-9) {
                best = i;
                bestScore = s;
            }
        }
        return best > 0 && deck(lines, meta, best) ? best - 1 : best;
    }

    /**
     * True when line {@code i} is the standfirst under a headline: the line just above is a title of five
     * words or more, and so is this one.
     */
    private static boolean deck(List<TextLine> lines, boolean[] meta, int i) {
        return lines.get(i).words() >= 5 && lines.get(i - 1).words() >= 5 && candidate(lines, i - 1, meta)
                && !CHROME.matcher(lines.get(i - 1).content()).find();
    }

    /**
     * True when a story's prose starts at line {@code i}: a prose line without prose just above it, followed
     * by at least {@link #STORY_WORDS} words of prose within {@link #STORY_LINES} lines.
     */
    static boolean storyStartsAt(List<TextLine> lines, boolean[] meta, int i) {
        if (meta[i] || !lines.get(i).prose()) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (!meta[j] && lines.get(j).prose()) {
                return false;
            }
        }
        int words = 0;
        for (int j = i; j < Math.min(lines.size(), i + STORY_LINES); j++) {
            if (!meta[j] && lines.get(j).prose()) {
                words += lines.get(j).words();
            }
        }
        return words >= STORY_WORDS;
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
            boolean adjacent = lines.get(i + 1).start() - l.end() <= 2;
            if (adjacent && Character.isLowerCase(next.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static double score(List<TextLine> lines, int i, boolean[] meta, int storyStart) {
        TextLine l = lines.get(i);
        int words = l.words();
        double s = words >= 5 ? 2 : words == 4 ? 1.5 : words == 3 ? 1 : 0.3;
        for (int j = i + 1; j < Math.min(lines.size(), i + 7); j++) {
            if (meta[j]) {
                s += j - i <= 3 ? 2 : 1; // a date line or byline just below
                break;
            }
        }
        if (i > 0 && meta[i - 1]) {
            s += 1.5; // a date line just above, as some pages set it
        }
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (lines.get(j).prose()) {
                s -= 2;
                break;
            }
        }
        if (words <= 6 && CHROME.matcher(l.content()).find()) {
            s -= 3;
        }
        if (capitalised(l.content()) >= 0.6) {
            s += 0.5;
        }
        // menus stand further above the story than its headline
        s += 1.0 - (storyStart - i) / (double) WINDOW;
        if (l.content().equals(l.content().toUpperCase(java.util.Locale.ROOT))) {
            s -= 1;
        }
        if (i == 0) {
            s += 1;
        }
        return s;
    }

    /** The share of words (of four letters or more) that start with a capital. */
    private static double capitalised(String s) {
        int all = 0;
        int caps = 0;
        for (String w : s.split("\\s+")) {
            if (w.length() >= 4 && Character.isLetter(w.codePointAt(0))) {
                all++;
                caps += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return all == 0 ? 0 : caps / (double) all;
    }
}
