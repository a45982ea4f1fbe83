package org.storycompare.engine.text;

import java.util.ArrayList;
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

    /** Sentence spans in text order. */
    public List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int k = i + 1;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
                    k++;
                }
                boolean paragraph = k < n && text.charAt(k) == '\n';
                if (paragraph) {
                    add(text, start, i, out);
                    start = i + 1;
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
                if (starts && !(c == '.' && isAbbreviation(text, i))) {
                    add(text, start, e, out);
                    start = e;
                }
                i = e;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
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
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String w = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        if (w.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial: "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(w);
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
