package org.storycompare.engine.align;

import java.util.Arrays;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.TokenSink;
import org.storycompare.engine.text.Tokenizer;

/**
 * An article text cut into normalised tokens, each interned as an int id, with the hashes of its word
 * n-grams. Immutable once built; safe to share between threads.
 */
public final class TokenizedText {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    static final long BASE = 0x100000001B3L;

    private final String text;
    private final Vocabulary vocabulary;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final int[] ids;
    private final boolean[] word;
    private final int wordCount;
    private final int k;
    private final long[] grams;

    /**
     * @param k n-gram length for the hashes (the minimum match length in words)
     */
    public TokenizedText(String text, Tokenizer tokenizer, Vocabulary vocabulary, int k) {
        this.text = text;
        this.vocabulary = vocabulary;
        Builder b = new Builder(text, vocabulary, Math.max(16, text.length() / 5));
        tokenizer.scan(text, b);
        this.size = b.n;
        this.starts = Arrays.copyOf(b.starts, b.n);
        this.ends = Arrays.copyOf(b.ends, b.n);
        this.ids = Arrays.copyOf(b.ids, b.n);
        this.word = Arrays.copyOf(b.word, b.n);
        this.wordCount = b.words;
        this.k = k;
        this.grams = hashGrams(ids, size, k);
    }

    /** Collects scanned tokens into arrays, interning their forms. */
    private static final class Builder implements TokenSink {
        final String text;
        final Vocabulary vocabulary;
        int n;
        int words;
        int[] starts;
        int[] ends;
        int[] ids;
        boolean[] word;

        Builder(String text, Vocabulary vocabulary, int capacity) {
            this.text = text;
            this.vocabulary = vocabulary;
            starts = new int[capacity];
            ends = new int[capacity];
            ids = new int[capacity];
            word = new boolean[capacity];
        }

        @Override
        public void token(int start, int end, boolean isWord, String normalised, boolean lowerCase) {
            if (n == starts.length) {
                int c = n * 2;
                starts = Arrays.copyOf(starts, c);
                ends = Arrays.copyOf(ends, c);
                ids = Arrays.copyOf(ids, c);
                word = Arrays.copyOf(word, c);
            }
            starts[n] = start;
            ends[n] = end;
            ids[n] = normalised != null ? vocabulary.id(normalised) : vocabulary.id(text, start, end, lowerCase);
            word[n] = isWord;
            if (isWord) {
                words++;
            }
            n++;
        }
    }

    private static long[] hashGrams(int[] ids, int size, int k) {
        int n = size - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long pow = 1;
        for (int i = 0; i < k; i++) {
            pow *= BASE;
        }
        long[] out = new long[n];
        long h = 0;
        for (int i = 0; i < size; i++) {
            h = h * BASE + mix(ids[i]);
            if (i >= k) {
                h -= pow * mix(ids[i - k]);
            }
            if (i >= k - 1) {
                out[i - k + 1] = h;
            }
        }
        return out;
    }

    static long mix(int id) {
        long x = (id + 1L) * MIX;
        return x ^ (x >>> 29);
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    /** Token i as a record (built on demand). */
    public Token token(int i) {
        return new Token(starts[i], ends[i], text.substring(starts[i], ends[i]), vocabulary.form(ids[i]));
    }

    /** Start offset of token i. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset of token i. */
    public int end(int i) {
        return ends[i];
    }

    /** Normalised form of token i. */
    public String normalised(int i) {
        return vocabulary.form(ids[i]);
    }

    /** The interned ids, one per token. Do not modify. */
    int[] ids() {
        return ids;
    }

    long[] grams() {
        return grams;
    }

    /** The interned id of token i's normalised form. */
    public int id(int i) {
        return ids[i];
    }

    /** Number of n-grams: {@code size() - k + 1}, or 0 for a text shorter than k tokens. */
    public int gramCount() {
        return grams.length;
    }

    /** Hash of the k tokens starting at token i. */
    public long gramHash(int i) {
        return grams[i];
    }

    int k() {
        return k;
    }

    public boolean isWord(int i) {
        return word[i];
    }

    /** Number of tokens that hold a letter or digit. */
    public int wordCount() {
        return wordCount;
    }
}
