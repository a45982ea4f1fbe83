package org.storycompare.engine.model;

import java.util.List;

/**
 * Everything two articles share and where they diverge.
 *
 * @param similarity     symmetric similarity 0..1
 * @param containmentAInB share of A's words found in B, 0..1
 * @param containmentBInA share of B's words found in A, 0..1
 * @param passages       shared passages, sorted by their start in A
 * @param divergentA     ranges of A covered by no passage (unique to A), sorted
 * @param divergentB     ranges of B covered by no passage (unique to B), sorted
 */
public record PairAlignment(String aId, String bId, double similarity, double containmentAInB,
                            double containmentBInA, List<Passage> passages,
                            List<Span> divergentA, List<Span> divergentB) {

    public PairAlignment {
        passages = List.copyOf(passages);
        divergentA = List.copyOf(divergentA);
        divergentB = List.copyOf(divergentB);
    }

    /** The same alignment seen from B's side: B becomes A. */
    public PairAlignment mirrored() {
        return new PairAlignment(bId, aId, similarity, containmentBInA, containmentAInB,
                passages.stream().map(Passage::mirrored)
                        .sorted((x, y) -> x.a().compareTo(y.a())).toList(),
                divergentB, divergentA);
    }
}
