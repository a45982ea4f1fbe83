package org.storycompare.engine.align;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.align.GreedyTiler.Tile;
import org.storycompare.engine.align.GreedyTiler.Tiling;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;

/**
 * Joins tiles that follow each other on both sides, separated by small edits, into EDITED passages.
 * Two tiles neighbouring in A are bridged when the next one also comes next in B, neither gap holds a
 * token used by another tile, each gap is at most {@code 2 * bridgeGap + k - 1} tokens, and the word-level
 * diff of the two gaps has no change run longer than {@code bridgeGap} tokens on either side. A lone tile
 * (or tiles touching on both sides) is an EXACT passage. A block also grows outwards across a small edit
 * when an equal run of at least two tokens, longer than the edit, stands beyond it on both sides. Last,
 * passage edges snap to sentence edges across a few uncovered words ({@link SentenceSnapper}).
 */
final class Bridger {

    private Bridger() {
    }

    static List<Passage> passages(TokenizedText a, TokenizedText b, Tiling tiling, int k, int bridgeGap) {
        List<Tile> tiles = tiling.tiles();
        boolean[] usedA = tiling.usedA();
        boolean[] usedB = tiling.usedB();
        List<int[]> blocks = new ArrayList<>();          // {a0, a1, b0, b1, matched}
        List<List<int[]>> blockChanges = new ArrayList<>();
        int maxGap = bridgeGap == 0 ? 0 : 2 * bridgeGap + k - 1;
        int minEdge = Math.min(2, k);
        int i = 0;
        while (i < tiles.size()) {
            Tile first = tiles.get(i);
            Tile last = first;
            List<int[]> changes = new ArrayList<>();   // token ranges {a0, a1, b0, b1}
            int matched = first.len();
            int j = i + 1;
            while (j < tiles.size()) {
                Tile next = tiles.get(j);
                int ga = next.a() - last.aEnd();
                int gb = next.b() - last.bEnd();
                if (ga < 0 || gb < 0 || ga > maxGap || gb > maxGap || anyUsed(usedB, last.bEnd(), next.b())) {
                    break;
                }
                List<int[]> gapChanges = new ArrayList<>();
                int gapMatched = diffGap(a.ids(), last.aEnd(), next.a(), b.ids(), last.bEnd(), next.b(), gapChanges);
                boolean small = true;
                for (int[] c : gapChanges) {
                    small &= c[1] - c[0] <= bridgeGap && c[3] - c[2] <= bridgeGap;
                }
                if (!small) {
                    break;
                }
                changes.addAll(gapChanges);
                matched += gapMatched + next.len();
                last = next;
                j++;
            }
            int[] block = {first.a(), last.aEnd(), first.b(), last.bEnd(), matched};
            if (bridgeGap > 0) {
                fill(usedA, first.a(), last.aEnd());
                fill(usedB, first.b(), last.bEnd());
                extendLeft(a.ids(), b.ids(), usedA, usedB, block, changes, bridgeGap, minEdge);
                extendRight(a.ids(), b.ids(), usedA, usedB, block, changes, bridgeGap, minEdge);
            }
            blocks.add(block);
            blockChanges.add(changes);
            i = j;
        }
        if (bridgeGap > 0 && !blocks.isEmpty()) {
            SentenceSnapper snapper = new SentenceSnapper(a, b, bridgeGap);
            for (int x = 0; x < blocks.size(); x++) {
                snapper.snap(blocks.get(x), blockChanges.get(x), usedA, usedB);
            }
        }
        List<Passage> out = new ArrayList<>(blocks.size());
        for (int x = 0; x < blocks.size(); x++) {
            out.add(toPassage(a, b, blocks.get(x), blockChanges.get(x)));
        }
        return out;
    }

