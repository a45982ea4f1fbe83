package org.storycompare.engine.text;

/** Receives tokens from {@link Tokenizer#scan(String, TokenSink)} without building Token objects. */
@FunctionalInterface
public interface TokenSink {

    /**
     * @param start      offset of the token's first character
     * @param end        offset just past its last character
     * @param word       true when the token holds a letter or digit
     * @param normalised the normalised form, or null when it is the token's own characters (ASCII letters
     *                   only), lower-cased when {@code lowerCase} is true
     * @param lowerCase  for a null form: whether the characters are to be read lower-cased
     */
    void token(int start, int end, boolean word, String normalised, boolean lowerCase);
}
