package org.storycompare.engine.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Similarity and containment of every article against every other, from a {@link Comparison}.
 * Pairs that were not aligned (no candidate) count as 0; the diagonal is 1.
 *
 * @param ids         article ids, in the comparison's order
 * @param similarity  symmetric: (covered words of A + covered words of B) / (words of A + words of B)
 * @param containment directional: containment[i][j] = share of article i's words found in article j
 */
public record SimilarityMatrix(List<String> ids, double[][] similarity, double[][] containment) {

    public static SimilarityMatrix of(Comparison c) {
        List<String> ids = c.articles().stream().map(a -> a.id()).toList();
        int n = ids.size();
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < n; i++) {
            pos.put(ids.get(i), i);
        }
        double[][] sim = new double[n][n];
        double[][] con = new double[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            con[i][i] = 1;
        }
        for (PairAlignment p : c.pairs()) {
            Integer a = pos.get(p.aId());
            Integer b = pos.get(p.bId());
            if (a == null || b == null) {
                continue;
            }
            sim[a][b] = p.similarity();
            sim[b][a] = p.similarity();
            con[a][b] = p.containmentAInB();
            con[b][a] = p.containmentBInA();
        }
        return new SimilarityMatrix(ids, sim, con);
    }

    /** Similarity of article i and j. */
    public double similarity(int i, int j) {
        return similarity[i][j];
    }

    /** Share of article i's words found in article j. */
    public double containment(int i, int j) {
        return containment[i][j];
    }
}
