package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/** Which words of one side the passages cover, and the uncovered (divergent) ranges. */
final class Coverage {

    private Coverage() {
    }

    /** Marks the characters covered by the passages' spans on side A (sideA) or B. */
    static boolean[] coveredChars(TokenizedText t, List<Passage> passages, boolean sideA) {
        boolean[] c = new boolean[t.text().length()];
        for (Passage p : passages) {
            Span s = sideA ? p.a() : p.b();
            for (int x = s.start(); x < Math.min(s.end(), c.length); x++) {
                c[x] = true;
            }
        }
        return c;
    }

    private static boolean anyCovered(boolean[] c, int from, int to) {
        for (int x = from; x < to; x++) {
            if (c[x]) {
                return true;
            }
        }
        return false;
    }

    /** Words (tokens with a letter or digit) that touch a passage span. */
    static int coveredWords(TokenizedText t, List<Passage> passages, boolean sideA) {
        boolean[] c = coveredChars(t, passages, sideA);
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && anyCovered(c, t.token(i).start(), t.token(i).end())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Maximal runs of uncovered words, each from its first word's start to its last word's end; a run
     * ends where a passage intervenes. White space and punctuation alone never form a range.
     */
    static List<Span> divergent(TokenizedText t, List<Passage> passages, boolean sideA) {
        boolean[] c = coveredChars(t, passages, sideA);
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int s = t.token(i).start();
            int e = t.token(i).end();
            if (anyCovered(c, s, e)) {
                continue;
            }
            if (runStart >= 0 && anyCovered(c, runEnd, s)) {
                out.add(new Span(runStart, runEnd));
                runStart = -1;
            }
            if (runStart < 0) {
                runStart = s;
            }
            runEnd = e;
        }
        if (runStart >= 0) {
            out.add(new Span(runStart, runEnd));
        }
        return out;
    }
}
