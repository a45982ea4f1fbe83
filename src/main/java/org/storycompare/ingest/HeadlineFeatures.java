package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link Headline} weighs about a line of a pasted page: one page's lines with the facts every candidate
 * shares (where stories start, the story's words, the page's words), and for a candidate line its features.
 * The score of a line is the weighted sum of its features ({@link #WEIGHTS}).
 */
final class HeadlineFeatures {

    /** How far above the story's first paragraph the headline may stand, in non-blank lines. */
    static final int WINDOW = 14;
    static final int STORY_LINES = 30;
    private static final int STORY_WORDS = 150;
    /** Words of page controls and navigation, not of headlines. */
    static final Pattern CHROME = Pattern.compile("(?i)\\b(?:subscribe|sign (?:in|up)|log ?in|newsletter"
            + "|skip to|menu|search|cookies?|share|follow us|read more|see all|view all|table of contents"
            + "|on this page|advertisement|copy link|min read|reading time|back to|related|popular|trending|latest"
            + "|call us|contact us|e-?mail us)\\b");
    /** A button's or a menu's call to the reader: "Get a quote", "Save your favorites", "Find a store". */
    private static final Pattern CALL = Pattern.compile("^(?:get|save|find|sign|subscribe|download|request|book|join"
            + "|shop|try|learn more|contact|call|order|buy|start|explore|discover|browse|see|view|click|register|apply"
            + "|donate|watch|listen|follow|visit|enter|claim|score)\\b", Pattern.CASE_INSENSITIVE);

    /** Feature names, in the order of {@link #of} and {@link #WEIGHTS}. */
    static final String[] NAMES = {"bias", "words3", "words4", "words5+", "metaNear", "metaFar", "metaAbove",
        "proseAbove", "chrome", "capitalised", "nearStory", "upperCase", "firstLine", "topical", "repeated",
        "firstStory", "pageTopical", "question", "digit", "candidatesBetween", "biggestStory", "storySize",
        "position", "candidateAbove", "words", "weakStory", "proseNear", "callToAction", "menuBlock",
        "endsWithNeighbour"};

    /**
     * The weight of each feature: fitted by {@code HeadlineFitMain} (conditional logit over each page's candidate
     * lines, L2 0.01) on the wcxb-dev pages copied as text (browser copy and w3m, gold titles) and the htmldate
     * pages (browser copy, the HTML reader's title standing in for the gold). The first is the level a line's
     * score must pass to be taken at all.
     */
    static final double[] WEIGHTS = {-5.92, 1.18, 2.39, 3.55, 3.61, 2.24, 1.60, -0.47, -2.08, 0.53, 0.99, -2.24, 0.87,
        2.75, 1.44, 2.08, 2.01, -0.74, 0.37, -0.55, 0.39, 2.10, -3.68, -0.41, 0.61, -1.45, 0.36, -1.29, 1.02, -3.25};

    final List<TextLine> lines;
    final boolean[] meta;
    /** Every line's text with spaces and apostrophes evened out; made when first needed. */
    private String[] plain;
    private final int[] nextStory;
    private final int[] wordCount;
    /** Lines of running prose ({@link #prose}), and the running sum of the words of those that are not metadata. */
    private final boolean[] rawProse;
    private final int[] proseSum;
    private final List<String>[] lineWords;
    private final int[] nextProse;
    /** Which lines may be a headline at all ({@link Headline#candidate}): 0 not known yet, 1 yes, 2 no. */
    private final byte[] candidate;
    private final int firstStory;
    private final int firstProse;
    private final int biggest;
    private final Map<Integer, Set<String>> storyWords = new HashMap<>();
    private Map<String, Integer> pageWords;
    private Repeats repeats;

    HeadlineFeatures(List<TextLine> lines, boolean[] meta) {
        this.lines = lines;
        this.meta = meta;
        int n = lines.size();
        wordCount = new int[n];
        rawProse = new boolean[n];
        proseSum = new int[n + 1];
        @SuppressWarnings("unchecked")
        List<String>[] split = new List[n];
        lineWords = split;
        for (int i = 0; i < n; i++) {
            wordCount[i] = lines.get(i).words();
            rawProse[i] = prose(lines, meta, i);
            proseSum[i + 1] = proseSum[i] + (isProse(i) ? wordCount[i] : 0);
        }
        nextStory = new int[n + 1];
        nextStory[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextStory[i] = storyAt(i) ? i : nextStory[i + 1];
        }
        firstStory = n > 0 ? nextStory[0] : -1;
        nextProse = new int[n + 1];
        nextProse[n] = -1;
        for (int i = n - 1; i >= 0; i--) {
            nextProse[i] = isProse(i) ? i : nextProse[i + 1];
        }
        // the story is the run with the most prose; menus and teasers above it may hold some prose too
        int big = -1;
        int most = 0;
        for (int i = firstStory; i >= 0 && i < n; i = nextStory[i + 1]) {
            int w = proseWords(i);
            if (w > most) {
                most = w;
                big = i;
            }
        }
        biggest = big;
        int p = 0;
        while (p < n && !isProse(p)) {
            p++;
        }
        firstProse = p;
        candidate = new byte[n];
    }

    /**
     * The first line of the story that line {@code i} would head, or -1 where no headline can stand: within
     * {@link #WINDOW} lines above a story's start (twice that with a date line or byline just below: a table of
     * contents may come between), or, in a short text without a long run of prose, above its first paragraph;
     * failing both, the prose starting at most {@code WINDOW / 2} lines below it (a list with a short introduction).
     */
    int body(int i) {
        int story = nextStory[i + 1];
        if (story >= 0 && (story - i <= WINDOW || story - i <= 2 * WINDOW && metaBelow(meta, i))) {
            return story;
        }
        if (firstStory < 0 && i < firstProse && firstProse - i <= WINDOW) {
            return firstProse;
        }
        int p = nextProse[i + 1];
        return p >= 0 && p - i <= WINDOW / 2 ? p : -1;
    }

    /** The features of candidate line {@code i} heading the story that starts at {@code body}. */
    double[] of(int i, int body) {
        TextLine l = lines.get(i);
        String c = l.content();
        int words = wordCount[i];
        int n = lines.size();
        double[] f = new double[NAMES.length];
        f[0] = 1;
        f[1] = words == 3 ? 1 : 0;
        f[2] = words == 4 ? 1 : 0;
        f[3] = words >= 5 ? 1 : 0;
        for (int j = i + 1; j < Math.min(n, i + 7); j++) {
            if (meta[j]) {
                f[j - i <= 3 ? 4 : 5] = 1; // a date line or byline just below
                break;
            }
        }
        f[6] = i > 0 && meta[i - 1] ? 1 : 0; // a date line just above, as some pages set it
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (rawProse[j]) {
                f[7] = 1;
                break;
            }
        }
        f[8] = words <= 6 && CHROME.matcher(c).find() ? 1 : 0;
        f[9] = capitalised(c) >= 0.6 ? 1 : 0;
        f[10] = 1.0 - (body - i) / (double) WINDOW; // menus stand further above the story than its headline
        f[11] = c.equals(c.toUpperCase(Locale.ROOT)) ? 1 : 0;
        f[12] = i == 0 ? 1 : 0;
        f[13] = body < n ? topical(keyWords(i), storyWords.computeIfAbsent(body, this::storyWords)) : 0;
        f[14] = repeated(i) ? 1 : 0;
        f[15] = nextStory[i + 1] >= 0 && nextStory[i + 1] == firstStory ? 1 : 0;
        f[16] = pageTopical(i);
        f[17] = c.endsWith("?") ? 1 : 0;
        f[18] = c.chars().anyMatch(Character::isDigit) ? 1 : 0;
        int between = 0;
        for (int j = i + 1; j < Math.min(n, body); j++) {
            between += candidate(j) ? 1 : 0;
        }
        f[19] = Math.min(between, 10) / 5.0;
        f[20] = body == biggest ? 1 : 0;
        f[21] = body < n ? Math.log1p(proseWords(body)) / 5 : 0;
        f[22] = n == 0 ? 0 : i / (double) n;
        f[23] = i > 0 && candidate(i - 1) ? 1 : 0;
        f[24] = Math.min(words, 25) / 25.0;
        f[25] = body != nextStory[i + 1] && !(firstStory < 0) ? 1 : 0;
        f[26] = i + 2 < n && (rawProse[i + 1] || !meta[i + 1] && rawProse[i + 2]) ? 1 : 0;
        f[27] = CALL.matcher(c).find() ? 1 : 0;
        int from = i;
        while (from > 0 && wordCount[from - 1] <= 4 && !meta[from - 1]) {
            from--;
        }
        int to = i;
        while (to + 1 < n && wordCount[to + 1] <= 4 && !meta[to + 1]) {
            to++;
        }
        f[28] = Math.log1p(to - from) / 3;
        f[29] = endsWithNeighbour(i) ? 1 : 0;
        return f;
    }

    /**
     * True when the line ends with the text of a shorter line near it ("Home Reviews Best Gym Setup" over
     * "Best Gym Setup"): a breadcrumb or a logo's text run into the title.
     */
    private boolean endsWithNeighbour(int i) {
        String[] plain = plain();
        String t = plain[i];
        for (int j = Math.max(0, i - 3); j < Math.min(plain.length, i + 4); j++) {
            String o = plain[j];
            if (j != i && o.length() >= 12 && o.length() < t.length() && t.regionMatches(true, t.length() - o.length(),
                    o, 0, o.length())) {
                return true;
            }
        }
        return false;
    }

    static double score(double[] f) {
        double s = 0;
        for (int k = 0; k < f.length; k++) {
            s += WEIGHTS[k] * f[k];
        }
        return s;
    }

    /** The first line at or below line {@code i} where a story starts ({@link #storyAt}), or -1. */
    int storyFrom(int i) {
        return i < lines.size() ? nextStory[Math.max(0, i)] : -1;
    }

    /** Every line's text, spaces and apostrophes evened out. */
    String[] plain() {
        if (plain == null) {
            plain = new String[lines.size()];
            for (int i = 0; i < plain.length; i++) {
                plain[i] = lines.get(i).content().replace('’', '\'').replaceAll("\\s+", " ").strip();
            }
        }
        return plain;
    }

    /** True when the page repeats line {@code i} ({@link Repeats}). */
    boolean repeated(int i) {
        if (repeats == null) {
            repeats = new Repeats(plain());
        }
        return repeats.at(i);
    }

    /** True when line {@code i} may be a headline at all ({@link Headline#candidate}); worked out once. */
    boolean candidate(int i) {
        if (candidate[i] == 0) {
            candidate[i] = (byte) (Headline.candidate(lines, i, meta) ? 1 : 2);
        }
        return candidate[i] == 1;
    }

    private boolean isProse(int i) {
        return !meta[i] && rawProse[i];
    }

    /**
     * True when a story's prose starts at line {@code i}: a prose line without prose just above it, followed
     * by at least {@link #STORY_WORDS} words of prose within {@link #STORY_LINES} lines.
     */
    private boolean storyAt(int i) {
        if (!isProse(i)) {
            return false;
        }
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (isProse(j)) {
                return false;
            }
        }
        return proseWords(i) >= STORY_WORDS;
    }

    private int proseWords(int i) {
        return proseSum[Math.min(lines.size(), i + STORY_LINES)] - proseSum[i];
    }

    /** True when one of the two lines below line {@code i} is a date line or byline. */
    static boolean metaBelow(boolean[] meta, int i) {
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

    /** The lower-case words (four letters or more, a final "s" dropped) of the story's first lines of prose. */
    private Set<String> storyWords(int from) {
        Set<String> out = new HashSet<>();
        for (int j = from; j < Math.min(lines.size(), from + STORY_LINES); j++) {
            if (isProse(j)) {
                out.addAll(keyWords(j));
            }
        }
        return out;
    }

    /** The key words of line {@code j}, split once. */
    private List<String> keyWords(int j) {
        if (lineWords[j] == null) {
            lineWords[j] = keyWords(lines.get(j).content());
        }
        return lineWords[j];
    }

    /** The share of a line's key words (see {@link #storyWords}) that its story uses; 0 without any. */
    private static double topical(List<String> own, Set<String> story) {
        if (own.isEmpty()) {
            return 0;
        }
        return own.stream().filter(story::contains).count() / (double) own.size();
    }

    /** The share of the line's key words used twice or more in the page's prose. */
    private double pageTopical(int i) {
        if (pageWords == null) {
            pageWords = new HashMap<>();
            for (int j = 0; j < lines.size(); j++) {
                if (isProse(j)) {
                    for (String w : keyWords(j)) {
                        pageWords.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> own = keyWords(i);
        if (own.isEmpty()) {
            return 0;
        }
        return own.stream().filter(w -> pageWords.getOrDefault(w, 0) >= 2).count() / (double) own.size();
    }

    private static List<String> keyWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** The share of words (of four letters or more) that start with a capital. */
    static double capitalised(String s) {
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
