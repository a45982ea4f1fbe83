package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // the story is the run with the most prose; menus and teasers above it may hold some prose too
        int biggest = -1;
        int most = 0;
        for (int i = firstStory; i >= 0 && i < n; i = nextStory[i + 1]) {
            int w = proseWords(lines, meta, i);
            if (w > most) {
                most = w;
                biggest = i;
            }
        }
        String[] plain = new String[n];
        for (int i = 0; i < n; i++) {
            plain[i] = lines.get(i).content().replace('’', '\'').replaceAll("\\s+", " ").strip();
        }
        int best = -1;
        double bestScore = 0;
        java.util.Map<Integer, Set<String>> storyWords = new java.util.HashMap<>();
        int firstProse = 0;
        while (firstProse < n && (meta[firstProse] || !prose(lines, meta, firstProse))) {
            firstProse++;
        }
        for (int i = 0; i < n; i++) {
            int story = nextStory[i + 1];
            // a headline with its date line or byline just below may stand above a long table of contents
            boolean leads = story >= 0 && (story - i <= WINDOW || story - i <= 2 * WINDOW && metaBelow(meta, i));
            // a short text without a long run of prose: the headline stands above its first paragraph
            boolean top = firstStory < 0 && i < firstProse && firstProse - i <= WINDOW;
            if (!(leads || top) || !candidate(lines, i, meta)) {
                continue;
            }
            double s = score(lines, i, meta, leads ? story : firstProse);
            int body = leads ? story : firstProse;
            if (body >= 0 && body < n) {
                // candidates share their story: its words are gathered once per story start
                Set<String> words = storyWords.computeIfAbsent(body, b -> storyWords(lines, meta, b));
                s += TOPICAL * topical(lines.get(i).content(), words);
            }
            if (repeated(plain, i)) {
                s += 2; // pages repeat their headline: in a breadcrumb, a sticky bar, "Comments on ..."
            }
            if (story >= 0 && story == firstStory) {
                s += 2;
            }
            if (s > bestScore + 1e-9) {
                best = i;
                bestScore = s;
            }
        }
        return best > 0 && deck(lines, meta, best) && !repeated(plain, best) ? best - 1 : best;
    }

    /**
     * True when line {@code i} is the standfirst under a headline: the line just above is a title of five
     * words or more, and this one too, written in sentence case (a line in title case is the headline itself,
     * under a menu's row of links). The caller also keeps a line the page repeats (a breadcrumb's end).
     */
    private static boolean deck(List<TextLine> lines, boolean[] meta, int i) {
        return lines.get(i).words() >= 5 && lines.get(i - 1).words() >= 5 && candidate(lines, i - 1, meta)
                && !(lines.get(i - 1).words() <= 6 && CHROME.matcher(lines.get(i - 1).content()).find())
                && capitalised(lines.get(i).content()) < 0.5;
    }

    /**
     * True when a story's prose starts at line {@code i}: a prose line without prose just above it, followed
     * by at least {@link #STORY_WORDS} words of prose within {@link #STORY_LINES} lines.
     */
    static boolean storyStartsAt(List<TextLine> lines, boolean[] meta, int i) {
        if (meta[i] || !prose(lines, meta, i)) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (!meta[j] && prose(lines, meta, j)) {
                return false;
            }
        }
        return proseWords(lines, meta, i) >= STORY_WORDS;
    }

    /** The words of prose in the {@link #STORY_LINES} lines from line {@code i}. */
    private static int proseWords(List<TextLine> lines, boolean[] meta, int i) {
        int words = 0;
        for (int j = i; j < Math.min(lines.size(), i + STORY_LINES); j++) {
            if (!meta[j] && prose(lines, meta, j)) {
                words += lines.get(j).words();
            }
        }
        return words;
    }

    /** True when one of the two lines below line {@code i} is a date line or byline. */
    private static boolean metaBelow(boolean[] meta, int i) {
        return i + 1 < meta.length && meta[i + 1] || i + 2 < meta.length && meta[i + 2];
    }

    /**
     * True when line {@code i} is running prose; a long title that ends like a sentence ("... (And How)") but
     * has a date line or byline just below it is a headline, not prose.
     */
    static boolean prose(List<TextLine> lines, boolean[] meta, int i) {
        TextLine l = lines.get(i);
        return l.prose() && !(metaBelow(meta, i) && l.words() <= 25 && !l.content().endsWith("."));
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
            if (prose(lines, meta, j)) {
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

    /**
     * True when the text of line {@code i} ({@code plain}: every line's text, spaces and apostrophes evened
     * out; a dozen letters or more) stands elsewhere on the page too, ignoring case: as a line of its own near it
     * or at the top, at the end of a longer line after a breadcrumb's separator or "3 Comments on", or
     * shortened with "..." at the start of one.
     */
    static boolean repeated(String[] plain, int i) {
        String t = plain[i];
        if (t.chars().filter(Character::isLetter).count() < 12) {
            return false;
        }
        for (int j = 0; j < plain.length; j++) {
            String o = plain[j];
            if (j == i || o.length() < t.length() || !o.regionMatches(true, o.length() - t.length(), t, 0, t.length())) {
                if (j != i && (o.endsWith("...") || o.endsWith("…")) && shortened(o, t)) {
                    return true;
                }
                continue;
            }
            if (o.length() == t.length() ? Math.abs(j - i) <= 6 || j < 3 : trail(o.substring(0, o.length() - t.length()), t)) {
                // the same line far below is a heading listed in a table of contents; far above, a menu's entry
                return true;
            }
        }
        return false;
    }

    /** True when {@code head} ends the way a breadcrumb or "3 Comments on" leads into the title {@code t}. */
    private static boolean trail(String head, String t) {
        if (head.isBlank()) {
            return false;
        }
        char c = head.charAt(head.length() - 1);
        String h = head.strip();
        char last = h.isEmpty() ? ' ' : h.charAt(h.length() - 1);
        return "»›>/|:–—-·•".indexOf(last) >= 0 || h.endsWith(" on")
                || Character.isLowerCase(c) && Character.isUpperCase(t.codePointAt(0)); // "HomeGuidesThe Title"
    }

    /** True when {@code o} is {@code t} cut short with "...". */
    private static boolean shortened(String o, String t) {
        String head = o.replaceFirst("(?:\\.\\.\\.|…)$", "").strip();
        return head.length() >= 12 && head.length() < t.length() && t.regionMatches(true, 0, head, 0, head.length());
    }

    /** Weight of {@link #topical}: a headline names what its story is about; a menu entry or button does not. */
    private static final double TOPICAL = 3.0;

    /** The lower-case words (four letters or more, a final "s" dropped) of the story's first lines of prose. */
    private static Set<String> storyWords(List<TextLine> lines, boolean[] meta, int from) {
        Set<String> out = new HashSet<>();
        for (int j = from; j < Math.min(lines.size(), from + STORY_LINES); j++) {
            if (!meta[j] && prose(lines, meta, j)) {
                out.addAll(keyWords(lines.get(j).content()));
            }
        }
        return out;
    }

    /** The share of a line's key words (see {@link #storyWords}) that its story uses; 0 without any. */
    private static double topical(String line, Set<String> story) {
        List<String> own = keyWords(line);
        if (own.isEmpty()) {
            return 0;
        }
        return own.stream().filter(story::contains).count() / (double) own.size();
    }

    private static List<String> keyWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
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
