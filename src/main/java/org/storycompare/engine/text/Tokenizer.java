package org.storycompare.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into word tokens with exact character offsets. A word is a run of letters, digits and
 * combining marks, joined across a single inner apostrophe, hyphen, period or comma when a letter or
 * digit follows ("don't", "well-known", "U.S", "1,200.5"). Every other non-space character is a
 * punctuation token of its own. Each token is passed through the {@link Normaliser}; tokens it empties are
 * dropped, so a punctuation-stripping normaliser leaves words only. Thread-safe.
 */
public final class Tokenizer {

    private final Normaliser normaliser;

    public Tokenizer(Normaliser normaliser) {
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** A tokenizer that keeps every token as written. */
    public static Tokenizer raw() {
        return new Tokenizer(Normaliser.IDENTITY);
    }

    public Normaliser normaliser() {
        return normaliser;
    }

    /** The tokens of {@code text} in order. */
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 6));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int cl = Character.charCount(cp);
            if (isSpace(cp)) {
                i += cl;
                continue;
            }
            int start = i;
            if (isWordCp(cp)) {
                i += cl;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (isWordCp(c)) {
                        i += Character.charCount(c);
                    } else if (isJoiner(c) && i + 1 < n && isWordCp(text.codePointAt(i + 1))) {
                        i += 1;
                    } else {
                        break;
                    }
                }
            } else {
                i += cl;
            }
            String original = text.substring(start, i);
            String norm = normaliser.normalise(original);
            if (!norm.isEmpty() && !norm.isBlank()) {
                out.add(new Token(start, i, original, norm));
            }
        }
        return out;
    }

    /** Only the tokens that hold a letter or digit. */
    public List<Token> words(String text) {
        List<Token> all = tokenize(text);
        List<Token> out = new ArrayList<>(all.size());
        for (Token t : all) {
            if (t.isWord()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
    }

    static boolean isWordCp(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int c) {
        switch (c) {
            case '\'': case '\u2019': case '\u02BC': case '-': case '\u2010': case '\u2011': case '.': case ',':
                return true;
            default:
                return false;
        }
    }
}
