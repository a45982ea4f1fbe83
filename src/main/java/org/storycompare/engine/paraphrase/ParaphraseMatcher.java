package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordSwap;

/**
 * Finds sentences that say the same thing in other words: synonym swaps ("appalled" -> "horrified"),
 * reordered clauses and garbled words ("councl"), as made by article spinners or rewriting editors.
 *
 * <p>Sentences are aligned word to word (same word, same stem or lemma, WordNet synonym or direct hypernym,
 * or a one-or-two-edit misspelling), and a small logistic regression fitted offline on MSRP turns the
 * alignment features into a 0..1 similarity (see docs/paraphrase.md). Candidate pairs come from an index of
 * shared stems, prefixes and synsets, and are assigned one to one, greedily by similarity; a sentence may
 * also match two adjacent sentences of the other side (split or merged sentences).
 *
 * <p>Thread-safe and stateless; WordNet is loaded lazily on first use and shared by all instances.
 */
public final class ParaphraseMatcher implements org.storycompare.engine.align.ParaphraseFinder {

    /** Fewest aligned content words for a pair to count as a paraphrase (topic words alone do not suffice). */
    static final int MIN_ALIGNED = 3;
    /**
     * Fewest content words of a sentence to be matched at all: a short spun sentence ("Nobody was hurt." /
     * "No one was injured.") pairs with one of about its length when every one of its content words aligns.
     */
    static final int MIN_SHORT = 2;
    /** Least pre-score (share of content words with a shared index key) for a pairing to be scored. */
    static final double MIN_PRE = 0.4;
    /** Most pairings fully scored per sentence of A. */
    static final int PER_SENTENCE = 4;

    /** Most texts for which {@link #forComparison(List)} keeps the last session for the next comparison. */
    static final int REUSE_UP_TO = 2_000;

    private final Lexicon lex = Lexicon.shared();
    /** Per-comparison caches, or null: a fresh one-pair session per call. */
    private final MatchSession session;
    /** The texts and session of the last comparison (this matcher's own, not its sessions'), or null. */
    private final java.util.concurrent.atomic.AtomicReference<Last> last =
            new java.util.concurrent.atomic.AtomicReference<>();

    private record Last(List<String> texts, MatchSession session) {
    }

    public ParaphraseMatcher() {
        this(null);
    }

    private ParaphraseMatcher(MatchSession session) {
        this.session = session;
    }

    /**
     * A matcher for the pairs of one comparison: each article is split into sentences once, each distinct
     * sentence prepared once, each distinct sentence pair scored once (see {@link MatchSession}). Gives the same
     * passages as this matcher. Thread-safe; drop it when the comparison ends.
     */
    @Override
    public ParaphraseMatcher forComparison() {
        return new ParaphraseMatcher(new MatchSession(lex, true));
    }

    /**
     * A matcher for a comparison of these texts: the last comparison's session when its texts were exactly these,
     * in this order (a re-run with other options: each sentence's preparation, each scored sentence pair and the
     * corpus-wide blocking are kept, and scores are checked against the options at each use, so the passages are
     * those of a fresh session), else a new one, kept for next time up to {@value #REUSE_UP_TO} texts.
     */
    @Override
    public ParaphraseMatcher forComparison(List<String> texts) {
        if (session != null) {
            return forComparison();
        }
        Last l = last.get();
        if (l != null && l.texts().equals(texts)) {
            return new ParaphraseMatcher(l.session());
        }
        MatchSession fresh = new MatchSession(lex, true);
        last.set(texts.size() <= REUSE_UP_TO ? new Last(List.copyOf(texts), fresh) : null);
        return new ParaphraseMatcher(fresh);
    }

    @Override
    public boolean blocked() {
        return session != null && session.blocked();
    }

    @Override
    public void prepare(String text) {
        if (session != null) {
            session.prepare(text);
        }
    }

    /**
     * Corpus-wide blocking of sentence pairs ({@link SentenceBlocking}) for a matcher of one comparison, after
     * every text was prepared; null for a one-pair matcher.
     */
    @Override
    public Blocking blocking() {
        if (session == null) {
            return null;
        }
        SentenceBlocking b = session.blocking();
        return new Blocking() {
            @Override
            public int size() {
                return b.size();
            }

            @Override
            public void rank(int i) {
                b.rank(i);
            }

            @Override
            public String finish() {
                b.finish();
                session.block(b);
                return "Blocked " + b.size() + " distinct sentences to " + b.allowedPairs() + " sentence pairs";
            }
        };
    }

