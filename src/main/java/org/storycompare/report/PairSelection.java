package org.storycompare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Which pairs a report shows in full (texts side by side): all of them, or the N most similar, optionally
 * led by one chosen pair (the pair on screen), oriented as chosen; and the least similarity of a pair that a
 * report lists at all (the JSON report's pairs, the pairs shown in full).
 *
 * @param limit         most pairs to show; {@link Integer#MAX_VALUE} for all
 * @param firstA        with {@code firstB}, the pair to show first (A side first), or null
 * @param firstB        the B side of the pair to show first, or null
 * @param minSimilarity pairs less similar than this (0..1) are left out; 0 keeps every pair
 * @param perSource     the JSON report lists a pair only when it is among the {@code perSource} most similar pairs
 *                      of one of its two sources; {@link #AUTO_PER_SOURCE} (0) for every pair up to
 *                      {@value #AUTO_ALL_UP_TO} sources and the {@value #AUTO_PER_SOURCE_CAP} most similar of each
 *                      source beyond; {@link Integer#MAX_VALUE} for every pair
 */
public record PairSelection(int limit, String firstA, String firstB, double minSimilarity, int perSource) {

    /** {@code perSource}: decided by the number of sources. */
    public static final int AUTO_PER_SOURCE = 0;
    /** Sources up to which an automatic {@code perSource} keeps every pair. */
    public static final int AUTO_ALL_UP_TO = 1_000;
    /** Pairs of each source an automatic {@code perSource} keeps past {@value #AUTO_ALL_UP_TO} sources. */
    public static final int AUTO_PER_SOURCE_CAP = 10;

    public static final PairSelection ALL = new PairSelection(Integer.MAX_VALUE);
    public static final PairSelection DEFAULT = new PairSelection(10);

    public PairSelection {
        if (limit < 0) {
            throw new IllegalArgumentException("the number of pairs must not be negative");
        }
        if ((firstA == null) != (firstB == null)) {
            throw new IllegalArgumentException("a first pair needs both sides");
        }
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("the least similarity must be between 0 and 1, not " + minSimilarity);
        }
        if (perSource < 0) {
            throw new IllegalArgumentException("the pairs per source must not be negative");
        }
    }

    public PairSelection(int limit, String firstA, String firstB, double minSimilarity) {
        this(limit, firstA, firstB, minSimilarity, AUTO_PER_SOURCE);
    }

    public PairSelection(int limit) {
        this(limit, null, null);
    }

    public PairSelection(int limit, String firstA, String firstB) {
        this(limit, firstA, firstB, 0);
    }

    /** This selection, led by the pair a-b (a on the left), which counts towards the limit. */
    public PairSelection startingWith(String a, String b) {
        return new PairSelection(Math.max(limit, 1), a, b, minSimilarity, perSource);
    }

    /** This selection, leaving out pairs less similar than {@code min} (0..1). */
    public PairSelection withMinSimilarity(double min) {
        return new PairSelection(limit, firstA, firstB, min, perSource);
    }

    /** This selection, listing in the JSON report only each source's {@code n} most similar pairs (see above). */
    public PairSelection withPerSource(int n) {
        return new PairSelection(limit, firstA, firstB, minSimilarity, n);
    }

    /** The pairs of each source the JSON report lists for a comparison of {@code sources} sources. */
    public int perSourceFor(int sources) {
        if (perSource != AUTO_PER_SOURCE) {
            return perSource;
        }
        return sources <= AUTO_ALL_UP_TO ? Integer.MAX_VALUE : AUTO_PER_SOURCE_CAP;
    }

    /**
     * The pairs the JSON report lists, in the comparison's order: similar enough, and among the
     * {@link #perSourceFor most similar} of one of their sources.
     */
    public List<PairAlignment> listed(Comparison c) {
        int n = perSourceFor(c.articles().size());
        List<PairAlignment> kept = new ArrayList<>(c.pairs());
        kept.removeIf(p -> !keeps(p));
        if (n == Integer.MAX_VALUE) {
            return kept;
        }
        Map<String, List<PairAlignment>> bySource = new HashMap<>();
        for (PairAlignment p : kept) {
            bySource.computeIfAbsent(p.aId(), k -> new ArrayList<>()).add(p);
            bySource.computeIfAbsent(p.bId(), k -> new ArrayList<>()).add(p);
        }
        Set<PairAlignment> best = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<PairAlignment> own : bySource.values()) {
            own.sort(BY_SIMILARITY);
            best.addAll(own.subList(0, Math.min(n, own.size())));
        }
        kept.removeIf(p -> !best.contains(p));
        return kept;
    }

    /** Whether a pair is similar enough to be listed. */
    public boolean keeps(PairAlignment p) {
        return p.similarity() >= minSimilarity;
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

    /**
     * The chosen pairs, most similar first (ties broken by ids, so the order is stable); the first pair, when
     * given, is shown whatever its similarity.
     */
    public List<PairAlignment> choose(Comparison c) {
        List<PairAlignment> sorted = new ArrayList<>(c.pairs());
        sorted.removeIf(p -> !keeps(p));
        sorted.sort(BY_SIMILARITY);
        if (firstA != null) {
            c.pair(firstA, firstB).ifPresent(first -> {
                sorted.removeIf(p -> (p.aId().equals(firstA) && p.bId().equals(firstB))
                        || (p.aId().equals(firstB) && p.bId().equals(firstA)));
                sorted.add(0, first);
            });
        }
        return sorted.size() <= limit ? sorted : sorted.subList(0, limit);
    }

    /** Most similar first, then by ids. */
    public static final Comparator<PairAlignment> BY_SIMILARITY = Comparator
            .comparingDouble(PairAlignment::similarity).reversed()
            .thenComparing(PairAlignment::aId).thenComparing(PairAlignment::bId);

    @Override
    public String toString() {
        String base = limit == Integer.MAX_VALUE ? "all" : "top:" + limit;
        if (minSimilarity > 0) {
            base += " (similarity >= " + minSimilarity + ")";
        }
        if (perSource != AUTO_PER_SOURCE) {
            base += " (per source " + (perSource == Integer.MAX_VALUE ? "all" : perSource) + ")";
        }
        return firstA == null ? base : base + " (first " + firstA + " / " + firstB + ")";
    }
}
