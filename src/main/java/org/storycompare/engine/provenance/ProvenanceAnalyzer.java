package org.storycompare.engine.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * Guesses who copied whom from a finished {@link Comparison}.
 *
 * <ol>
 * <li>Quotations are left out: two outlets quoting the same person are not copying each other. Two articles
 *     are related when at least {@value #MIN_SHARE} of one's remaining words are found in the other.</li>
 * <li>Direction of each related pair: the earlier publication date wins when both dates are trusted and differ
 *     (a date the fact comparison also flags, see {@link org.storycompare.engine.facts.PublicationDates}, is set aside and
 *     noted). Otherwise the text decides, as in stemmatics: a copy drops text that the other versions keep
 *     and adds text no other version has, so the side whose text missing from the other is carried by third
 *     versions is the source.</li>
 * <li>Articles are ranked by pairs won (ties: the more central, by summed similarity); an article's source is
 *     chosen among higher-ranked articles that won against it: the one containing most of its words, and among
 *     those within {@value #CLOSE} of the best, the most central one. Ranking first keeps the result a forest.</li>
 * </ol>
 * Deterministic; pure function of the comparison.
 */
public final class ProvenanceAnalyzer {

    static final double MIN_SHARE = 0.15;
    /** Fewer shared words than this (quotations left out) never make two articles related. */
    static final int MIN_WORDS = 12;
    static final double CLOSE = 0.1;
    /** Text evidence smaller than this many words (or 3% of the shorter text) is a tie. */
    static final int MIN_EVIDENCE = 3;
    /** Differing readings needed to decide a direction. */
    static final int MIN_READINGS = 2;

    /** Analyses {@code c}; articles keep the comparison's order. */
    public Provenance analyze(Comparison c) {
        List<Article> arts = c.articles();
        int n = arts.size();
        Map<String, Integer> index = new HashMap<>();
        ArticleWords[] words = new ArticleWords[n];
        for (int i = 0; i < n; i++) {
            Article a = arts.get(i);
            index.put(a.id(), i);
            words[i] = new ArticleWords(a.text(), Quotations.find(a.text()),
                    c.coverage().getOrDefault(a.id(), List.of()));
        }
        PairFacts[][] facts = new PairFacts[n][n];
        int[][] readings = new int[n][n];
        Readings words0 = new Readings(arts);
        double[] centrality = new double[n];
        for (PairAlignment p : c.pairs()) {
            Integer x = index.get(p.aId());
            Integer y = index.get(p.bId());
            if (x == null || y == null) {
                continue;
            }
            List<Span> onX = p.passages().stream().map(Passage::a).toList();
            List<Span> onY = p.passages().stream().map(Passage::b).toList();
            facts[x][y] = PairFacts.of(words[x], words[x].covered(onX));
            facts[y][x] = PairFacts.of(words[y], words[y].covered(onY));
            readings[x][y] = words0.evidence(arts.get(x), arts.get(y), p.passages());
            readings[y][x] = -readings[x][y];
            centrality[x] += p.similarity();
            centrality[y] += p.similarity();
        }
        Dates dates = Dates.of(arts);

        int[] wins = new int[n];
        Boolean[][] beats = new Boolean[n][n];
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                if (!related(facts, x, y)) {
                    continue;
                }
                boolean xFirst = firstOf(x, y, facts, readings[x][y], dates, centrality);
                beats[x][y] = xFirst;
                beats[y][x] = !xFirst;
                wins[xFirst ? x : y]++;
            }
        }
        List<Integer> rank = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rank.add(i);
        }
        rank.sort(Comparator.<Integer>comparingInt(i -> -wins[i])
                .thenComparingDouble(i -> -centrality[i]).thenComparingInt(i -> i));
        int[] position = new int[n];
        for (int r = 0; r < n; r++) {
            position[rank.get(r)] = r;
        }

        ProvenanceLink[] links = new ProvenanceLink[n];
        Reasons reasons = new Reasons(arts, dates);
        for (int x = 0; x < n; x++) {
            links[x] = chooseSource(x, facts, readings, beats, position, centrality, reasons);
        }
        Map<String, Provenance.Role> roles = new LinkedHashMap<>();
        List<ProvenanceLink> out = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            boolean hasRelated = false;
            for (int y = 0; y < n; y++) {
                hasRelated |= y != x && related(facts, x, y);
            }
            roles.put(arts.get(x).id(), links[x] != null ? Provenance.Role.DERIVED
                    : hasRelated ? Provenance.Role.ORIGINAL : Provenance.Role.INDEPENDENT);
            if (links[x] != null) {
                out.add(links[x]);
            }
        }
        return new Provenance(roles, out, dates.notes());
    }

    private static boolean related(PairFacts[][] f, int x, int y) {
        return f[x][y] != null && f[x][y].sharedWords() >= MIN_WORDS && f[y][x].sharedWords() >= MIN_WORDS
                && (f[x][y].share() >= MIN_SHARE || f[y][x].share() >= MIN_SHARE);
    }

    /** True when x is more likely the source of y than the other way round. */
    private static boolean firstOf(int x, int y, PairFacts[][] f, int readings, Dates dates, double[] centrality) {
        LocalDate dx = dates.trusted(x);
        LocalDate dy = dates.trusted(y);
        if (dx != null && dy != null && !dx.equals(dy)) {
            return dx.isBefore(dy);
        }
        if (Math.abs(readings) >= MIN_READINGS) {
            return readings > 0;
        }
        int evidence = textEvidence(f, x, y);
        if (Math.abs(evidence) >= minEvidence(f, x, y)) {
            return evidence > 0;
        }
        return centrality[x] != centrality[y] ? centrality[x] > centrality[y] : x < y;
    }

    static int minEvidence(PairFacts[][] f, int x, int y) {
        return Math.max(MIN_EVIDENCE, (int) Math.ceil(0.03 * Math.min(f[x][y].words(), f[y][x].words())));
    }

    /** Words x keeps (and third versions carry) that y lacks, minus the same from y's side. */
    static int textEvidence(PairFacts[][] f, int x, int y) {
        return f[x][y].keptElsewhere() - f[y][x].keptElsewhere();
    }

    private static ProvenanceLink chooseSource(int x, PairFacts[][] f, int[][] readings, Boolean[][] beats, int[] position,
                                               double[] centrality, Reasons reasons) {
        double best = 0;
        for (int y = 0; y < f.length; y++) {
            if (isCandidate(x, y, f, beats, position)) {
                best = Math.max(best, f[x][y].share());
            }
        }
        if (best < MIN_SHARE) {
            return null;
        }
        int chosen = -1;
        List<Integer> close = new ArrayList<>();
        for (int y = 0; y < f.length; y++) {
            if (isCandidate(x, y, f, beats, position) && f[x][y].share() >= best - CLOSE) {
                close.add(y);
                if (chosen < 0 || centrality[y] > centrality[chosen]) {
                    chosen = y;
                }
            }
        }
        double share = f[x][chosen].share();
        String kind = share >= 0.6 ? "copy" : share >= 0.3 ? "rewrite" : "partial";
        return reasons.link(chosen, x, share, kind, f, readings[chosen][x], close);
    }

    private static boolean isCandidate(int x, int y, PairFacts[][] f, Boolean[][] beats, int[] position) {
        return y != x && f[x][y] != null && Boolean.TRUE.equals(beats[y][x]) && position[y] < position[x]
                && f[x][y].share() >= MIN_SHARE && f[x][y].sharedWords() >= MIN_WORDS;
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
