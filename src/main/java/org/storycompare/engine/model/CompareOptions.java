package org.storycompare.engine.model;

/**
 * Engine options. Build with {@link #builder()}; {@link #DEFAULTS} suits news articles.
 *
 * @param minMatchWords        shortest exact match, in words
 * @param bridgeGap            most words in a small edit that still joins two matches into one edited passage
 * @param paraphrase           look for paraphrased sentences in what exact and edited matching left
 * @param paraphraseThreshold  0..1, sentence similarity needed to call a pair a paraphrase
 * @param ignoreCase           compare words case-insensitively
 * @param ignorePunctuation    punctuation does not break or take part in matches
 * @param ignoreNumbers        any number matches any number
 * @param stemming             compare word stems ("reported" = "reports")
 * @param meaning              link by meaning what word-level matching left, when the engine has a sentence
 *                             encoder (the app's, when the model is present)
 */
public record CompareOptions(int minMatchWords, int bridgeGap, boolean paraphrase, double paraphraseThreshold,
                             boolean ignoreCase, boolean ignorePunctuation, boolean ignoreNumbers,
                             boolean stemming, boolean meaning) {

    public static final CompareOptions DEFAULTS = builder().build();

    public CompareOptions {
        if (minMatchWords < 1) {
            throw new IllegalArgumentException("minMatchWords must be at least 1");
        }
        if (bridgeGap < 0) {
            throw new IllegalArgumentException("bridgeGap must not be negative");
        }
        if (paraphraseThreshold < 0 || paraphraseThreshold > 1) {
            throw new IllegalArgumentException("paraphraseThreshold must be within 0..1");
        }
    }

    /** The options before meaning matching, which is then on. */
    public CompareOptions(int minMatchWords, int bridgeGap, boolean paraphrase, double paraphraseThreshold,
                          boolean ignoreCase, boolean ignorePunctuation, boolean ignoreNumbers, boolean stemming) {
        this(minMatchWords, bridgeGap, paraphrase, paraphraseThreshold, ignoreCase, ignorePunctuation, ignoreNumbers,
                stemming, true);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().minMatchWords(minMatchWords).bridgeGap(bridgeGap).paraphrase(paraphrase)
                .paraphraseThreshold(paraphraseThreshold).ignoreCase(ignoreCase)
                .ignorePunctuation(ignorePunctuation).ignoreNumbers(ignoreNumbers).stemming(stemming).meaning(meaning);
    }

    /** Fluent builder for {@link CompareOptions}. */
    public static final class Builder {
        private int minMatchWords = 5;
        private int bridgeGap = 4;
        private boolean paraphrase = true;
        private double paraphraseThreshold = 0.5;
        private boolean ignoreCase = true;
        private boolean ignorePunctuation = true;
        private boolean ignoreNumbers = false;
        private boolean stemming = false;
        private boolean meaning = true;

        public Builder minMatchWords(int v) { minMatchWords = v; return this; }
        public Builder bridgeGap(int v) { bridgeGap = v; return this; }
        public Builder paraphrase(boolean v) { paraphrase = v; return this; }
        public Builder paraphraseThreshold(double v) { paraphraseThreshold = v; return this; }
        public Builder ignoreCase(boolean v) { ignoreCase = v; return this; }
        public Builder ignorePunctuation(boolean v) { ignorePunctuation = v; return this; }
        public Builder ignoreNumbers(boolean v) { ignoreNumbers = v; return this; }
        public Builder stemming(boolean v) { stemming = v; return this; }
        public Builder meaning(boolean v) { meaning = v; return this; }

        public CompareOptions build() {
            return new CompareOptions(minMatchWords, bridgeGap, paraphrase, paraphraseThreshold,
                    ignoreCase, ignorePunctuation, ignoreNumbers, stemming, meaning);
        }
    }
}
