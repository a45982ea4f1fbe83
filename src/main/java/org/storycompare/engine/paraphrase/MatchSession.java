package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Span;

/**
 * What the paraphrase matcher keeps for one comparison: each article's tokens and sentences (found once per
 * article, {@link ArticleSentences}), each distinct sentence prepared once ({@link PSent}, shared by every
 * article and region holding the same words), and the score of each sentence pair scored (so a pair of
 * sentences repeated across many article pairs, as in reprints of one wire story, is aligned once). The
 * caches are bounded ({@link #MAX_SENTENCES}, {@link #MAX_SCORES}); past the bounds work is done again
 * rather than kept, so memory stays linear in the corpus. Thread-safe.
 */
final class MatchSession {

    static final int MAX_SENTENCES = 400_000;
    static final int MAX_SCORES = 2_000_000;
    private static final char SEP = '\u0001';

    /**
     * A scored sentence pair: its similarity, aligned content words and, when it passed, its word links packed
     * as i &lt;&lt; 32 | j &lt;&lt; 8 | relation.
     */
    record Score(double p, int alignedContent, long[] links) {

        List<PairScorer.Link> linkList() {
            List<PairScorer.Link> out = new ArrayList<>(links.length);
            for (long v : links) {
                out.add(new PairScorer.Link((int) (v >>> 32), (int) (v >>> 8) & 0xFFFFFF, RELS[(int) (v & 0xFF)]));
            }
            return out;
        }
    }

    private static final PairScorer.Rel[] RELS = PairScorer.Rel.values();

    private final Lexicon lex;
    private final boolean perArticle;
    private final ConcurrentHashMap<String, ArticleSentences> articles = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, PSent> sentences = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Score> scores = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final ThreadLocal<RelMemo> relations = ThreadLocal.withInitial(RelMemo::new);
    /** Corpus-wide blocking of sentence pairs, or null (none: every pairing the matcher picks is scored). */
    private volatile SentenceBlocking blocking;

    /** perArticle: keep each article's sentences for the next pairs (a corpus); false for one pair. */
    MatchSession(Lexicon lex, boolean perArticle) {
        this.lex = lex;
        this.perArticle = perArticle;
    }

    /** Does the per-article work for a text ahead of its pairs. */
    void prepare(String text) {
        if (perArticle) {
            articles.computeIfAbsent(text, ArticleSentences::new).prepareAll(this);
        }
    }

    /** Starts corpus-wide blocking of the sentences prepared so far; pairs are blocked once it is finished. */
    SentenceBlocking blocking() {
        return SentenceBlocking.of(sentences, ids.get() - 1);
    }

    /** True once a finished blocking is in place. */
    boolean blocked() {
        return blocking != null;
    }

    /** Blocks sentence pairs from now on (a finished blocking). */
    void block(SentenceBlocking finished) {
        blocking = finished;
    }

    /** Whether a sentence pair may be scored (always, without blocking). */
    boolean allows(PSent a, PSent b) {
        SentenceBlocking b0 = blocking;
        return b0 == null || b0.allows(a, b);
    }

    /** The sentences of the regions with at least minContent content words, in order, with their region. */
    List<ParaphraseMatcher.Unit> units(String text, List<Span> regions, int minContent, Cancellation c) {
        List<ParaphraseMatcher.Unit> out = new ArrayList<>();
        if (regions == null) {
            return out;
        }
        ArticleSentences art = perArticle ? articles.computeIfAbsent(text, ArticleSentences::new) : null;
        for (int r = 0; r < regions.size(); r++) {
            c.throwIfCancelled();
            Span span = regions.get(r);
            int from = Math.max(0, Math.min(span.start(), text.length()));
            int to = Math.max(from, Math.min(span.end(), text.length()));
            if (art != null && art.addUnits(from, to, r, this, minContent, out)) {
                continue;
            }
            for (List<PWord> toks : PWord.sentences(text, from, to)) {
                int[] offs = new int[toks.size() * 2];
                for (int i = 0; i < toks.size(); i++) {
                    offs[2 * i] = toks.get(i).start();
                    offs[2 * i + 1] = toks.get(i).end();
                }
                PSent ps = intern(surfaceKey(text, offs), () -> toks);
                if (ps.content.length >= minContent) {
                    out.add(new ParaphraseMatcher.Unit(ps, r, offs));
                }
            }
        }
        return out;
    }

