package org.storycompare.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storycompare.engine.model.Span;

/**
 * Splits text into sentence spans (trimmed of surrounding white space). A sentence ends at a line break
 * followed by a blank line or a new paragraph, or after {@code . ! ?} (plus closing quotes and brackets)
 * followed by white space and an upper-case letter, digit or opening quote, unless the period ends a known
 * abbreviation ("Mr.", "Dr.", "U.S.") or an initial. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov",
            "sen", "rep", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig",
            "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m");
    private static final int MAX_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    /** The abbreviations packed a byte a character (all are ASCII and at most 8 long), sorted. */
    private static final long[] PACKED = ABBREVIATIONS.stream().mapToLong(SentenceSplitter::pack).sorted().toArray();

    /**
     * True when a lower-case word (without its period, e.g. "dr", "u.s") is a known abbreviation, after which
     * a period does not end a sentence. The one list for every splitter of the engine (the paraphrase
     * matcher's included).
     */
    public static boolean isAbbreviation(String lowerCase) {
        return ABBREVIATIONS.contains(lowerCase);
    }

    /** Sentence spans in text order. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int[] start = {0};
        scan(text, 0, text.length(), cut -> {
            add(text, start[0], cut.end, out);
            start[0] = cut.next;
            return true;
        });
        add(text, start[0], text.length(), out);
        return out;
    }

    /**
     * The start of the sentence that holds offset {@code offset}: the last cut point at or before it (0 when
     * none), where the text between two consecutive cut points is one sentence before trimming. Cut points
     * are found by scanning only a window before the offset, widened until one is found, so a call costs
     * about one sentence's length rather than the text's. Agrees with {@link #split(String)}: every non-blank
     * character of a split sentence lies between the sentence's two cut points.
     */
    public int sentenceStart(String text, int offset) {
        int window = 128;
        while (true) {
            int from = restartBefore(text, offset - window);
            int[] last = {-1};
            scan(text, from, Math.min(offset, text.length()), cut -> {
                if (cut.next <= offset) {
                    last[0] = cut.next;
                }
                return true;
            });
            if (last[0] > from || from == 0) {
                return Math.max(last[0], 0);
            }
            window *= 4;
        }
    }

    /** The end of the sentence that holds offset {@code offset}: the first cut point after it (or text length). */
    public int sentenceEnd(String text, int offset) {
        int from = restartBefore(text, offset);
        int[] found = {text.length()};
        scan(text, from, text.length(), cut -> {
            if (cut.next > offset) {
                found[0] = cut.next;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /** 0, or the offset of a white-space character at or before {@code offset}: the scan may restart there. */
    private static int restartBefore(String text, int offset) {
        int p = Math.min(offset, text.length() - 1);
        while (p > 0 && !Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return Math.max(p, 0);
    }

    /** A sentence break: the sentence before it ends at {@code end}, the next one starts at {@code next}. */
    private record Cut(int end, int next) {
    }

    /** Receives the cuts of a scan in order; returns false to stop. */
    private interface CutSink {
        boolean cut(Cut cut);
    }

    /**
     * Reports the sentence breaks decided at characters [from, to). {@code from} must be 0 or a white-space
     * character: every white-space character is visited by a scan from 0, and the decision at each visited
     * character depends on the text alone, so a scan from there reports exactly the breaks a whole-text scan
     * reports from there on.
     */
    private static void scan(String text, int from, int to, CutSink sink) {
        int n = text.length();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int k = i + 1;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
                    k++;
                }
                boolean paragraph = k < n && text.charAt(k) == '\n';
                if (paragraph && !sink.cut(new Cut(i, i + 1))) {
                    return;
                }
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int e = i + 1;
                while (e < n && isCloser(text.charAt(e))) {
                    e++;
                }
                if (e >= n || !Character.isWhitespace(text.charAt(e))) {
                    i = e > i + 1 ? e : i + 1;
                    continue;
                }
                int k = e;
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                boolean starts = k >= n || startsSentence(text.charAt(k));
                if (starts && !(c == '.' && isAbbreviation(text, i)) && !sink.cut(new Cut(e, e))) {
                    return;
                }
                i = e;
                continue;
            }
            i++;
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB'
                || c == '.' || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
                || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB' || c == '-' || c == '\u2014';
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && isLetterOrDot(text.charAt(s - 1))) {
            s--;
        }
        int len = dot - s;
        if (len == 0) {
            return false;
        }
        if (len == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (len > MAX_ABBREVIATION) {
            return false;
        }
        long packed = 0;
        for (int i = dot - 1; i >= s; i--) {
            char c = text.charAt(i);
            if (c >= 128) {
                return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
            }
            packed = (packed << 8) | (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        return Arrays.binarySearch(PACKED, packed) >= 0;
    }

    /** An ASCII string of at most 8 characters as a long, the first character in the lowest byte. */
    private static long pack(String s) {
        long packed = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            packed = (packed << 8) | s.charAt(i);
        }
        return packed;
    }

    private static boolean isLetterOrDot(char c) {
        if (c < 128) {
            int lc = c | 0x20;
            return (lc >= 'a' && lc <= 'z') || c == '.';
        }
        return Character.isLetter(c);
    }

    private static void add(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
