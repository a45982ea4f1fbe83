package org.storycompare.engine.provenance;

import java.util.Map;
import java.util.TreeMap;

/**
 * Values for some ordered pairs (x, y) of n articles, stored only for the pairs that have one: a corpus aligns
 * a few dozen partners per article, so n x n arrays would be almost empty (and 400 MB each at 10,000 articles).
 * A row's partners come in ascending order.
 */
final class PairGrid<T> {

    private final Map<Integer, T>[] rows;

    @SuppressWarnings("unchecked")
    PairGrid(int n) {
        rows = new Map[n];
    }

    T get(int x, int y) {
        Map<Integer, T> row = rows[x];
        return row == null ? null : row.get(y);
    }

    T getOrDefault(int x, int y, T absent) {
        T v = get(x, y);
        return v == null ? absent : v;
    }

    void put(int x, int y, T value) {
        if (rows[x] == null) {
            rows[x] = new TreeMap<>();
        }
        rows[x].put(y, value);
    }

    /** The partners y with a value at (x, y), ascending. */
    Iterable<Integer> partners(int x) {
        return rows[x] == null ? java.util.List.of() : rows[x].keySet();
    }
}
