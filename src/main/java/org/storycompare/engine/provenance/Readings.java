package org.storycompare.engine.provenance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * Word-level evidence of direction: where two versions read differently inside a shared passage (a replaced
 * word, a synonym swap, a garbled word), the reading that other versions carry too is likely the original one,
 * and the reading found in this version alone was likely made by whoever copied.
 */
final class Readings {

    private final Map<String, Integer> documentFrequency = new HashMap<>();

    Readings(List<Article> articles) {
        for (Article a : articles) {
            Set<String> seen = new HashSet<>();
            String t = a.text();
            Words.each(t, (start, end) -> seen.add(t.substring(start, end).toLowerCase(Locale.ROOT)));
            seen.forEach(s -> documentFrequency.merge(s, 1, Integer::sum));
        }
    }

    /**
     * Positive when A's readings are the shared ones (A likely the source), negative when B's are: the number of
     * differing readings where only one side's wording is found in some other version.
     */
    int evidence(Article a, Article b, List<Passage> passages) {
        int score = 0;
        for (Passage p : passages) {
            for (WordChange c : p.changes()) {
                if (!c.isInsertion() && !c.isDeletion()) {
                    score += vote(c.a().of(a.text()), c.b().of(b.text()));
                }
            }
            for (WordSwap s : p.swaps()) {
                score += vote(s.a().of(a.text()), s.b().of(b.text()));
            }
        }
        return score;
    }

    private int vote(String readingA, String readingB) {
        boolean sharedA = carriedElsewhere(readingA);
        boolean sharedB = carriedElsewhere(readingB);
        return sharedA == sharedB ? 0 : sharedA ? 1 : -1;
    }

    /** True when every word of the reading occurs in at least two articles (this one and another). */
    private boolean carriedElsewhere(String reading) {
        int[] words = {0, 0}; // all, carried
        Words.each(reading, (start, end) -> {
            words[0]++;
            if (documentFrequency.getOrDefault(reading.substring(start, end).toLowerCase(Locale.ROOT), 0) >= 2) {
                words[1]++;
            }
        });
        return words[0] > 0 && words[0] == words[1];
    }
}
