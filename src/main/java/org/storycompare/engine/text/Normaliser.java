package org.storycompare.engine.text;

import java.util.Locale;
import java.util.Objects;

/**
 * Turns a token's original characters into the form used for comparison. Normalisers compose with
 * {@link #andThen(Normaliser)}; a normaliser that returns an empty string removes the token.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface Normaliser {

    /** Leaves the token as it is. */
    Normaliser IDENTITY = s -> s;

    String normalise(String token);

    /** What a normaliser does to a token made of ASCII letters only; lets the tokenizer skip the call. */
    enum AsciiLetters {
        /** Not declared: the tokenizer must call {@link #normalise(String)}. */
        UNKNOWN,
        /** Left exactly as written. */
        UNCHANGED,
        /** Lower-cased, nothing else. */
        LOWER_CASED
    }

    /** How this normaliser treats tokens of ASCII letters only (UNKNOWN unless an implementation says). */
    default AsciiLetters asciiLetters() {
        return AsciiLetters.UNKNOWN;
    }

    default Normaliser andThen(Normaliser next) {
        Objects.requireNonNull(next, "next");
        return s -> {
            String r = normalise(s);
            return r.isEmpty() ? r : next.normalise(r);
        };
    }

    /** Lower case (Locale.ROOT). */
    static Normaliser caseFold() {
        return s -> s.toLowerCase(Locale.ROOT);
    }

    /**
     * Folds typographic variants to plain ASCII: curly and angled quotes to {@code '} and {@code "},
     * the Unicode dashes and hyphens to {@code -}, the ellipsis to {@code ...}, non-breaking spaces and soft
     * hyphens away.
     */
    static Normaliser unicodeFold() {
        return Normaliser::foldTypography;
    }

    /** Removes every character that is not a letter, digit or combining mark ("don't" becomes "dont"). */
    static Normaliser stripPunctuation() {
        return s -> {
            int i = 0;
            while (i < s.length() && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (isWordChar(c)) {
                    b.append(c);
                }
            }
            return b.toString();
        };
    }

    /** Replaces any token made of digits (with separators such as 1,200.50 or 3/4) by {@code #}. */
    static Normaliser maskNumbers() {
        return s -> {
            boolean digit = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    return s;
                }
                digit |= Character.isDigit(c);
            }
            return digit ? "#" : s;
        };
    }

    /** Reduces lower-case words to their Porter stem ("reported", "reports" and "reporting" become "report"). */
    static Normaliser porterStem() {
        return PorterStemmer::stem;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.isSurrogate(c);
    }

    private static String foldTypography(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = fold(c);
            if (r != null && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
            case '\u0060': case '\u00B4': case '\u2039': case '\u203A':
                return "'";
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
            case '\u2033':
                return "\"";
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
            case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                return "-";
            case '\u2026':
                return "...";
            case '\u00A0': case '\u202F': case '\u2007':
                return " ";
            case '\u00AD': case '\u200B': case '\u200C': case '\u200D': case '\uFEFF':
                return "";
            default:
                return null;
        }
    }
}
