package org.storycompare.engine.quotes;

import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * A run of words that differs between the majority wording of a quote and one article's version.
 * A replacement has both words; an insertion (words only this version has) an empty {@code from}; a deletion
 * (words this version lacks) an empty {@code to}.
 *
 * @param from the majority's words, as written in the majority version ("" for an insertion)
 * @param to   this version's words, as written ("" for a deletion)
 * @param at   where {@code to} stands in this version's article; for a deletion an empty span at the point
 *             where the words are missing
 */
public record QuoteChange(String from, String to, Span at) {

    public QuoteChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
    }

    public boolean isInsertion() {
        return from.isEmpty() && !to.isEmpty();
    }

    public boolean isDeletion() {
        return to.isEmpty() && !from.isEmpty();
    }

    /** The change as the answer key writes it: {@code old->new}, {@code +word} or {@code -word}. */
    public String describe() {
        return isInsertion() ? "+" + to : isDeletion() ? "-" + from : from + "->" + to;
    }
}