    private static Passage toPassage(TokenizedText a, TokenizedText b, int[] block, List<int[]> changes) {
        Span sa = span(a, block[0], block[1]);
        Span sb = span(b, block[2], block[3]);
        if (changes.isEmpty()) {
            return Passage.exact(sa, sb);
        }
        changes.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[2], y[2]));
        int lenA = block[1] - block[0];
        int lenB = block[3] - block[2];
        double score = 2.0 * block[4] / (lenA + lenB);
        List<WordChange> wc = new ArrayList<>(changes.size());
        for (int[] c : changes) {
            wc.add(new WordChange(changeSpan(a, c[0], c[1], block[0]), changeSpan(b, c[2], c[3], block[2])));
        }
        return new Passage(PassageKind.EDITED, sa, sb, score, false, wc, List.of());
    }

    /**
     * Grows a block leftwards across one small edit at a time when at least minEdge equal, unused tokens
     * stand before the edit ("Ada Fenwick [angrily] called the decision ..."). block = {a0, a1, b0, b1, matched}.
     */
    private static void extendLeft(long[] ia, long[] ib, boolean[] usedA, boolean[] usedB, int[] block,
                                   List<int[]> changes, int bridgeGap, int minEdge) {
        for (int round = 0; round < 4; round++) {
            int bestR = 0;
            int bestDa = 0;
            int bestDb = 0;
            for (int da = 0; da <= bridgeGap; da++) {
                for (int db = 0; db <= bridgeGap; db++) {
                    if (da + db == 0) {
                        continue;
                    }
                    int ea = block[0] - da;
                    int eb = block[2] - db;
                    if (ea < 0 || eb < 0 || anyUsed(usedA, ea, block[0]) || anyUsed(usedB, eb, block[2])) {
                        continue;
                    }
                    int r = 0;
                    while (ea - r - 1 >= 0 && eb - r - 1 >= 0 && !usedA[ea - r - 1] && !usedB[eb - r - 1]
                            && ia[ea - r - 1] == ib[eb - r - 1]) {
                        r++;
                    }
                    if (r < minEdge || r <= Math.max(da, db)) {
                        continue;
                    }
                    if (r > bestR || (r == bestR && da + db < bestDa + bestDb)) {
                        bestR = r;
                        bestDa = da;
                        bestDb = db;
                    }
                }
            }
            if (bestR == 0) {
                return;
            }
            int ea = block[0] - bestDa;
            int eb = block[2] - bestDb;
            changes.add(new int[] {ea, block[0], eb, block[2]});
            block[0] = ea - bestR;
            block[2] = eb - bestR;
            block[4] += bestR;
            fill(usedA, block[0], ea + bestDa);
            fill(usedB, block[2], eb + bestDb);
        }
    }

    /** The mirror image of {@link #extendLeft}: across small edits after the block's end. */
    private static void extendRight(long[] ia, long[] ib, boolean[] usedA, boolean[] usedB, int[] block,
                                    List<int[]> changes, int bridgeGap, int minEdge) {
        for (int round = 0; round < 4; round++) {
            int bestR = 0;
            int bestDa = 0;
            int bestDb = 0;
            for (int da = 0; da <= bridgeGap; da++) {
                for (int db = 0; db <= bridgeGap; db++) {
                    if (da + db == 0) {
                        continue;
                    }
                    int ea = block[1] + da;
                    int eb = block[3] + db;
                    if (ea > ia.length || eb > ib.length || anyUsed(usedA, block[1], ea)
                            || anyUsed(usedB, block[3], eb)) {
                        continue;
                    }
                    int r = 0;
                    while (ea + r < ia.length && eb + r < ib.length && !usedA[ea + r] && !usedB[eb + r]
                            && ia[ea + r] == ib[eb + r]) {
                        r++;
                    }
                    if (r < minEdge || r <= Math.max(da, db)) {
                        continue;
                    }
                    if (r > bestR || (r == bestR && da + db < bestDa + bestDb)) {
                        bestR = r;
                        bestDa = da;
                        bestDb = db;
                    }
                }
            }
            if (bestR == 0) {
                return;
            }
            int ea = block[1] + bestDa;
            int eb = block[3] + bestDb;
            changes.add(new int[] {block[1], ea, block[3], eb});
            fill(usedA, block[1], ea + bestR);
            fill(usedB, block[3], eb + bestR);
            block[1] = ea + bestR;
            block[3] = eb + bestR;
            block[4] += bestR;
        }
    }

    static void fill(boolean[] used, int from, int to) {
        for (int x = from; x < to; x++) {
            used[x] = true;
        }
    }

    static boolean anyUsed(boolean[] used, int from, int to) {
        for (int x = from; x < to; x++) {
            if (used[x]) {
                return true;
            }
        }
        return false;
    }

    /** Span from token [from, to): first token's start to last token's end. */
    static Span span(TokenizedText t, int from, int to) {
        return new Span(t.start(from), t.end(to - 1));
    }

    /**
     * Span of changed tokens [from, to); when none, the empty span just after token from-1, or at the start of
     * token from when the change opens the passage (blockStart).
     */
    private static Span changeSpan(TokenizedText t, int from, int to, int blockStart) {
        if (from < to) {
            return span(t, from, to);
        }
        int at = from == blockStart ? t.start(from) : t.end(from - 1);
        return new Span(at, at);
    }

    /**
     * Longest-common-subsequence diff of two short gaps; adds the change runs as {a0, a1, b0, b1} token
     * ranges and returns the number of tokens the gaps have in common.
     */
    static int diffGap(long[] ia, int a0, int a1, long[] ib, int b0, int b1, List<int[]> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        int[][] l = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                l[x][y] = ia[a0 + x] == ib[b0 + y] ? l[x + 1][y + 1] + 1 : Math.max(l[x + 1][y], l[x][y + 1]);
            }
        }
        int x = 0;
        int y = 0;
        int runA = -1;
        int runB = -1;
        while (x < n || y < m) {
            if (x < n && y < m && ia[a0 + x] == ib[b0 + y] && l[x][y] == l[x + 1][y + 1] + 1) {
                if (runA >= 0) {
                    out.add(new int[] {a0 + runA, a0 + x, b0 + runB, b0 + y});
                    runA = -1;
                }
                x++;
                y++;
                continue;
            }
            if (runA < 0) {
                runA = x;
                runB = y;
            }
            if (y >= m || (x < n && l[x + 1][y] >= l[x][y + 1])) {
                x++;
            } else {
                y++;
            }
        }
        if (runA >= 0) {
            out.add(new int[] {a0 + runA, a0 + x, b0 + runB, b0 + y});
        }
        return l[0][0];
    }
}
