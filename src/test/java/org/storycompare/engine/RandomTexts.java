package org.storycompare.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of invented news-like texts and of edited, reordered copies of them (tests, benchmarks). */
public final class RandomTexts {

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "br", "dr", "gl", "kr", "pl", "st", "tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ee"};
    private static final String[] CODAS = {"", "n", "r", "s", "l", "nd", "st", "m"};

    private final Random random;
    private final String[] vocabulary;

    public RandomTexts(long seed, int vocabularySize) {
        this.random = new Random(seed);
        this.vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)])
                        .append(CODAS[random.nextInt(CODAS.length)]);
            }
            vocabulary[i] = w.toString();
        }
    }

    public Random random() {
        return random;
    }

    /** A word drawn with a skewed (roughly Zipf-like) frequency, so short common words repeat. */
    public String word() {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(u, 2.5) * vocabulary.length);
        return vocabulary[Math.min(i, vocabulary.length - 1)];
    }

    /** A sentence of 6..22 words with a capital, maybe a comma, and a period. */
    public String sentence() {
        int n = 6 + random.nextInt(17);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word();
            if (i == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            b.append(w);
            if (i < n - 1) {
                b.append(random.nextInt(9) == 0 ? ", " : " ");
            }
        }
        return b.append('.').toString();
    }

    /** Paragraphs of 1..4 sentences, about {@code words} words in all. */
    public List<String> paragraphs(int words) {
        List<String> out = new ArrayList<>();
        int count = 0;
        while (count < words) {
            StringBuilder p = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String sen = sentence();
                count += sen.split(" ").length;
                if (s > 0) {
                    p.append(' ');
                }
                p.append(sen);
            }
            out.add(p.toString());
        }
        return out;
    }

    public static String join(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /**
     * A copy of the paragraphs with about editRate of the words inserted, deleted or replaced, {@code moves}
     * paragraphs moved elsewhere and {@code repeats} sentences repeated at another place.
     */
    public List<String> variant(List<String> paragraphs, double editRate, int moves, int repeats) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String[] words = p.split(" ");
            StringBuilder b = new StringBuilder();
            for (String w : words) {
                double r = random.nextDouble();
                if (r < editRate / 3) {
                    continue; // deleted
                }
                if (b.length() > 0) {
                    b.append(' ');
                }
                if (r < 2 * editRate / 3) {
                    b.append(word()); // replaced
                    if (w.endsWith(".")) {
                        b.append('.');
                    }
                } else if (r < editRate) {
                    b.append(word()).append(' ').append(w); // inserted
                } else {
                    b.append(w);
                }
            }
            if (b.length() > 0) {
                out.add(b.toString());
            }
        }
        for (int m = 0; m < moves && out.size() > 1; m++) {
            String p = out.remove(random.nextInt(out.size()));
            out.add(random.nextInt(out.size() + 1), p);
        }
        for (int r = 0; r < repeats && !out.isEmpty(); r++) {
            String src = out.get(random.nextInt(out.size()));
            int cut = src.indexOf(". ");
            String sen = cut > 0 ? src.substring(0, cut + 1) : src;
            int at = random.nextInt(out.size());
            out.set(at, out.get(at) + " " + sen);
        }
        return out;
    }
}
