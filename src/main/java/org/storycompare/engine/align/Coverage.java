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
            java.util.Arrays.fill(c, Math.min(s.start(), c.length), Math.min(s.end(), c.length), true);
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
    static int coveredWords(TokenizedText t, boolean[] c) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && anyCovered(c, t.start(i), t.end(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Maximal runs of uncovered words, each from its first word's start to its last word's end; a run
     * ends where a passage intervenes. White space and punctuation alone never form a range.
     */
    static List<Span> divergent(TokenizedText t, boolean[] c) {
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int s = t.start(i);
            int e = t.end(i);
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
