package org.storycompare.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/**
 * Stock phrases of news writing ("said in a statement on", "according to a report by"): runs of
 * {@value #N} common words that many independent articles contain. An exact match made only of them is no
 * evidence that two texts share a passage. The list is learned from news corpora by
 * {@code StockPhraseLearnerMain} (test scope) and shipped as {@value #RESOURCE}; see docs/engine.md.
 */
public final class StockPhrases {

    /** Words per listed phrase. */
    public static final int N = 5;
    static final String RESOURCE = "stock-phrases.txt";
    private static final Tokenizer RAW = Tokenizer.raw();


    private final Set<String> phrases;
    private final Set<String> words;

    StockPhrases(Set<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        Set<String> w = new HashSet<>();
        for (String p : phrases) {
            w.addAll(List.of(p.split(" ")));
        }
        this.words = Set.copyOf(w);
    }

    /** The shipped list. */
    public static StockPhrases shipped() {
        return Shipped.LIST;
    }

    /** Number of phrases listed. */
    public int size() {
        return phrases.size();
    }

    /** The words of {@code text} as the list keeps them: lower case, curly apostrophes straightened. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : RAW.words(text)) {
            out.add(t.original().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return out;
    }

    /**
     * True when {@code text} is made only of stock phrases: with {@value #N} words or more, every run of
     * {@value #N} consecutive words is listed; with fewer, every word belongs to some listed phrase. Texts
     * longer than {@code 2 * N} words are never stock: that much shared wording is a passage.
     */
    public boolean isStock(String text) {
        if (moreChunksThan(text, 2 * N)) {
            return false; // every space-separated chunk with a letter or digit holds a word at least
        }
        List<String> w = words(text);
        if (w.isEmpty() || w.size() > 2 * N) {
            return false;
        }
        if (w.size() < N) {
            return words.containsAll(w);
        }
        for (int i = 0; i + N <= w.size(); i++) {
            if (!phrases.contains(String.join(" ", w.subList(i, i + N)))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} has more than {@code max} space-separated chunks holding a letter or digit. */
    private static boolean moreChunksThan(String text, int max) {
        int chunks = 0;
        boolean counted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                counted = false;
            } else if (!counted && Character.isLetterOrDigit(c)) {
                counted = true;
                if (++chunks > max) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Loaded on first use. */
    private static final class Shipped {
        static final StockPhrases LIST = load();
    }

    private static StockPhrases load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = StockPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.split("\t")[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new StockPhrases(out);
    }
}