    /** The prepared sentence of tokens [from, to) of a text (token offsets in starts/ends). */
    ArticleSentences.Placed placed(String text, int[] starts, int[] ends, int from, int to) {
        int[] offs = new int[(to - from) * 2];
        for (int t = from; t < to; t++) {
            offs[2 * (t - from)] = starts[t];
            offs[2 * (t - from) + 1] = ends[t];
        }
        PSent ps = intern(surfaceKey(text, offs), () -> {
            List<PWord> toks = new ArrayList<>(to - from);
            for (int t = from; t < to; t++) {
                toks.add(PWord.of(text, starts[t], ends[t]));
            }
            return toks;
        });
        return new ArticleSentences.Placed(ps, offs);
    }

    /** Two adjacent units read as one sentence. */
    ParaphraseMatcher.Unit join(ParaphraseMatcher.Unit x, ParaphraseMatcher.Unit y) {
        String key = surfaceKey(x.sent()) + SEP + surfaceKey(y.sent());
        PSent ps = intern(key, () -> {
            List<PWord> all = new ArrayList<>(x.sent().toks);
            all.addAll(y.sent().toks);
            return all;
        });
        int[] offs = new int[x.offs().length + y.offs().length];
        System.arraycopy(x.offs(), 0, offs, 0, x.offs().length);
        System.arraycopy(y.offs(), 0, offs, x.offs().length, y.offs().length);
        return new ParaphraseMatcher.Unit(ps, x.region(), offs);
    }

    /**
     * The score of a sentence pair, from the cache or computed. The links are kept when the pair passes
     * threshold with at least minAligned aligned content words.
     */
    Score score(PSent a, PSent b, double threshold, int minAligned) {
        Long key = a.id >= 0 && b.id >= 0 ? mix(((long) a.id << 32) | b.id) : null;
        Score s = key == null ? null : scores.get(key);
        if (s != null) {
            // what computing it again would give, where the cached score tells (it may come from other options)
            if (s.alignedContent() < minAligned) {
                return s.p() == 0 && s.links() == null ? s : new Score(0, s.alignedContent(), null);
            }
            if (s.links() != null) {
                return s.p() >= threshold ? s : new Score(s.p(), s.alignedContent(), null);
            }
            if (s.p() > 0 && s.p() < threshold) {
                return s;
            }
        }
        PairScorer.Scored scored = PairScorer.score(a, b, relations.get());
        double p = scored.alignedContent() < minAligned ? 0 : SimilarityModel.probability(scored.features());
        long[] links = null;
        if (scored.alignedContent() >= minAligned && p >= threshold) {
            links = new long[scored.links().size()];
            for (int k = 0; k < links.length; k++) {
                PairScorer.Link l = scored.links().get(k);
                links[k] = (long) l.i() << 32 | (long) l.j() << 8 | l.rel().ordinal();
            }
        }
        s = new Score(p, scored.alignedContent(), links);
        if (key != null && scores.size() < MAX_SCORES) {
            scores.put(key, s);
        }
        return s;
    }

    /** A bijective mix of a pair key, so that the map's hash codes spread (a ^ b alone collides). */
    private static long mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 31);
    }

    private PSent intern(String key, Supplier<List<PWord>> toks) {
        PSent ps = sentences.get(key);
        if (ps != null) {
            return ps;
        }
        List<PWord> t = toks.get();
        int s = t.isEmpty() ? 0 : t.get(0).start();
        int e = t.isEmpty() ? 0 : t.get(t.size() - 1).end();
        if (sentences.size() >= MAX_SENTENCES) {
            return new PSent(s, e, t, lex);
        }
        return sentences.computeIfAbsent(key, k -> new PSent(ids.getAndIncrement(), s, e, t, lex));
    }

    private static String surfaceKey(String text, int[] offs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < offs.length; i += 2) {
            if (i > 0) {
                sb.append(SEP);
            }
            sb.append(text, offs[i], offs[i + 1]);
        }
        return sb.toString();
    }

    private static String surfaceKey(PSent s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.toks.size(); i++) {
            if (i > 0) {
                sb.append(SEP);
            }
            sb.append(s.toks.get(i).surface());
        }
        return sb.toString();
    }
}
