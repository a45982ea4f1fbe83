package org.storycompare.engine.meaning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.text.PorterStemmer;
import org.storycompare.engine.text.Stopwords;

/**
 * The clauses of a line and the sentences of the other side they stand for: the members of a summary.
 *
 * <p>A clause is a part of one sentence, so its cosine with the (longer) sentence it condenses is diluted by that
 * sentence's other content: a clause often stays below {@link MeaningLinker#MEMBER_FLOOR} even with the sentence
 * it restates. Such a clause still names a member when its evidence is relative and lexical together: its closest
 * sentence is clearly closer than every other sentence of that side ({@link #CLAUSE_MARGIN}), at least
 * {@link #CLAUSE_FLOOR}, and shares at least {@link #MIN_SHARED} content words (stems, function words left out)
 * with it. A clause close to two sentences alike, or close only in its topic, names no member.
 */
final class Clauses {

    /** Least cosine of a clause with its closest sentence when the margin and shared words decide. */
    static final double CLAUSE_FLOOR = 0.45;
    /** Least lead of a clause's closest sentence over its second closest. */
    static final double CLAUSE_MARGIN = 0.15;
    /** Least content-word stems a clause shares with its closest sentence under the relative rule. */
    static final int MIN_SHARED = 2;
    static final int MIN_CLAUSE_WORDS = 3;

    /**
     * Cut at semicolons and colons, before a comma's coordinating or reporting word ("..., and ...", "...,
     * saying ..."), at " but ", and before a subordinate "after" clause ("... opened on Thursday after a main
     * burst").
     */
    private static final Pattern CUT = Pattern.compile(
            "[;:]\\s+|,\\s+(?=(?:and|but|while|whereas|saying|adding|expected|after)\\s)|\\s+but\\s+"
                    + "|\\s+(?=after\\s+(?:a|an|the|its|their|his|her|\\d+)\\s)");

    private Clauses() {
    }

    /** The clauses of a line that are long enough to stand for a sentence (at least MIN_CLAUSE_WORDS words). */
    static List<String> of(String line) {
        List<String> out = new ArrayList<>();
        for (String c : CUT.split(line)) {
            if (Article.countWords(c) >= MIN_CLAUSE_WORDS) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /**
     * The sentence a clause stands for, or -1: its closest sentence when at least MEMBER_FLOOR, or when at least
     * CLAUSE_FLOOR, ahead of the second closest by CLAUSE_MARGIN and sharing MIN_SHARED content words with it.
     *
     * @param row       the clause's cosine with each sentence of the other side
     * @param sentences those sentences' texts
     */
    static int member(String clause, double[] row, List<String> sentences) {
        int best = -1;
        int second = -1;
        for (int j = 0; j < row.length; j++) {
            if (best < 0 || row[j] > row[best]) {
                second = best;
                best = j;
            } else if (second < 0 || row[j] > row[second]) {
                second = j;
            }
        }
        if (best < 0) {
            return -1;
        }
        if (row[best] >= MeaningLinker.MEMBER_FLOOR) {
            return best;
        }
        double lead = second < 0 ? row[best] : row[best] - row[second];
        boolean relative = row[best] >= CLAUSE_FLOOR && lead >= CLAUSE_MARGIN;
        return relative && shared(clause, sentences.get(best)) >= MIN_SHARED ? best : -1;
    }

    /** The number of distinct content-word stems (function words and one-letter words left out) both texts hold. */
    static int shared(String a, String b) {
        Set<String> sa = stems(a);
        sa.retainAll(stems(b));
        return sa.size();
    }

    private static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !Stopwords.isStopword(w)) {
                out.add(PorterStemmer.stem(w));
            }
        }
        return out;
    }

    /** The members named by a line's clauses, added to {@code members}. */
    static void addMembers(TreeSet<Integer> members, List<String> clauses, List<double[]> rows, List<String> sentences) {
        for (int c = 0; c < clauses.size(); c++) {
            int m = member(clauses.get(c), rows.get(c), sentences);
            if (m >= 0) {
                members.add(m);
            }
        }
    }
}
