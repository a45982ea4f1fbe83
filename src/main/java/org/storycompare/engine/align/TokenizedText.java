package org.storycompare.engine.align;

import java.util.Arrays;
import org.storycompare.engine.text.Normaliser;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.FormHash;
import org.storycompare.engine.text.Tokenizer;

/**
 * An article text cut into normalised tokens, each identified by a 64-bit hash of its normalised form
 * (so equal forms have equal ids across texts, with no shared dictionary; a collision between two
 * different forms is astronomically unlikely), with the hashes of its word n-grams. Immutable once built;
 * safe to share between threads.
 */
public final class TokenizedText {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    static final long BASE = 0x100000001B3L;

    private final String text;
    private final Normaliser normaliser;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final long[] ids;
    private final boolean[] word;
    private final int wordCount;
    private final int k;
    private final long[] grams;
    /** The idf-weighted content words ({@link Vocabulary#vector}), computed on first use. */
    private volatile Vocabulary.Vector vocabulary;

    /**
     * @param k n-gram length for the hashes (the minimum match length in words)
     */
    public TokenizedText(String text, Tokenizer tokenizer, int k) {
        this.text = text;
        this.normaliser = tokenizer.normaliser();
        Scratch scratch = Scratch.get();
        Builder b = new Builder(scratch, Math.max(16, text.length() / 5), k);
        tokenizer.scanHashed(text, b);
        b.keep(scratch);
        this.size = b.n;
        this.starts = Arrays.copyOf(b.starts, b.n);
        this.ends = Arrays.copyOf(b.ends, b.n);
        this.ids = Arrays.copyOf(b.ids, b.n);
        this.word = Arrays.copyOf(b.word, b.n);
        this.wordCount = b.words;
        this.k = k;
        this.grams = k >= 1 ? Arrays.copyOf(b.grams, Math.max(0, b.n - k + 1)) : hashGrams(ids, size, k);
    }

    /**
     * Collects scanned tokens into this thread's scratch arrays (grown as needed), with the rolling hash of
     * each n-gram as soon as its last token arrives (the same values as {@link #hashGrams}).
     */
    private static final class Builder implements Tokenizer.HashedSink {
        private final int k;
        private final long pow;
        private long rolling;
        int n;
        int words;
        int[] starts;
        int[] ends;
        long[] ids;
        boolean[] word;
        long[] grams;

        Builder(Scratch scratch, int capacity, int k) {
            this.k = k;
            long p = 1;
            for (int i = 0; i < k; i++) {
                p *= BASE;
            }
            this.pow = p;
            starts = scratch.starts(capacity);
            ends = scratch.ends(capacity);
            ids = scratch.ids(capacity);
            word = scratch.word(capacity);
            grams = scratch.grams(capacity);
        }

        @Override
        public void token(int start, int end, boolean isWord, long formHash) {
            if (n == starts.length) {
                int c = n * 2;
                starts = Arrays.copyOf(starts, c);
                ends = Arrays.copyOf(ends, c);
                ids = Arrays.copyOf(ids, c);
                word = Arrays.copyOf(word, c);
                grams = Arrays.copyOf(grams, c);
            }
            starts[n] = start;
            ends[n] = end;
            ids[n] = formHash;
            word[n] = isWord;
            if (isWord) {
                words++;
            }
            if (k >= 1) {
                long h = rolling * BASE + mix(formHash);
                if (n >= k) {
                    h -= pow * mix(ids[n - k]);
                }
                if (n >= k - 1) {
                    grams[n - k + 1] = h;
                }
                rolling = h;
            }
            n++;
        }

        /** Hands grown arrays back to the scratch for the next text. */
        void keep(Scratch scratch) {
            scratch.keepTokens(starts, ends, ids, word, grams);
        }
    }

    /** 64-bit hash of a normalised form ({@link FormHash#of(CharSequence)}). */
    public static long formHash(CharSequence form) {
        return FormHash.of(form);
    }

    private static long[] hashGrams(long[] ids, int size, int k) {
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

    static long mix(long id) {
        long x = (id + 1L) * MIX;
        return x ^ (x >>> 29);
    }

    /** The text's idf-weighted content-word counts, computed once (thread-safe). */
    Vocabulary.Vector vocabulary() {
        Vocabulary.Vector v = vocabulary;
        if (v == null) {
            v = Vocabulary.shipped().vector(this);
            vocabulary = v;
        }
        return v;
    }

    public String text() {
        return text;
    }

    /** The normaliser that made the token forms. */
    Normaliser normaliser() {
        return normaliser;
    }

    public int size() {
        return size;
    }

    /** Token i as a record (built on demand). */
    public Token token(int i) {
        String original = text.substring(starts[i], ends[i]);
        return new Token(starts[i], ends[i], original, normaliser.normalise(original));
    }

    /** Start offset of token i. */
    public int start(int i) {
        return starts[i];
    }

    /** End offset of token i. */
    public int end(int i) {
        return ends[i];
    }

    /** Normalised form of token i (computed on demand). */
    public String normalised(int i) {
        return normaliser.normalise(text.substring(starts[i], ends[i]));
    }

    /** The form ids (hashes), one per token. Do not modify. */
    long[] ids() {
        return ids;
    }

    long[] grams() {
        return grams;
    }

    /** The id (64-bit hash of the normalised form) of token i. */
    public long id(int i) {
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

    /** The first token at or after {@code from} that ends after {@code offset} (size() when none). */
    int firstEndingAfter(int from, int offset) {
        return firstEndingAfter(ends, from, size, offset);
    }

    /** In sorted {@code ends[lo, hi)}: the first index whose end lies after {@code offset} ({@code hi} when none). */
    public static int firstEndingAfter(int[] ends, int lo, int hi, int offset) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of word tokens among tokens [from, to). */
    int wordsIn(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += word[i] ? 1 : 0;
        }
        return n;
    }

    /** Number of tokens that hold a letter or digit. */
    public int wordCount() {
        return wordCount;
    }
}
