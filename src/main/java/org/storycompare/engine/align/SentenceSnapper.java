package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.text.SentenceSplitter;

/**
 * Snaps passage edges to sentence edges. A passage that starts a few words into a sentence on both sides
 * ("The council said [it would review ...]" / "The councl stated [it would examine ...]") is extended to the
 * sentence's first word on both sides when each side's gap holds at most {@code bridgeGap} words, at least
 * one side holds a word, and no token of either gap belongs to another passage. The gap is diffed word by
 * word and its changes recorded like any other edit (replacement, insertion or deletion), so an exact
 * passage becomes edited. The same holds at the passage's end, up to the sentence's last word (its closing
 * punctuation is left out). Sentences are those of {@link SentenceSplitter}.
 */
final class SentenceSnapper {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final TokenizedText a;
    private final TokenizedText b;
    private final int bridgeGap;

    SentenceSnapper(TokenizedText a, TokenizedText b, int bridgeGap) {
        this.a = a;
        this.b = b;
        this.bridgeGap = bridgeGap;
    }

    /**
     * Index of the first word token of the sentence token x starts in (x itself when the sentence has no word).
     * Sentences are found around x only, so a passage edge costs about one sentence's length; the sentence's
     * end is looked for only when no word lies between its start and x.
     */
    private static int first(TokenizedText t, int x) {
        int from = SPLITTER.sentenceStart(t.text(), t.start(x));
        int i = x;
        while (i > 0 && t.start(i - 1) >= from) {
            i--;
        }
        for (int y = i; y <= x; y++) {
            if (t.isWord(y)) {
                return y;
            }
        }
        int to = SPLITTER.sentenceEnd(t.text(), t.start(x));
        for (int y = x + 1; y < t.size() && t.start(y) < to; y++) {
            if (t.isWord(y)) {
                return y;
            }
        }
        return x;
    }

    /** Index just after the last word token of the sentence token x starts in (x + 1 when it has no word). */
    private static int end(TokenizedText t, int x) {
        int to = SPLITTER.sentenceEnd(t.text(), t.start(x));
        int j = x;
        while (j + 1 < t.size() && t.start(j + 1) < to) {
            j++;
        }
        for (int y = j; y >= x; y--) {
            if (t.isWord(y)) {
                return y + 1;
            }
        }
        int from = SPLITTER.sentenceStart(t.text(), t.start(x));
        for (int y = x - 1; y >= 0 && t.start(y) >= from; y--) {
            if (t.isWord(y)) {
                return y + 1;
            }
        }
        return x + 1;
    }

    /**
     * Snaps one block {a0, a1, b0, b1, matched} to its sentences' edges where the rule allows, adding the
     * gaps' changes as {a0, a1, b0, b1} token ranges and marking the gaps used.
     */
    void snap(int[] block, List<int[]> changes, boolean[] usedA, boolean[] usedB) {
        int ga = Math.min(block[0], first(a, block[0]));
        int gb = Math.min(block[2], first(b, block[2]));
        if (snappable(ga, block[0], gb, block[2], usedA, usedB)) {
            block[4] += addGap(ga, block[0], gb, block[2], changes, usedA, usedB);
            block[0] = ga;
            block[2] = gb;
        }
        int ea = Math.max(block[1], end(a, block[1] - 1));
        int eb = Math.max(block[3], end(b, block[3] - 1));
        if (snappable(block[1], ea, block[3], eb, usedA, usedB)) {
            block[4] += addGap(block[1], ea, block[3], eb, changes, usedA, usedB);
            block[1] = ea;
            block[3] = eb;
        }
    }

    /** Both gaps small, at least one holding a word, neither touching another passage. */
    private boolean snappable(int a0, int a1, int b0, int b1, boolean[] usedA, boolean[] usedB) {
        int wa = words(a, a0, a1);
        int wb = words(b, b0, b1);
        return wa <= bridgeGap && wb <= bridgeGap && wa + wb > 0
                && a1 - a0 <= 4 * bridgeGap + 4 && b1 - b0 <= 4 * bridgeGap + 4   // bounds punctuation too
                && !Bridger.anyUsed(usedA, a0, a1) && !Bridger.anyUsed(usedB, b0, b1);
    }

    /** Diffs the two gaps into changes, marks them used and returns the number of equal tokens. */
    private int addGap(int a0, int a1, int b0, int b1, List<int[]> changes, boolean[] usedA, boolean[] usedB) {
        List<int[]> gap = new ArrayList<>();
        int matched = Bridger.diffGap(a.ids(), a0, a1, b.ids(), b0, b1, gap);
        changes.addAll(gap);
        Bridger.fill(usedA, a0, a1);
        Bridger.fill(usedB, b0, b1);
        return matched;
    }

    private static int words(TokenizedText t, int from, int to) {
        int n = 0;
        for (int x = from; x < to; x++) {
            if (t.isWord(x)) {
                n++;
            }
        }
        return n;
    }
}
