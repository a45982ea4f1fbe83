package org.storycompare.engine.model;

/** How a passage shared by two articles was matched. */
public enum PassageKind {
    /** The same words after normalisation. */
    EXACT,
    /** Shared text bridged across small edits; the word-level changes are listed. */
    EDITED,
    /** The same sentence(s) in other words: synonym swaps, reordered clauses, garbled words. */
    PARAPHRASE,
    /** The same meaning in other words, found by a sentence-embedding model (whole sentences; score = cosine). */
    MEANING,
    /**
     * One line (a bullet, a sentence) that condenses several sentences of the other side: one passage per
     * sentence covered, all with the same span on the condensing side and the summary's score.
     */
    SUMMARY;

    /** Lower-case name as used in reports and CSS ("exact", "edited", "paraphrase"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
