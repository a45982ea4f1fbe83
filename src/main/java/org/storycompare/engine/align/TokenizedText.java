package org.storycompare.engine.align;

import java.util.List;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/**
 * An article text cut into normalised tokens, each interned as an int id, with the hashes of its word
 * n-grams. Immutable once built; safe to share between threads.
 */
public final class TokenizedText {

    private static final long MIX = 0x9E3779B97F4A7C15L;
    static final long BASE = 0x100000001B3L;

    private final String text;
    private final Token[] tokens;
    private final int[] ids;
    private final boolean[] word;
    private final int wordCount;
    private final int k;
    private final long[] grams;

    /**
     * @param k n-gram length for the hashes (the minimum match length in words)
     */
    public TokenizedText(String text, Tokenizer tokenizer, Vocabulary vocabulary, int k) {
        this(text, tokenizer.tokenize(text), vocabulary, k);
    }

    /** From tokens already cut by a tokenizer (lets callers tokenize in parallel and intern in order). */
    public TokenizedText(String text, List<Token> list, Vocabulary vocabulary, int k) {
        this.text = text;
        this.tokens = list.toArray(new Token[0]);
        this.ids = new int[tokens.length];
        this.word = new boolean[tokens.length];
        int w = 0;
        for (int i = 0; i < tokens.length; i++) {
            ids[i] = vocabulary.id(tokens[i].normalised());
            word[i] = tokens[i].isWord();
            if (word[i]) {
                w++;
            }
        }
        this.wordCount = w;
        this.k = k;
        this.grams = hashGrams(ids, k);
    }

    private static long[] hashGrams(int[] ids, int k) {
        int n = ids.length - k + 1;
        if (n <= 0) {
            return new long[0];
        }
        long pow = 1;
        for (int i = 0; i < k; i++) {
            pow *= BASE;
        }
        long[] out = new long[n];
        long h = 0;
        for (int i = 0; i < ids.length; i++) {
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
        return tokens.length;
    }

    public Token token(int i) {
        return tokens[i];
    }

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
