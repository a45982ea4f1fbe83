package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/** Which words of one side the passages cover, and the uncovered (divergent) ranges. */
final class Coverage {

    private Coverage() {
    }

    /** The passages' spans on side A (sideA) or B, sorted. */
    static List<Span> spans(List<Passage> passages, boolean sideA) {
        List<Span> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            out.add(sideA ? p.a() : p.b());
        }
        out.sort(null);
        return out;
    }

    /**
     * Sweeps the tokens against the sorted spans. Returns the number of covered words (tokens with a
     * letter or digit that overlap a span) and, when divergent is not null, adds the maximal runs of
     * uncovered words to it, each from its first word's start to its last word's end; a run ends where a
     * span intervenes. White space and punctuation alone never form a range.
     */
    static int sweep(TokenizedText t, List<Span> spans, List<Span> divergent) {
        int m = spans.size();
        int[] ss = new int[m];
        int[] se = new int[m];
        for (int q = 0; q < m; q++) {
            ss[q] = spans.get(q).start();
            se[q] = spans.get(q).end();
        }
        int covered = 0;
        int p = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int s = t.start(i);
            int e = t.end(i);
            while (p < m && se[p] <= s) {
                if (runStart >= 0 && ss[p] >= runEnd && divergent != null) {
                    divergent.add(new Span(runStart, runEnd));
                    runStart = -1;
                }
                p++;
            }
            int by = -1;
            for (int q = p; q < m && ss[q] < e; q++) {
                if (se[q] > s) {
                    by = q;
                    break;
                }
            }
            if (by >= 0) {
                covered++;
                if (runStart >= 0 && divergent != null) {
                    divergent.add(new Span(runStart, runEnd));
                }
                runStart = -1;
                // every later token ending by the span's end lies inside it, so is covered too: jump over them
                int next = t.firstEndingAfter(i + 1, se[by]);
                covered += t.wordsIn(i + 1, next);
                i = next - 1;
                continue;
            }
            if (runStart < 0) {
                runStart = s;
            }
            runEnd = e;
        }
        if (runStart >= 0 && divergent != null) {
            divergent.add(new Span(runStart, runEnd));
        }
        return covered;
    }

    /**
     * The words of one side weighted by the strength of the passage covering them: each word (a token with a
     * letter or digit) counts the highest score among the passages it touches (exact 1, edited its share of
     * unchanged words, paraphrase the finder's score), 0 when none.
     */
    static double weighted(TokenizedText t, List<Passage> passages, boolean sideA) {
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(java.util.Comparator.comparing((Passage p) -> sideA ? p.a() : p.b()));
        int m = sorted.size();
        int[] ss = new int[m];
        int[] se = new int[m];
        int[] maxEnd = new int[m]; // running maximum of ends, so the pointer never skips a long span
        for (int q = 0; q < m; q++) {
            Span s = sideA ? sorted.get(q).a() : sorted.get(q).b();
            ss[q] = s.start();
            se[q] = s.end();
            maxEnd[q] = Math.max(se[q], q == 0 ? 0 : maxEnd[q - 1]);
        }
        double sum = 0;
        int p = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int s = t.start(i);
            int e = t.end(i);
            while (p < m && maxEnd[p] <= s) {
                p++;
            }
            double best = 0;
            for (int q = p; q < m && ss[q] < e; q++) {
                if (se[q] > s) {
                    best = Math.max(best, sorted.get(q).score());
                }
            }
            sum += best;
        }
        return sum;
    }

    /** The divergent ranges of one side. */
    static List<Span> divergent(TokenizedText t, List<Passage> passages, boolean sideA) {
        List<Span> out = new ArrayList<>();
        sweep(t, spans(passages, sideA), out);
        return out;
    }
}
