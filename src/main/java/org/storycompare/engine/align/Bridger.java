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
            int[] best = bestEdge(ia, ib, usedA, usedB, block[0], block[2], -1, bridgeGap, minEdge);
            if (best == null) {
                return;
            }
            int ea = block[0] - best[1];
            int eb = block[2] - best[2];
            changes.add(new int[] {ea, block[0], eb, block[2]});
            block[0] = ea - best[0];
            block[2] = eb - best[0];
            block[4] += best[0];
            fill(usedA, block[0], ea + best[1]);
            fill(usedB, block[2], eb + best[2]);
        }
    }

    /** The mirror image of {@link #extendLeft}: across small edits after the block's end. */
    private static void extendRight(long[] ia, long[] ib, boolean[] usedA, boolean[] usedB, int[] block,
                                    List<int[]> changes, int bridgeGap, int minEdge) {
        for (int round = 0; round < 4; round++) {
            int[] best = bestEdge(ia, ib, usedA, usedB, block[1], block[3], +1, bridgeGap, minEdge);
            if (best == null) {
                return;
            }
            int ea = block[1] + best[1];
            int eb = block[3] + best[2];
            changes.add(new int[] {block[1], ea, block[3], eb});
            fill(usedA, block[1], ea + best[0]);
            fill(usedB, block[3], eb + best[0]);
            block[1] = ea + best[0];
            block[3] = eb + best[0];
            block[4] += best[0];
        }
    }

    /**
     * The best edit to grow a block across at its edge a (in A) / b (in B), going left ({@code dir} -1) or
     * right (+1): {run, da, db}, where da and db (at most bridgeGap, not both 0) are the edited tokens on each
     * side and run the equal, unused tokens beyond them; the longest run wins, then the smaller edit. The run
     * must reach minEdge and outnumber the edited tokens. Null when there is none.
     */
    private static int[] bestEdge(long[] ia, long[] ib, boolean[] usedA, boolean[] usedB, int a, int b, int dir,
                                  int bridgeGap, int minEdge) {
        int bestR = 0;
        int bestDa = 0;
        int bestDb = 0;
        for (int da = 0; da <= bridgeGap; da++) {
            for (int db = 0; db <= bridgeGap; db++) {
                if (da + db == 0) {
                    continue;
                }
                int ea = a + dir * da;
                int eb = b + dir * db;
                if (ea < 0 || eb < 0 || ea > ia.length || eb > ib.length
                        || anyUsed(usedA, Math.min(a, ea), Math.max(a, ea))
                        || anyUsed(usedB, Math.min(b, eb), Math.max(b, eb))) {
                    continue;
                }
                // the first token beyond the edit: ea - 1 going left, ea going right
                int pa = dir < 0 ? ea - 1 : ea;
                int pb = dir < 0 ? eb - 1 : eb;
                int r = 0;
                while (pa >= 0 && pb >= 0 && pa < ia.length && pb < ib.length && !usedA[pa] && !usedB[pb]
                        && ia[pa] == ib[pb]) {
                    r++;
                    pa += dir;
                    pb += dir;
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
        return bestR == 0 ? null : new int[] {bestR, bestDa, bestDb};
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
        if (n == 0 || m == 0) {
            // nothing in common: one change run (none when both gaps are empty)
            if (n + m > 0) {
                out.add(new int[] {a0, a1, b0, b1});
            }
            return 0;
        }
        // l[x * w + y]: length of the longest common subsequence of a[x..n) and b[y..m)
        int w = m + 1;
        int[] l = Scratch.get().dp((n + 1) * w);
        for (int y = 0; y <= m; y++) {
            l[n * w + y] = 0;
        }
        for (int x = n - 1; x >= 0; x--) {
            int row = x * w;
            l[row + m] = 0;
            long ax = ia[a0 + x];
            for (int y = m - 1; y >= 0; y--) {
                l[row + y] = ax == ib[b0 + y] ? l[row + w + y + 1] + 1 : Math.max(l[row + w + y], l[row + y + 1]);
            }
        }
        int x = 0;
        int y = 0;
        int runA = -1;
        int runB = -1;
        while (x < n || y < m) {
            if (x < n && y < m && ia[a0 + x] == ib[b0 + y] && l[x * w + y] == l[(x + 1) * w + y + 1] + 1) {
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
            if (y >= m || (x < n && l[(x + 1) * w + y] >= l[x * w + y + 1])) {
                x++;
            } else {
                y++;
            }
        }
        if (runA >= 0) {
            out.add(new int[] {a0 + runA, a0 + x, b0 + runB, b0 + y});
        }
        return l[0];
    }
}
