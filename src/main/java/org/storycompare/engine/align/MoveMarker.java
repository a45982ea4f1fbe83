package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.model.Passage;

/**
 * Flags passages whose order differs between A and B. With the passages in A order, the heaviest chain
 * that is also increasing in B (weight: characters on both sides) keeps its place; every passage off
 * that chain is moved. O(n log n) with a Fenwick tree of prefix maxima.
 */
final class MoveMarker {

    private MoveMarker() {
    }

    /** The passages (sorted by A) with their moved flag set. */
    static List<Passage> mark(List<Passage> byA) {
        int n = byA.size();
        if (n == 0) {
            return byA;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> byA.get(x).b().compareTo(byA.get(y).b()) != 0
                ? byA.get(x).b().compareTo(byA.get(y).b()) : Integer.compare(x, y));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r + 1;
        }
        long[] tree = new long[n + 1];
        int[] treeArg = new int[n + 1];
        Arrays.fill(treeArg, -1);
        long[] best = new long[n];
        int[] prev = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            long bestPrev = 0;
            int arg = -1;
            for (int r = rank[i] - 1; r > 0; r -= r & -r) {
                if (tree[r] > bestPrev) {
                    bestPrev = tree[r];
                    arg = treeArg[r];
                }
            }
            Passage p = byA.get(i);
            best[i] = bestPrev + p.a().length() + p.b().length() + 1;
            prev[i] = arg;
            for (int r = rank[i]; r <= n; r += r & -r) {
                if (best[i] > tree[r]) {
                    tree[r] = best[i];
                    treeArg[r] = i;
                }
            }
            if (top < 0 || best[i] > best[top]) {
                top = i;
            }
        }
        boolean[] kept = new boolean[n];
        for (int i = top; i >= 0; i = prev[i]) {
            kept[i] = true;
        }
        List<Passage> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Passage p = byA.get(i);
            out.add(p.moved() == !kept[i] ? p : p.withMoved(!kept[i]));
        }
        return out;
    }
}
