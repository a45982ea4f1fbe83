package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Span;
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

    private final TokenizedText a;
    private final TokenizedText b;
    private final int bridgeGap;
    /** Per token: index of the first word token of its sentence (or the token itself when none). */
    private final int[] firstA;
    private final int[] firstB;
    /** Per token: index just after the last word token of its sentence (or just after the token itself). */
    private final int[] endA;
    private final int[] endB;

    SentenceSnapper(TokenizedText a, TokenizedText b, int bridgeGap) {
        this.a = a;
        this.b = b;
        this.bridgeGap = bridgeGap;
        this.firstA = new int[a.size()];
        this.endA = new int[a.size()];
        this.firstB = new int[b.size()];
        this.endB = new int[b.size()];
        bounds(a, firstA, endA);
        bounds(b, firstB, endB);
    }

    /** Fills, for every token, the word bounds of the sentence it starts in. */
    private static void bounds(TokenizedText t, int[] first, int[] end) {
        List<Span> sentences = new SentenceSplitter().split(t.text());
        int n = t.size();
        int i = 0;
        int s = 0;
        while (i < n) {
            while (s < sentences.size() && sentences.get(s).end() <= t.start(i)) {
                s++;
            }
            int limit = s < sentences.size() ? sentences.get(s).end() : Integer.MAX_VALUE;
            int j = i;
            while (j < n && t.start(j) < limit) {
                j++;
            }
            // tokens [i, j) start inside one sentence (j > i: token i starts before limit)
            int firstWord = -1;
            int lastWord = -1;
            for (int x = i; x < j; x++) {
                if (t.isWord(x)) {
                    lastWord = x;
                    if (firstWord < 0) {
                        firstWord = x;
                    }
                }
            }
            for (int x = i; x < j; x++) {
                first[x] = firstWord < 0 ? x : firstWord;
                end[x] = lastWord < 0 ? x + 1 : lastWord + 1;
            }
            i = j;
        }
    }

    /**
     * Snaps one block {a0, a1, b0, b1, matched} to its sentences' edges where the rule allows, adding the
     * gaps' changes as {a0, a1, b0, b1} token ranges and marking the gaps used.
     */
    void snap(int[] block, List<int[]> changes, boolean[] usedA, boolean[] usedB) {
        int ga = Math.min(block[0], firstA[block[0]]);
        int gb = Math.min(block[2], firstB[block[2]]);
        if (snappable(ga, block[0], gb, block[2], usedA, usedB)) {
            block[4] += addGap(ga, block[0], gb, block[2], changes, usedA, usedB);
            block[0] = ga;
            block[2] = gb;
        }
        int ea = Math.max(block[1], endA[block[1] - 1]);
        int eb = Math.max(block[3], endB[block[3] - 1]);
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
