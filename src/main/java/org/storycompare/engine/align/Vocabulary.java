package org.storycompare.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.text.Normaliser;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Tokenizer;
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
    private static final Tokenizer DEFAULT_TOKENIZER = Normalisers.tokenizer(CompareOptions.DEFAULTS);

    private final Map<String, Integer> df;
    private final int docs;
    private final double rare;
    /** Per normaliser: the weight of every listed word and function word, keyed by its form id. */
    private final Map<Normaliser, HashTable> tables = new ConcurrentHashMap<>();

    Vocabulary(Map<String, Integer> df, int docs) {
        this.df = new HashMap<>(df);
        this.docs = Math.max(docs, 2);
        this.rare = Math.log(this.docs);
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

    /**
     * The listed words' weights keyed by the form id ({@link TokenizedText#formHash}) that {@code n} gives them;
     * where several words share one form (stemming), the most common one's weight; function words weigh 0.
     * Built once per normaliser (a comparison uses one).
     */
    private HashTable table(Normaliser n) {
        HashTable t = tables.get(n);
        if (t != null) {
            return t;
        }
        if (tables.size() > 16) {
            tables.clear();
        }
        // forms first, so that the table is sized to them (small enough to stay in the processor's cache)
        Map<Long, Double> forms = new HashMap<>();
        // the lower-case, Capitalised and UPPER forms, for options that keep case
        df.forEach((w, d) -> {
            for (String written : writings(w)) {
                String form = n.normalise(written);
                if (!form.isEmpty()) {
                    forms.merge(TokenizedText.formHash(form), weight(w), Math::min);
                }
            }
        });
        Stopwords.forEach(w -> {
            for (String written : writings(w)) {
                String form = n.normalise(written);
                if (!form.isEmpty()) {
                    forms.put(TokenizedText.formHash(form), 0.0);
                }
            }
        });
        HashTable built = new HashTable(forms.size());
        forms.forEach(built::put);
        tables.putIfAbsent(n, built);
        return tables.getOrDefault(n, built);
    }

    private static String[] writings(String lower) {
        return new String[] {lower, Character.toUpperCase(lower.charAt(0)) + lower.substring(1),
            lower.toUpperCase(java.util.Locale.ROOT)};
    }

    /** The vector of a text tokenized with the default options (for texts outside an alignment). */
    public Vector vector(String text) {
        return vector(new TokenizedText(text, DEFAULT_TOKENIZER, 1));
    }

    /**
     * The idf-weighted content-word counts of a tokenized text: each word token of three characters or more
     * weighs its form's idf (function words 0; a form not listed is rare and weighs the most), summed per form.
     * Keyed by the tokens' form ids, so no string is built and equal forms (as the comparison's options make
     * them) count as one word.
     */
    public Vector vector(TokenizedText t) {
        HashTable known = table(t.normaliser());
        // count each form first (a small table), then look each distinct form up once in the large idf table
        HashTable counts = new HashTable(t.wordCount());
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && t.end(i) - t.start(i) >= 3) {
                counts.add(t.id(i), 1);
            }
        }
        HashTable acc = new HashTable(counts.size);
        for (int s = 0; s < counts.slots.length; s += 2) {
            long id = counts.slots[s];
            if (id != 0) {
                double w = known.get(id);
                w = Double.isNaN(w) ? rare : w;
                if (w > 0) {
                    acc.put(id, w * Double.longBitsToDouble(counts.slots[s + 1]));
                }
            }
        }
        return new Vector(acc, t.normaliser());
    }

    /** Cosine of two vectors from {@link #vector}, 0..1 (0 when either is empty). */
    public static double cosine(Vector a, Vector b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = a.table.dot(b.table);
        return a.norm == 0 || b.norm == 0 ? 0 : Math.min(1, dot / (a.norm * b.norm));
    }

    /** A text's idf-weighted content-word counts, keyed by word hash. Immutable; thread-safe. */
    public static final class Vector {
        private final HashTable table;
        private final Normaliser normaliser;
        private final double norm;

        private Vector(HashTable table, Normaliser normaliser) {
            this.table = table;
            this.normaliser = normaliser;
            this.norm = Math.sqrt(table.dot(table));
        }

        /** The summed weight of a word's form in this text (0 when absent). */
        public double get(String word) {
            double w = table.get(TokenizedText.formHash(normaliser.normalise(word)));
            return Double.isNaN(w) ? 0 : w;
        }

        /** The number of distinct content words. */
        public int size() {
            return table.size;
        }
    }

    /**
     * Open addressing from a 64-bit word hash to a weight; NaN for a missing key. Key and value share one
     * array (key at 2s, value bits at 2s + 1) so a probe touches one cache line; key 0 marks a free slot (a
     * word whose hash is 0 is taken as 1).
     */
    private static final class HashTable {
        private final long[] slots;
        private final int mask;
        private final int shift;
        private int size;

        HashTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected) * 3 / 2) * 2;
            slots = new long[cap * 2];
            mask = cap - 1;
            shift = 64 - Integer.numberOfTrailingZeros(cap);
        }

        private int slot(long key) {
            // Fibonacci hashing: short words' ids are their letters packed into the low bytes, so the low bits
            // alone would crowd words with the same ending into the same run of slots
            int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
            while (slots[2 * s] != 0 && slots[2 * s] != key) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private static long nonZero(long key) {
            return key == 0 ? 1 : key;
        }

        void put(long key, double value) {
            key = nonZero(key);
            int s = slot(key);
            size += slots[2 * s] == 0 ? 1 : 0;
            slots[2 * s] = key;
            slots[2 * s + 1] = Double.doubleToRawLongBits(value);
        }

        void add(long key, double value) {
            key = nonZero(key);
            int s = slot(key);
            if (slots[2 * s] == 0) {
                slots[2 * s] = key;
                size++;
            }
            slots[2 * s + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(slots[2 * s + 1]) + value);
        }

        double get(long key) {
            int s = slot(nonZero(key));
            return slots[2 * s] == 0 ? Double.NaN : Double.longBitsToDouble(slots[2 * s + 1]);
        }

        /** The dot product with another table (this one iterated, the other probed). */
        double dot(HashTable other) {
            double dot = 0;
            for (int s = 0; s < slots.length; s += 2) {
                if (slots[s] != 0) {
                    double o = other.get(slots[s]);
                    if (!Double.isNaN(o)) {
                        dot += Double.longBitsToDouble(slots[s + 1]) * o;
                    }
                }
            }
            return dot;
        }
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
