package org.storycompare.engine.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * The heat map: for each word of an article, how many OTHER articles share a passage covering it.
 * Consecutive words with the same count form one segment, from the first word's start to the last word's
 * end; every word of the article lies in exactly one segment (count 0 for words found nowhere else).
 */
public final class CoverageBuilder {

    private CoverageBuilder() {
    }

    /**
     * @param doc   the article, tokenized
     * @param index the article's position in the corpus
     * @param pairs the alignments; those not involving index are ignored
     * @param ids   article ids by corpus position, to place the other side of each pair
     */
    public static List<CoverageSegment> segments(TokenizedText doc, int index, List<PairAlignment> pairs,
                                                 List<String> ids) {
        String id = ids.get(index);
        int[] wordIdx = new int[doc.size()];
        int nw = 0;
        for (int t = 0; t < doc.size(); t++) {
            if (doc.isWord(t)) {
                wordIdx[nw++] = t;
            }
        }
        int[] starts = new int[nw];
        int[] ends = new int[nw];
        for (int w = 0; w < nw; w++) {
            starts[w] = doc.start(wordIdx[w]);
            ends[w] = doc.end(wordIdx[w]);
        }
        int[] count = new int[nw];
        int[] stamp = new int[nw];
        Arrays.fill(stamp, -1);
        int pairNo = 0;
        for (PairAlignment p : pairs) {
            pairNo++;
            boolean isA = p.aId().equals(id);
            boolean isB = p.bId().equals(id);
            if (!isA && !isB) {
                continue;
            }
            for (Passage ps : p.passages()) {
                Span s = isA ? ps.a() : ps.b();
                // first word ending after s.start
                int lo = TokenizedText.firstEndingAfter(ends, 0, ends.length, s.start());
                for (int w = lo; w < nw && starts[w] < s.end(); w++) {
                    if (stamp[w] != pairNo) {
                        stamp[w] = pairNo;
                        count[w]++;
                    }
                }
            }
        }
        List<CoverageSegment> out = new ArrayList<>();
        int w = 0;
        while (w < nw) {
            int v = w;
            while (v + 1 < nw && count[v + 1] == count[w]) {
                v++;
            }
            out.add(new CoverageSegment(new Span(starts[w], ends[v]), count[w]));
            w = v + 1;
        }
        return out;
    }
}
