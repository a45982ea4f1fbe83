package org.storycompare.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.storycompare.engine.text.Stopwords;

/**
 * How close two texts' vocabularies are: the cosine of their content-word counts (no function words, at least
 * three characters, lower case), each word weighted by its inverse document frequency in news
 * ({@code ln(docs / df)}, from the shipped {@value #RESOURCE}, learned by {@code StockPhraseLearnerMain}; a word
 * not listed is rare and gets the highest weight). Two independent reports of one event share names, places and
 * key terms even when they share no sentence; two unrelated articles share few. Thread-safe.
 */
public final class Vocabulary {

    static final String RESOURCE = "common-words.txt";

    private final Map<String, Integer> df;
    private final int docs;

    Vocabulary(Map<String, Integer> df, int docs) {
        this.df = new HashMap<>(df); // a HashMap: Map.copyOf's probing was the hot spot of every pair
        this.docs = Math.max(docs, 2);
    }

    public static Vocabulary shipped() {
        return Shipped.LIST;
    }

    /** The weight of a lower-case word: 0 for function words and short words, else its idf. */
    public double weight(String word) {
        if (word.length() < 3 || Stopwords.isStopword(word)) {
            return 0;
        }
        int d = df.getOrDefault(word, 1);
        return Math.log((double) docs / Math.min(d, docs - 1));
    }

    /** The idf-weighted word counts of a text (a word's weight times its count). */
    public Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String w : StockPhrases.words(text)) {
            double weight = weight(w);
            if (weight > 0) {
                v.merge(w, weight, Double::sum);
            }
        }
        return v;
    }

    /**
     * The same vector from a text already tokenized (its word tokens, lower-cased): no second pass of the
     * tokenizer, no boxed sums while counting. Equal to {@code vector(t.text())} (VocabularyTest).
     */
    public Map<String, Double> vector(TokenizedText t) {
        Map<String, double[]> acc = new HashMap<>();
        String text = t.text();
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            String w = text.substring(t.start(i), t.end(i)).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
            double weight = weight(w);
            if (weight > 0) {
                acc.computeIfAbsent(w, x -> new double[1])[0] += weight;
            }
        }
        Map<String, Double> v = new HashMap<>(acc.size() * 2);
        acc.forEach((w, sum) -> v.put(w, sum[0]));
        return v;
    }

    /** Cosine of two vectors from {@link #vector}, 0..1 (0 when either is empty). */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : Math.min(1, dot / (na * nb));
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Loaded on first use. */
    private static final class Shipped {
        static final Vocabulary LIST = load();
    }

    private static Vocabulary load() {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].equals("#docs")) {
                    docs = Integer.parseInt(f[1].strip());
                } else if (f.length == 2 && !line.startsWith("#")) {
                    df.put(f[0], Integer.parseInt(f[1].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Vocabulary(df, docs);
    }
}
