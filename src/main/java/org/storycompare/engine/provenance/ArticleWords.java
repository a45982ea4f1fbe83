package org.storycompare.engine.provenance;

import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.Span;

/**
 * One article's words (runs of letters and digits) with what the provenance analysis needs per word:
 * whether it stands inside a quotation, and how many other sources share it (from the heat map).
 */
final class ArticleWords {

    final int[] starts;
    final boolean[] quoted;
    final int[] sharedBy;
    final int unquoted;

    ArticleWords(String text, List<Span> quotations, List<CoverageSegment> coverage) {
        java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
        Words.each(text, (start, end) -> found.add(start));
        starts = found.build().toArray();
        int n = starts.length;
        quoted = new boolean[n];
        sharedBy = new int[n];
        for (Span q : quotations) {
            for (int i = first(q.start()); i < n && starts[i] < q.end(); i++) {
                quoted[i] = true;
            }
        }
        for (CoverageSegment seg : coverage) {
            for (int i = first(seg.span().start()); i < n && starts[i] < seg.span().end(); i++) {
                sharedBy[i] = Math.max(sharedBy[i], seg.sources());
            }
        }
        int u = 0;
        for (boolean q : quoted) {
            u += q ? 0 : 1;
        }
        unquoted = u;
    }

    int size() {
        return starts.length;
    }

    /** Index of the first word starting at or after {@code offset}. */
    int first(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Marks the words starting inside any of {@code spans}. */
    boolean[] covered(List<Span> spans) {
        boolean[] c = new boolean[starts.length];
        for (Span sp : spans) {
            for (int i = first(sp.start()); i < starts.length && starts[i] < sp.end(); i++) {
                c[i] = true;
            }
        }
        return c;
    }
}
