package org.storycompare.engine.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
    /** Normalised forms of one-character ASCII tokens, filled on first use. */
    private final String[] singleCharForms = new String[128];

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
        scan(text, (start, end, word, norm, lower) -> {
            String original = text.substring(start, end);
            String n = norm != null ? norm : lower ? original.toLowerCase(java.util.Locale.ROOT) : original;
            out.add(new Token(start, end, original, n));
        });
        return out;
    }

    /**
     * Streams the tokens of {@code text} to the sink, in order. Tokens of ASCII letters only are passed with
     * a null form when the normaliser declares what it does to them, so no string is built for them.
     */
    public void scan(String text, TokenSink sink) {
        scan(text, text.toCharArray(), sink);
    }

    /** As {@link #scan(String, TokenSink)}, with the text's characters already at hand ({@code chars} = text). */
    public void scan(String text, char[] chars, TokenSink sink) {
        scan(text, chars, sink, null);
    }

    /** Receives tokens with the {@link FormHash} of their normalised forms. */
    @FunctionalInterface
    public interface HashedSink {
        /**
         * @param start    offset of the token's first character
         * @param end      offset just past its last character
         * @param word     true when the token holds a letter or digit
         * @param formHash {@link FormHash#of(CharSequence)} of the token's normalised form
         */
        void token(int start, int end, boolean word, long formHash);
    }

    /**
     * Streams the same tokens as {@link #scan(String, TokenSink)}, each with the hash of its normalised form.
     * Tokens of ASCII letters only are hashed while they are scanned, in the same pass over the characters.
     */
    public void scanHashed(String text, char[] chars, HashedSink sink) {
        scan(text, chars, null, sink);
    }

    /**
     * As {@link #scanHashed(String, char[], HashedSink)}. The text is read as ISO-8859-1 bytes (a plain copy
     * for most texts) and runs of ASCII letters are found and hashed eight at a time; a byte that may stand
     * for another character ({@code ?}, the encoder's replacement) is checked against the text.
     */
    public void scanHashed(String text, HashedSink sink) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length != text.length()) {
            // a surrogate pair became one byte: offsets would not match
            scan(text, text.toCharArray(), null, sink);
        } else {
            scanBytes(text, bytes, sink);
        }
    }

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Bit 7 of each byte of w that is not an ASCII letter (bytes are independent: no carry crosses a byte). */
    private static long nonLetters(long w) {
        long x = (w | 0x2020202020202020L) & 0x7F7F7F7F7F7F7F7FL;
        long atLeastA = (x + 0x1F1F1F1F1F1F1F1FL) & HIGH_BITS;   // x >= 'a'
        long pastZ = (x + 0x0505050505050505L) & HIGH_BITS;      // x > 'z'
        return ~(atLeastA & ~pastZ & ~(w & HIGH_BITS)) & HIGH_BITS;
    }

    /** The byte-wise scanning loop: the same tokens and hashes as the char loop (bytes = text as ISO-8859-1). */
    private void scanBytes(String text, byte[] bs, HashedSink hashed) {
        Normaliser.AsciiLetters mode = normaliser.asciiLetters();
        boolean fast = mode != Normaliser.AsciiLetters.UNKNOWN;
        long lowerBits = mode == Normaliser.AsciiLetters.LOWER_CASED ? 0x2020202020202020L : 0;
        int n = bs.length;
        int i = 0;
        while (i < n) {
            char ch = (char) (bs[i] & 0xFF);
            if (isAsciiLetter(ch)) {
                int start = i;
                long h = FormHash.SEED;
                while (true) {
                    if (i + 8 <= n) {
                        long w = (long) LONG_LE.get(bs, i);
                        long stop = nonLetters(w);
                        if (stop == 0) {
                            h = FormHash.absorb(h, w | lowerBits);
                            i += 8;
                            continue;
                        }
                        int len = Long.numberOfTrailingZeros(stop) >>> 3;
                        if (len > 0) {
                            h = FormHash.absorb(h, (w | lowerBits) & ((1L << (len << 3)) - 1));
                            i += len;
                        }
                    } else {
                        long acc = 0;
                        int len = 0;
                        while (i < n && isAsciiLetter((char) (bs[i] & 0xFF))) {
                            acc |= (long) (bs[i] | (lowerBits & 0x20)) << (len << 3);
                            len++;
                            i++;
                        }
                        if (len > 0) {
                            h = FormHash.absorb(h, acc);
                        }
                    }
                    break;
                }
                if (fast && (i == n || endsWord(bs, i, n) || !continuesWord(text, i, n))) {
                    hashed.token(start, i, true, FormHash.finish(h, i - start));
                    continue;
                }
                if (i < n && continuesWord(text, i, n)) {
                    i = wordEnd(text, i, n);
                }
                emit(text, start, i, ch, null, hashed);
                continue;
            }
            if (ch == '?') {
                ch = text.charAt(i); // '?' itself, or a character ISO-8859-1 cannot hold
            }
            if (ch < 128 && ASCII_SPACE[ch]) {
                i++;
                continue;
            }
            i = other(text, i, ch, null, hashed);
        }
    }

    /**
     * True when the word before byte i surely ends there: an ASCII character that can neither continue nor
     * join a word, or an ASCII joiner not followed by an ASCII word character. False means: ask the text.
     */
    private static boolean endsWord(byte[] bs, int i, int n) {
        int b = bs[i] & 0xFF;
        if (b >= 128 || b == '?') {
            return false;
        }
        if (!ASCII_WORD_OR_JOINER[b]) {
            return true;
        }
        if (ASCII_WORD[b] || i + 1 >= n) {
            return !ASCII_WORD[b];
        }
        int c = bs[i + 1] & 0xFF;
        return c < 128 && c != '?' && !ASCII_WORD[c];
    }

    /** The one char scanning loop; exactly one of the two sinks is given. */
    private void scan(String text, char[] cs, TokenSink sink, HashedSink hashed) {
        Normaliser.AsciiLetters mode = normaliser.asciiLetters();
        boolean fast = mode != Normaliser.AsciiLetters.UNKNOWN;
        boolean lower = mode == Normaliser.AsciiLetters.LOWER_CASED;
        // or-ing 0x20 lower-cases an ASCII letter
        int lowerMask = lower ? 0x20 : 0;
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char ch = cs[i];
            if (isAsciiLetter(ch)) {
                // a run of ASCII letters, packed into its hash (a byte a character) as it is scanned
                int start = i;
                long h = FormHash.SEED;
                long acc = ch | lowerMask;
                int inChunk = 1;
                i++;
                char cc = 0;
                while (i < n) {
                    cc = cs[i];
                    if (!isAsciiLetter(cc)) {
                        break;
                    }
                    if (inChunk == FormHash.CHUNK) {
                        h = FormHash.absorb(h, acc);
                        acc = 0;
                        inChunk = 0;
                    }
                    acc |= (long) (cc | lowerMask) << (inChunk << 3);
                    inChunk++;
                    i++;
                }
                // a space, or punctuation that cannot join words, ends the word at once
                boolean ends = i == n || (cc < 128 && !ASCII_WORD_OR_JOINER[cc]) || !continuesWord(text, i, n);
                if (ends && fast) {
                    if (hashed != null) {
                        hashed.token(start, i, true, FormHash.finish(FormHash.absorb(h, acc), i - start));
                    } else {
                        sink.token(start, i, true, null, lower);
                    }
                    continue;
                }
                if (!ends) {
                    i = wordEnd(text, i, n);
                }
                emit(text, start, i, ch, sink, hashed);
                continue;
            }
            if (ch < 128 && ASCII_SPACE[ch]) {
                i++;
                continue;
            }
            i = other(text, i, ch, sink, hashed);
        }
    }

    /** A token that does not start with an ASCII letter, or white space, at i (first char ch); returns its end. */
    private int other(String text, int i, char ch, TokenSink sink, HashedSink hashed) {
        int start = i;
        int cp = Character.isSurrogate(ch) ? text.codePointAt(i) : ch;
        int cl = Character.charCount(cp);
        if (isSpace(cp)) {
            return i + cl;
        }
        int end = isWordCp(cp) ? wordEnd(text, i + cl, text.length()) : i + cl;
        emit(text, start, end, ch, sink, hashed);
        return end;
    }

    /** Whether c is an ASCII letter: one unsigned comparison, no table. */
    private static boolean isAsciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    /** Whether a word goes on at i: a word character, or a joiner with a word character after it. */
    private static boolean continuesWord(String text, int i, int n) {
        int c = text.codePointAt(i);
        return isWordCp(c) || (isJoiner(c) && i + 1 < n && isWordCp(text.codePointAt(i + 1)));
    }

    /** The end of the word that goes on at i. */
    private static int wordEnd(String text, int i, int n) {
        while (i < n) {
            char cc = text.charAt(i);
            if (cc < 128 && ASCII_WORD[cc]) {
                i++;
                continue;
            }
            int c = Character.isSurrogate(cc) ? text.codePointAt(i) : cc;
            if (isWordCp(c)) {
                i += Character.charCount(c);
            } else if (isJoiner(c) && i + 1 < n && isWordCp(text.codePointAt(i + 1))) {
                i += 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** Normalises token [start, end) (first character ch) and passes it on unless the normaliser empties it. */
    private void emit(String text, int start, int end, char ch, TokenSink sink, HashedSink hashed) {
        String norm;
        boolean word;
        if (end - start == 1 && ch < 128) {
            // a one-character token such as a comma or full stop: its form is looked up, not rebuilt
            norm = singleCharForm(ch);
            word = Character.isLetterOrDigit(ch);
        } else {
            String original = text.substring(start, end);
            norm = normaliser.normalise(original);
            word = hasLetterOrDigit(original);
        }
        if (!norm.isEmpty() && !norm.isBlank()) {
            if (hashed != null) {
                hashed.token(start, end, word, FormHash.of(norm));
            } else {
                sink.token(start, end, word, norm, false);
            }
        }
    }

    /** The normalised form of a one-character ASCII token (normalisers are stateless, so it is kept). */
    private String singleCharForm(char c) {
        String form = singleCharForms[c];
        if (form == null) {
            form = normaliser.normalise(String.valueOf(c));
            singleCharForms[c] = form; // a benign race: every thread computes the same immutable string
        }
        return form;
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetterOrDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
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
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
    }

    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_LETTER = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];
    /** ASCII word characters and the ASCII joiners (apostrophe, hyphen, period, comma). */
    private static final boolean[] ASCII_WORD_OR_JOINER = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_LETTER[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            ASCII_WORD[c] = ASCII_LETTER[c] || (c >= '0' && c <= '9');
            ASCII_SPACE[c] = isSpace(c);
            ASCII_WORD_OR_JOINER[c] = ASCII_WORD[c] || isJoiner(c);
        }
    }

    static boolean isWordCp(int cp) {
        if (cp < 128) {
            return ASCII_WORD[cp];
        }
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
