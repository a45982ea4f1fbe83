package org.storycompare.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.Token;

/**
 * Word-level difference of two short word lists (a quote is tens of words) by longest common subsequence of
 * the normalised forms; each maximal run of unmatched words becomes one {@link QuoteChange}.
 */
final class WordDiff {

    private WordDiff() {
    }

    /**
     * The changes that turn {@code ref} into {@code ver}.
     *
     * @param ref      the majority version's words
     * @param ver      this version's words (offsets into its article)
     * @param verStart where this version begins, used for a deletion before its first word
     */
    static List<QuoteChange> diff(List<Token> ref, List<Token> ver, int verStart) {
        int n = ref.size();
        int m = ver.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = ref.get(i).normalised().equals(ver.get(j).normalised())
                        ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<QuoteChange> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ref.get(i).normalised().equals(ver.get(j).normalised())) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && ref.get(i).normalised().equals(ver.get(j).normalised()))) {
                if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            String from = join(ref, i0, i);
            String to = join(ver, j0, j);
            Span at;
            if (j > j0) {
                at = new Span(ver.get(j0).start(), ver.get(j - 1).end());
            } else {
                int point = j0 < m ? ver.get(j0).start() : j0 > 0 ? ver.get(j0 - 1).end() : verStart;
                at = new Span(point, point);
            }
            out.add(new QuoteChange(from, to, at));
        }
        return out;
    }

    private static String join(List<Token> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(words.get(k).original());
        }
        return sb.toString();
    }
}
