package org.storycompare.engine.text;

/**
 * One word (or, when punctuation is not ignored, one punctuation mark) of a text.
 *
 * @param start      offset of the first character in the original text (UTF-16 index)
 * @param end        offset just past the last character
 * @param original   the characters exactly as they stand in the text
 * @param normalised the form used for comparison (never empty)
 */
public record Token(int start, int end, String original, String normalised) {

    /** True when the token holds at least one letter or digit (a word rather than a punctuation mark). */
    public boolean isWord() {
        for (int i = 0; i < original.length(); i++) {
            if (Character.isLetterOrDigit(original.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
