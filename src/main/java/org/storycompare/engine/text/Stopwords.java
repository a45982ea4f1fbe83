package org.storycompare.engine.text;

import java.util.Set;

/** A short list of English function words, for picking out content words. */
public final class Stopwords {

    private static final Set<String> WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most",
            "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "ourselves", "out", "over", "own", "said", "same", "says", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "your", "yours", "yourself", "yourselves");

    private Stopwords() {
    }

    /** The number of listed function words. */
    public static int size() {
        return WORDS.size();
    }

    /** Passes every listed function word to {@code each}. */
    public static void forEach(java.util.function.Consumer<String> each) {
        WORDS.forEach(each);
    }

    /** True for a function word; expects a lower-case word. */
    public static boolean isStopword(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
