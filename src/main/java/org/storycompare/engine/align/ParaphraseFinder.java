package org.storycompare.engine.align;

import java.util.List;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * Finds paraphrased passages inside the regions that exact and edited matching left uncovered.
 * The paraphrase matcher (package {@code engine.paraphrase}) fits this shape: pass
 * {@code matcher::match}. Implementations must be thread-safe; the aligner sets the moved flag itself and
 * drops any returned passage that falls outside the given regions or overlaps another.
 */
@FunctionalInterface
public interface ParaphraseFinder {

    /** Finds nothing. */
    ParaphraseFinder NONE = (textA, regionsA, textB, regionsB, options, cancel) -> List.of();

    /**
     * @param regionsA uncovered ranges of textA, sorted
     * @param regionsB uncovered ranges of textB, sorted
     * @return PARAPHRASE passages with spans inside the regions
     */
    List<Passage> match(String textA, List<Span> regionsA, String textB, List<Span> regionsB,
                        CompareOptions options, Cancellation cancel);

    /**
     * A finder for the pairs of one comparison, which may keep per-article and per-sentence work (tokens,
     * sentences, scored sentence pairs) from one pair to the next; dropped when the comparison ends. Texts
     * are told apart by content. Default: this finder.
     */
    default ParaphraseFinder forComparison() {
        return this;
    }

    /**
     * As {@link #forComparison()} for a comparison of these texts, in this order: a finder may hand back the
     * per-comparison work of the last comparison of exactly the same texts (made, say, with other options), which
     * gives the same passages. Default: {@link #forComparison()}.
     */
    default ParaphraseFinder forComparison(List<String> texts) {
        return forComparison();
    }

    /** True when this finder's corpus-wide blocking is already finished (a finder handed back whole). */
    default boolean blocked() {
        return false;
    }

    /**
     * Does a text's per-article work ahead of its pairs (a finder from {@link #forComparison()} may keep it);
     * called from any thread. Default: nothing.
     */
    default void prepare(String text) {
        // nothing to keep
    }

    /**
     * Corpus-wide blocking of the prepared texts' sentence pairs (after every {@link #prepare}, before the first
     * {@link #match}): the caller runs {@link Blocking#rank} for every unit, on any threads, then
     * {@link Blocking#finish}. Null (the default) when the finder blocks nothing.
     */
    default Blocking blocking() {
        return null;
    }

    /** The work of {@link #blocking()}, split into units that may run in parallel. */
    interface Blocking {
        /** The number of units. */
        int size();

        /** Does unit i (each once). */
        void rank(int i);

        /** Ends the blocking after all units; returns a line for the progress listener. */
        String finish();
    }

    /**
     * An edited passage with word swaps listed (synonyms, word forms, garbled spellings); a finder may turn
     * it into a PARAPHRASE when the swaps show spun text. Spans must stay as they are. Default: unchanged.
     */
    default Passage annotateEdit(Passage edited, String textA, String textB) {
        return edited;
    }
}
