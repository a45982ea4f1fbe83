package org.storycompare.engine.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.align.Vocabulary;
import org.storycompare.engine.boilerplate.BoilerplateFinder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * Guesses who copied whom from a finished {@link Comparison}.
 *
 * <ol>
 * <li>Quotations and page furniture are left out: two outlets quoting the same person, or two pages of one
 *     site with the same sign-up prompt, are not copying each other. Two articles
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
    /** A share of shared text that makes two versions related whatever the rest of their texts. */
    static final double MOSTLY = 0.7;
    /** Vocabulary cosine of the unshared texts below which a smaller shared part is taken for furniture. */
    static final double MIN_REST = 0.125;
    /** Text evidence smaller than this many words (or 3% of the shorter text) is a tie. */
    static final int MIN_EVIDENCE = 3;
    /** Differing readings needed to decide a direction. */
    static final int MIN_READINGS = 2;

    /** Analyses {@code c}; articles keep the comparison's order. Credits are not known. */
    public Provenance analyze(Comparison c) {
        return analyze(c, null);
    }

    /**
     * Analyses {@code c} knowing which names each article credits ("according to Reuters", "as first reported by
     * The Times"): article id to the names it credits (an article missing from the map credits none). A version
     * that credits another's outlet (or label) is taken as the later one, and each link says whether the reuse is
     * credited. With {@code creditedNames} null, credits play no part and links leave {@code credit} empty.
     */
    public Provenance analyze(Comparison c, Map<String, Set<String>> creditedNames) {
        List<Article> arts = c.articles();
        int n = arts.size();
        Map<String, Integer> index = new HashMap<>();
        ArticleWords[] words = new ArticleWords[n];
        for (int i = 0; i < n; i++) {
            Article a = arts.get(i);
            index.put(a.id(), i);
            words[i] = new ArticleWords(a.text(), Quotations.find(a.text()), furniture(a),
                    c.coverage().getOrDefault(a.id(), List.of()));
        }
        PairGrid<PairFacts> facts = new PairGrid<>(n);
        PairGrid<Integer> readings = new PairGrid<>(n);
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
            PairFacts fx = PairFacts.of(words[x], words[x].covered(onX), words[x].reusedQuotations(onX), Double.NaN);
            PairFacts fy = PairFacts.of(words[y], words[y].covered(onY), words[y].reusedQuotations(onY), Double.NaN);
            if (needsRest(fx, fy)) {
                // only then does relatedness turn on the text outside the shared passages (see related)
                double rest = Vocabulary.cosine(Vocabulary.shipped().vector(join(arts.get(x).text(), p.divergentA())),
                        Vocabulary.shipped().vector(join(arts.get(y).text(), p.divergentB())));
                fx = fx.withRest(rest);
                fy = fy.withRest(rest);
            }
            facts.put(x, y, fx);
            facts.put(y, x, fy);
            int evidence = words0.evidence(arts.get(x), arts.get(y), p.passages());
            readings.put(x, y, evidence);
            readings.put(y, x, -evidence);
            centrality[x] += p.similarity();
            centrality[y] += p.similarity();
        }
        Dates dates = Dates.of(arts);
        Credits credits = new Credits(arts, creditedNames);

        int[] wins = new int[n];
        PairGrid<Boolean> beats = new PairGrid<>(n);
        PairGrid<Boolean> decided = new PairGrid<>(n);
        for (int x = 0; x < n; x++) {
            for (int y : facts.partners(x)) {
                if (y <= x || !related(facts, x, y)) {
                    continue;
                }
                int d = direction(x, y, facts, readings.get(x, y), dates, credits);
                boolean xFirst = d != 0 ? d > 0 : centrality[x] != centrality[y] ? centrality[x] > centrality[y] : x < y;
                beats.put(x, y, xFirst);
                beats.put(y, x, !xFirst);
                decided.put(x, y, d != 0);
                decided.put(y, x, d != 0);
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
        int[] parent = new int[n];
        Reasons reasons = new Reasons(arts, dates, credits);
        for (int x = 0; x < n; x++) {
            links[x] = chooseSource(x, facts, readings, beats, decided, position, centrality, reasons);
            parent[x] = links[x] == null ? -1 : index.get(links[x].source());
        }
        List<ProvenanceLink> out = new ArrayList<>();
        for (ProvenanceLink l : links) {
            if (l != null) {
                out.add(l);
            }
        }
        // related pairs the family tree does not explain (in different trees) get their own link; a version's first
        // link (Provenance.sourceOf) stays its likely source, so those first links form a forest
        for (int x = 0; x < n; x++) {
            for (int y : facts.partners(x)) {
                if (y > x && related(facts, x, y) && root(parent, x) != root(parent, y)) {
                    int src = beats.get(x, y) ? x : y;
                    int der = src == x ? y : x;
                    double share = facts.get(der, src).share();
                    out.add(reasons.link(src, der, share, kind(share), facts, readings.get(src, der), List.of(src),
                            decided.get(src, der)));
                    if (parent[der] < 0) {
                        parent[der] = src; // its first link: the trees join, and stay a forest
                    }
                }
            }
        }
        Set<String> sources = new HashSet<>();
        Set<String> derivedOnes = new HashSet<>();
        for (ProvenanceLink l : out) {
            sources.add(l.source());
            derivedOnes.add(l.derived());
        }
        Map<String, Provenance.Role> roles = new LinkedHashMap<>();
        for (int x = 0; x < n; x++) {
            String id = arts.get(x).id();
            boolean source = sources.contains(id);
            boolean derived = derivedOnes.contains(id);
            roles.put(id, derived ? Provenance.Role.DERIVED
                    : source ? Provenance.Role.ORIGINAL : Provenance.Role.INDEPENDENT);
        }
        return new Provenance(roles, out, dates.notes());
    }

    /** An article's page furniture, the reader's and the finder's: left out like quotations. */
    private static List<Span> furniture(Article a) {
        List<Span> out = new ArrayList<>(a.meta().furniture());
        out.addAll(new BoilerplateFinder().find(a.text()));
        return out;
    }

    private static int root(int[] parent, int x) {
        int r = x;
        while (parent[r] >= 0) {
            r = parent[r];
        }
        return r;
    }

    static String kind(double share) {
        return share >= 0.6 ? "copy" : share >= 0.3 ? "rewrite" : "partial";
    }

    /**
     * Two versions are related when they share substantial text: at least {@value #MIN_WORDS} words both ways and
     * {@value #MIN_SHARE} of one; and, unless that is most of one ({@value #MOSTLY}), their texts outside the
     * shared passages are about the same things too (vocabulary cosine at least {@value #MIN_REST}): the same
     * footer, sign-up prompt or contact block around two different stories is page furniture, not reuse.
     */
    /** Substantial sharing: at least {@value #MIN_WORDS} words both ways and {@value #MIN_SHARE} of one. */
    private static boolean substantial(PairFacts xy, PairFacts yx) {
        return xy.sharedWords() >= MIN_WORDS && yx.sharedWords() >= MIN_WORDS
                && Math.max(xy.share(), yx.share()) >= MIN_SHARE;
    }

    /** True when {@link #related} turns on the pair's {@code rest}: substantial sharing, but not most of either. */
    private static boolean needsRest(PairFacts xy, PairFacts yx) {
        return substantial(xy, yx) && Math.max(xy.share(), yx.share()) < MOSTLY;
    }

    private static boolean related(PairGrid<PairFacts> f, int x, int y) {
        PairFacts xy = f.get(x, y);
        PairFacts yx = f.get(y, x);
        if (xy == null || !substantial(xy, yx)) {
            return false;
        }
        return Math.max(xy.share(), yx.share()) >= MOSTLY || xy.rest() >= MIN_REST;
    }

    private static String join(String text, List<Span> ranges) {
        StringBuilder sb = new StringBuilder();
        for (Span r : ranges) {
            sb.append(r.of(text)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Positive when the evidence makes x the source of y, negative when y is x's source, 0 when it gives no
     * direction. First rule that decides: credits (one credits the other), trusted dates, readings, text kept
     * elsewhere.
     */
    private static int direction(int x, int y, PairGrid<PairFacts> f, int readings, Dates dates, Credits credits) {
        boolean yCreditsX = credits.credits(y, x);
        boolean xCreditsY = credits.credits(x, y);
        if (yCreditsX != xCreditsY) {
            return yCreditsX ? 1 : -1;
        }
        LocalDate dx = dates.trusted(x);
        LocalDate dy = dates.trusted(y);
        if (dx != null && dy != null && !dx.equals(dy)) {
            return dx.isBefore(dy) ? 1 : -1;
        }
        if (Math.abs(readings) >= MIN_READINGS) {
            return Integer.signum(readings);
        }
        int evidence = textEvidence(f, x, y);
        if (Math.abs(evidence) >= minEvidence(f, x, y)) {
            return Integer.signum(evidence);
        }
        return 0;
    }

    static int minEvidence(PairGrid<PairFacts> f, int x, int y) {
        return Math.max(MIN_EVIDENCE, (int) Math.ceil(0.03 * Math.min(f.get(x, y).words(), f.get(y, x).words())));
    }

    /** Words x keeps (and third versions carry) that y lacks, minus the same from y's side. */
    static int textEvidence(PairGrid<PairFacts> f, int x, int y) {
        return f.get(x, y).keptElsewhere() - f.get(y, x).keptElsewhere();
    }

    private static ProvenanceLink chooseSource(int x, PairGrid<PairFacts> f, PairGrid<Integer> readings,
                                               PairGrid<Boolean> beats, PairGrid<Boolean> decided, int[] position,
                                               double[] centrality, Reasons reasons) {
        double best = 0;
        for (int y : f.partners(x)) {
            if (isCandidate(x, y, f, beats, position)) {
                best = Math.max(best, f.get(x, y).share());
            }
        }
        if (best < MIN_SHARE) {
            return null;
        }
        int chosen = -1;
        List<Integer> close = new ArrayList<>();
        for (int y : f.partners(x)) {
            if (isCandidate(x, y, f, beats, position) && f.get(x, y).share() >= best - CLOSE) {
                close.add(y);
                if (chosen < 0 || centrality[y] > centrality[chosen]) {
                    chosen = y;
                }
            }
        }
        double share = f.get(x, chosen).share();
        return reasons.link(chosen, x, share, kind(share), f, readings.get(chosen, x), close, decided.get(chosen, x));
    }

    private static boolean isCandidate(int x, int y, PairGrid<PairFacts> f, PairGrid<Boolean> beats,
                                       int[] position) {
        PairFacts xy = f.get(x, y);
        return y != x && xy != null && Boolean.TRUE.equals(beats.get(y, x)) && position[y] < position[x]
                && xy.share() >= MIN_SHARE && xy.sharedWords() >= MIN_WORDS;
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
