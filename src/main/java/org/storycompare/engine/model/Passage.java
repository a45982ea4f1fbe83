package org.storycompare.engine.model;

import java.util.List;

/**
 * A passage of article A that is found in article B.
 *
 * @param score   0..1, how close the two sides are (1 for exact)
 * @param moved   true when the passage stands in a different order in A and B
 * @param changes word-level edits inside an edited passage (empty for exact)
 * @param swaps   substituted word pairs inside a paraphrase (may be empty)
 */
public record Passage(PassageKind kind, Span a, Span b, double score, boolean moved,
                      List<WordChange> changes, List<WordSwap> swaps) {

    public Passage {
        changes = List.copyOf(changes);
        swaps = List.copyOf(swaps);
    }

    public static Passage exact(Span a, Span b) {
        return new Passage(PassageKind.EXACT, a, b, 1.0, false, List.of(), List.of());
    }

    public Passage withMoved(boolean m) {
        return new Passage(kind, a, b, score, m, changes, swaps);
    }

    /** The same passage seen from B's side. */
    public Passage mirrored() {
        List<WordChange> mc = changes.stream().map(c -> new WordChange(c.b(), c.a())).toList();
        List<WordSwap> ms = swaps.stream().map(s -> new WordSwap(s.b(), s.a(), s.to(), s.from(), s.reason())).toList();
        return new Passage(kind, b, a, score, moved, mc, ms);
    }
}
