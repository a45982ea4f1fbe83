package org.storycompare.engine.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * The sources of a large comparison grouped into versions of the same text: two sources are in one group
 * when one contains at least {@link #SAME_TEXT} of the other (containment, which weighs each word by its
 * passage's strength), and groups are closed under that link (single linkage: a wire story reprinted with
 * local edits by a thousand sites is one group). Groups are ordered largest first, then by their first
 * source's position. For the first {@code shown} groups it keeps the mean similarity between every two groups
 * (a pair that was not aligned counts as 0) and the most similar pair of sources, which opens when a cell is
 * clicked. One pass over the pairs: linear in their number. Immutable.
 */
public final class VersionClusters {

    /** The containment from which two sources count as versions of one text. */
    public static final double SAME_TEXT = 0.5;

    /** One group: its sources' ids in the comparison's order. */
    public record Cluster(List<String> ids) {
        public Cluster {
            ids = List.copyOf(ids);
        }

        public int size() {
            return ids.size();
        }
    }

    private final List<Cluster> clusters;
    private final int shown;
    private final double[][] mean;
    private final PairAlignment[][] closest;

    private VersionClusters(List<Cluster> clusters, int shown, double[][] mean, PairAlignment[][] closest) {
        this.clusters = List.copyOf(clusters);
        this.shown = shown;
        this.mean = mean;
        this.closest = closest;
    }

    /** Groups the comparison's sources, with figures between the first {@code shown} groups. */
    public static VersionClusters of(Comparison c, int shown) {
        List<Article> arts = c.articles();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < arts.size(); i++) {
            index.put(arts.get(i).id(), i);
        }
        int[] parent = new int[arts.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (PairAlignment p : c.pairs()) {
            if (Math.max(p.containmentAInB(), p.containmentBInA()) >= SAME_TEXT) {
                Integer a = index.get(p.aId());
                Integer b = index.get(p.bId());
                if (a != null && b != null) {
                    union(parent, a, b);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < arts.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byRoot.values());
        groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
        int[] groupOf = new int[arts.size()];
        List<Cluster> clusters = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> ids = new ArrayList<>();
            for (int i : groups.get(g)) {
                groupOf[i] = g;
                ids.add(arts.get(i).id());
            }
            clusters.add(new Cluster(ids));
        }
        int k = Math.min(Math.max(0, shown), clusters.size());
        double[][] sum = new double[k][k];
        PairAlignment[][] best = new PairAlignment[k][k];
        for (PairAlignment p : c.pairs()) {
            Integer a = index.get(p.aId());
            Integer b = index.get(p.bId());
            if (a == null || b == null || groupOf[a] >= k || groupOf[b] >= k) {
                continue;
            }
            int ga = groupOf[a];
            int gb = groupOf[b];
            sum[ga][gb] += p.similarity();
            if (ga != gb) {
                sum[gb][ga] += p.similarity();
            }
            int lo = Math.min(ga, gb);
            int hi = Math.max(ga, gb);
            if (best[lo][hi] == null || p.similarity() > best[lo][hi].similarity()) {
                best[lo][hi] = ga <= gb ? p : p.mirrored();
            }
        }
        double[][] mean = new double[k][k];
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                long n = x == y ? (long) clusters.get(x).size() * (clusters.get(x).size() - 1) / 2
                        : (long) clusters.get(x).size() * clusters.get(y).size();
                mean[x][y] = n == 0 ? 0 : sum[x][y] / n;
            }
        }
        return new VersionClusters(clusters, k, mean, best);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Every group, largest first. */
    public List<Cluster> clusters() {
        return clusters;
    }

    /** How many groups have figures ({@link #mean}, {@link #closest}): the first ones. */
    public int shown() {
        return shown;
    }

    /**
     * The mean similarity of the sources of group x with those of group y (within group x when x == y),
     * pairs that were not aligned counting as 0. Both below {@link #shown()}.
     */
    public double mean(int x, int y) {
        return mean[x][y];
    }

    /**
     * The most similar aligned pair between groups x and y (within x when x == y), its A side in group x; null
     * when none was aligned. Both below {@link #shown()}.
     */
    public PairAlignment closest(int x, int y) {
        PairAlignment p = closest[Math.min(x, y)][Math.max(x, y)];
        return p == null || x <= y ? p : p.mirrored();
    }
}