    /**
     * An edited passage with its one-word replacements that are synonyms, word forms or garbled spellings
     * listed as swaps; when such swaps are dense (machine-"spun" text) the passage becomes a PARAPHRASE.
     * Other passages come back unchanged.
     */
    @Override
    public Passage annotateEdit(Passage edited, String textA, String textB) {
        return new EditSwaps(lex).annotate(edited, textA, textB);
    }

    /**
     * Paraphrased sentence pairs inside the given uncovered regions of A and B: PARAPHRASE passages,
     * moved=false, with swaps; spans exact offsets into textA/textB, trimmed to the sentence's words.
     * Passages come sorted by their start in A. Returns nothing when {@code options.paraphrase()} is false.
     */
    @Override
    public List<Passage> match(String textA, List<Span> regionsA, String textB, List<Span> regionsB,
                               CompareOptions options, Cancellation cancel) {
        Objects.requireNonNull(textA, "textA");
        Objects.requireNonNull(textB, "textB");
        Cancellation c = cancel == null ? Cancellation.NEVER : cancel;
        if (options != null && !options.paraphrase()) {
            return List.of();
        }
        double threshold = options == null ? CompareOptions.DEFAULTS.paraphraseThreshold()
                : options.paraphraseThreshold();
        MatchSession ms = session != null ? session : new MatchSession(lex, false);
        List<Unit> as = ms.units(textA, regionsA, MIN_SHORT, c);
        List<Unit> bs = ms.units(textB, regionsB, MIN_SHORT, c);
        if (as.isEmpty() || bs.isEmpty()) {
            return List.of();
        }
        int[][] shared = CandidateIndex.sharedCounts(as, bs, c);
        for (int i = 0; i < as.size(); i++) {
            for (int j = 0; j < bs.size(); j++) {
                if (shared[i][j] > 0 && !ms.allows(as.get(i).sent, bs.get(j).sent)) {
                    shared[i][j] = 0;
                }
            }
        }
        List<Cand> cands = new ArrayList<>();
        java.util.Map<Integer, Unit> joinsA = new java.util.HashMap<>();
        java.util.Map<Integer, Unit> joinsB = new java.util.HashMap<>();
        for (int i = 0; i < as.size(); i++) {
            c.throwIfCancelled();
            for (Pre p : preselect(as, bs, shared, i)) {
                Unit a = p.a0 == p.a1 ? as.get(p.a0)
                        : joinsA.computeIfAbsent(p.a0, k -> ms.join(as.get(k), as.get(k + 1)));
                Unit b = p.b0 == p.b1 ? bs.get(p.b0)
                        : joinsB.computeIfAbsent(p.b0, k -> ms.join(bs.get(k), bs.get(k + 1)));
                int need = needed(a.sent.content.length, b.sent.content.length);
                if (need < 0) {
                    continue;
                }
                MatchSession.Score s = ms.score(a.sent, b.sent, threshold, need);
                if (s.links() != null) {
                    cands.add(new Cand(s.p(), p.a0, p.a1, p.b0, p.b1, passage(a, b, s)));
                }
            }
        }
        cands.sort(Comparator.comparingDouble(Cand::score).reversed()
                .thenComparingInt(k -> (k.a1 - k.a0) + (k.b1 - k.b0))
                .thenComparingInt(Cand::a0).thenComparingInt(Cand::b0));
        boolean[] usedA = new boolean[as.size()];
        boolean[] usedB = new boolean[bs.size()];
        List<Passage> out = new ArrayList<>();
        for (Cand k : cands) {
            if (usedA[k.a0] || usedA[k.a1] || usedB[k.b0] || usedB[k.b1]) {
                continue;
            }
            usedA[k.a0] = usedA[k.a1] = true;
            usedB[k.b0] = usedB[k.b1] = true;
            out.add(k.passage);
        }
        out.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b));
        return List.copyOf(out);
    }

    /**
     * Sentence similarity 0..1 used for classification; a pair is a paraphrase when similarity >=
     * options.paraphraseThreshold().
     */
    public double similarity(String sentence1, String sentence2) {
        return SimilarityModel.probability(features(sentence1, sentence2));
    }

    /**
     * The feature vector behind {@link #similarity} (names in {@link #featureNames()}); for offline model
     * fitting and evaluation.
     */
    public double[] features(String sentence1, String sentence2) {
        return PairScorer.score(PSent.of(sentence1, lex), PSent.of(sentence2, lex)).features();
    }

    /**
     * The distinct stems of a sentence's content words (numbers left out): the keys of the idf table, for
     * building it offline from a corpus (see docs/paraphrase.md).
     */
    public java.util.Set<String> idfKeys(String sentence) {
        PSent s = PSent.of(sentence, lex);
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i : s.content) {
            if (!s.toks.get(i).number()) {
                out.add(s.info[i].stem());
            }
        }
        return out;
    }

    /** Names of the entries of {@link #features}. */
    public static List<String> featureNames() {
        return List.of(PairScorer.FEATURES);
    }

    /**
     * A sentence, the index of the region it came from and its tokens' offsets here (start, end per token;
     * the sentence itself may be shared with other places holding the same words).
     */
    record Unit(PSent sent, int region, int[] offs) {

        int start() {
            return offs[0];
        }

        int end() {
            return offs[offs.length - 1];
        }

        Span span(int token) {
            return new Span(offs[2 * token], offs[2 * token + 1]);
        }
    }

    /** A cheap pre-score: Dice-like share of content words of A with a key in B. */
    private record Pre(double pre, int a0, int a1, int b0, int b1) {
    }

    /**
     * The few most promising pairings (1:1, 1:2 and 2:1) of sentence i of A, by shared index keys; only
     * these get the full alignment, so matching stays fast on long or repetitive articles.
     */
    private static List<Pre> preselect(List<Unit> as, List<Unit> bs, int[][] shared, int i) {
        List<Pre> out = new ArrayList<>();
        int ca = as.get(i).sent.content.length;
        boolean nextA = i + 1 < as.size() && as.get(i).region == as.get(i + 1).region;
        for (int j = 0; j < bs.size(); j++) {
            int cb = bs.get(j).sent.content.length;
            int s = shared[i][j];
            add(out, s, ca, cb, i, i, j, j);
            if (j + 1 < bs.size() && bs.get(j).region == bs.get(j + 1).region && s > 0 && shared[i][j + 1] > 0) {
                add(out, s + shared[i][j + 1], ca, cb + bs.get(j + 1).sent.content.length, i, i, j, j + 1);
            }
            if (nextA && s > 0 && shared[i + 1][j] > 0) {
                add(out, s + shared[i + 1][j], ca + as.get(i + 1).sent.content.length, cb, i, i + 1, j, j);
            }
        }
        out.sort(Comparator.comparingDouble(Pre::pre).reversed().thenComparingInt(Pre::b0)
                .thenComparingInt(p -> p.a1 + p.b1));
        return out.size() > PER_SENTENCE ? out.subList(0, PER_SENTENCE) : out;
    }

    /**
     * Aligned content words a pairing needs: {@link #MIN_ALIGNED}, or all of them when both sentences are short
     * (fewer than that) and of about one length; -1 when one is short and the other is not, which is no pairing.
     */
    static int needed(int contentA, int contentB) {
        int lo = Math.min(contentA, contentB);
        if (lo >= MIN_ALIGNED) {
            return MIN_ALIGNED;
        }
        return Math.max(contentA, contentB) <= lo + 1 ? lo : -1;
    }

    private static void add(List<Pre> out, int shared, int ca, int cb, int a0, int a1, int b0, int b1) {
        int need = needed(ca, cb);
        double pre = Math.min(1.0, 2.0 * shared / (ca + cb));
        if (need > 0 && shared >= need && pre >= MIN_PRE) {
            out.add(new Pre(pre, a0, a1, b0, b1));
        }
    }

    private record Cand(double score, int a0, int a1, int b0, int b1, Passage passage) {
    }

    /** The paraphrase passage of a pair that passed, with its word swaps, at the units' offsets. */
    private static Passage passage(Unit a, Unit b, MatchSession.Score s) {
        List<WordSwap> swaps = new ArrayList<>();
        for (PairScorer.Link l : s.linkList()) {
            if (l.rel() == PairScorer.Rel.SAME) {
                continue;
            }
            PWord ta = a.sent.toks.get(l.i());
            PWord tb = b.sent.toks.get(l.j());
            if (ta.surface().equalsIgnoreCase(tb.surface())) {
                continue;
            }
            swaps.add(new WordSwap(a.span(l.i()), b.span(l.j()), ta.surface(), tb.surface(), reason(l.rel())));
        }
        swaps.sort(Comparator.comparing(WordSwap::a));
        return new Passage(PassageKind.PARAPHRASE, new Span(a.start(), a.end()), new Span(b.start(), b.end()),
                s.p(), false, List.of(), swaps);
    }

    static String reason(PairScorer.Rel r) {
        return switch (r) {
            case STEM -> "stem";
            case SYNONYM, RELATED -> "synonym";
            case GARBLED -> "garbled";
            default -> "other";
        };
    }
}
