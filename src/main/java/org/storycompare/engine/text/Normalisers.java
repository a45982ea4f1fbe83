package org.storycompare.engine.text;

import org.storycompare.engine.model.CompareOptions;

/** Builds the normaliser chain that {@link CompareOptions} asks for. */
public final class Normalisers {

    private Normalisers() {
    }

    /**
     * Unicode folding always; then case folding, punctuation stripping, number masking and stemming as the
     * options say.
     */
    public static Normaliser forOptions(CompareOptions o) {
        Normaliser n = Normaliser.unicodeFold();
        if (o.ignoreCase()) {
            n = n.andThen(Normaliser.caseFold());
        }
        if (o.ignorePunctuation()) {
            n = n.andThen(Normaliser.stripPunctuation());
        }
        if (o.ignoreNumbers()) {
            n = n.andThen(Normaliser.maskNumbers());
        }
        if (o.stemming()) {
            return n.andThen(Normaliser.porterStem());
        }
        // folding, punctuation stripping and number masking leave plain ASCII words alone (but for case)
        Normaliser chain = n;
        Normaliser.AsciiLetters mode = o.ignoreCase() ? Normaliser.AsciiLetters.LOWER_CASED
                : Normaliser.AsciiLetters.UNCHANGED;
        return new Normaliser() {
            @Override
            public String normalise(String token) {
                return chain.normalise(token);
            }

            @Override
            public AsciiLetters asciiLetters() {
                return mode;
            }
        };
    }

    /** A tokenizer using {@link #forOptions(CompareOptions)}. */
    public static Tokenizer tokenizer(CompareOptions o) {
        return new Tokenizer(forOptions(o));
    }
}
