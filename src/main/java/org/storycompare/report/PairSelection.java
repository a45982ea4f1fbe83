package org.storycompare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Which pairs a report shows in full (texts side by side): all of them, or the N most similar.
 *
 * @param limit most pairs to show; {@link Integer#MAX_VALUE} for all
 */
public record PairSelection(int limit) {

    public static final PairSelection ALL = new PairSelection(Integer.MAX_VALUE);
    public static final PairSelection DEFAULT = new PairSelection(10);

    public PairSelection {
        if (limit < 0) {
            throw new IllegalArgumentException("the number of pairs must not be negative");
        }
    }

    /** Parses "all", "top:N" or "N". */
    public static PairSelection parse(String s) {
        String t = s == null ? "" : s.strip();
        if (t.equalsIgnoreCase("all")) {
            return ALL;
        }
        String n = t.regionMatches(true, 0, "top:", 0, 4) ? t.substring(4) : t;
        try {
            return new PairSelection(Integer.parseInt(n.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pairs must be 'all', 'top:N' or a number, not '" + s + "'");
        }
    }

    /** The chosen pairs, most similar first (ties broken by ids, so the order is stable). */
    public List<PairAlignment> choose(Comparison c) {
        List<PairAlignment> sorted = new ArrayList<>(c.pairs());
        sorted.sort(BY_SIMILARITY);
        return sorted.size() <= limit ? sorted : sorted.subList(0, limit);
    }

    /** Most similar first, then by ids. */
    public static final Comparator<PairAlignment> BY_SIMILARITY = Comparator
            .comparingDouble(PairAlignment::similarity).reversed()
            .thenComparing(PairAlignment::aId).thenComparing(PairAlignment::bId);

    @Override
    public String toString() {
        return limit == Integer.MAX_VALUE ? "all" : "top:" + limit;
    }
}
