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
    /** Per word, the index of the quotation holding it, or -1 (furniture and plain text). */
    final int[] quotation;
    private final java.util.Map<Integer, Integer> quotationWords = new java.util.HashMap<>();
    final int[] sharedBy;
    final int unquoted;

    ArticleWords(String text, List<Span> quotations, List<Span> furniture, List<CoverageSegment> coverage) {
        java.util.stream.IntStream.Builder found = java.util.stream.IntStream.builder();
        Words.each(text, (start, end) -> found.add(start));
        starts = found.build().toArray();
        int n = starts.length;
        quoted = new boolean[n];
        quotation = new int[n];
        java.util.Arrays.fill(quotation, -1);
        sharedBy = new int[n];
        for (int k = 0; k < quotations.size(); k++) {
            Span q = quotations.get(k);
            for (int i = first(q.start()); i < n && starts[i] < q.end(); i++) {
                quoted[i] = true;
                quotation[i] = k;
            }
        }
        for (Span f : furniture) {
            for (int i = first(f.start()); i < n && starts[i] < f.end(); i++) {
                quoted[i] = true;
                quotation[i] = -1;
            }
        }
        for (CoverageSegment seg : coverage) {
            for (int i = first(seg.span().start()); i < n && starts[i] < seg.span().end(); i++) {
                sharedBy[i] = Math.max(sharedBy[i], seg.sources());
            }
        }
        for (int q : quotation) {
            if (q >= 0) {
                quotationWords.merge(q, 1, Integer::sum);
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

    /**
     * Marks the quoted words that count as reused after all: those of quotations lying whole inside one passage
     * that holds at least two quotations. Quoting one person is not copying; taking over a run of quoted
     * paragraphs with their attributions is.
     */
    boolean[] reusedQuotations(List<Span> passages) {
        boolean[] out = new boolean[starts.length];
        for (Span p : passages) {
            int from = first(p.start());
            int to = first(p.end());
            java.util.Map<Integer, Integer> inside = new java.util.HashMap<>(); // quotation -> its words inside
            for (int i = from; i < to; i++) {
                if (quotation[i] >= 0) {
                    inside.merge(quotation[i], 1, Integer::sum);
                }
            }
            List<Integer> whole = inside.entrySet().stream()
                    .filter(e -> e.getValue().equals(quotationWords.get(e.getKey()))).map(java.util.Map.Entry::getKey).toList();
            if (whole.size() >= 2) {
                for (int i = from; i < to; i++) {
                    out[i] |= quotation[i] >= 0 && whole.contains(quotation[i]);
                }
            }
        }
        return out;
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
