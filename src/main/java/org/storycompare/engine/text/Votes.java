package org.storycompare.engine.text;

import java.util.Map;

/** Majority votes over counted keys, shared by the analyses (a fact's value, a quote's wording and speaker). */
public final class Votes {

    private Votes() {
    }

    /** The key with the most votes; ties go to the first one in the map's order; null for no votes. */
    public static <K> K top(Map<K, Integer> votes) {
        K best = null;
        int n = 0;
        for (Map.Entry<K, Integer> e : votes.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
