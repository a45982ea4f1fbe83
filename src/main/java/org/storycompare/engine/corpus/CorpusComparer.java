package org.storycompare.engine.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.storycompare.engine.align.PairAligner;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Tokenizer;

/**
 * Compares N articles: tokenizes them, picks candidate pairs through {@link CandidatePairs} (every pair
 * when paraphrase search is on and the corpus is small), aligns the candidates on worker threads and
 * builds the coverage heat map. Results are in a fixed order whatever the threads do; progress is
 * reported from the calling thread.
 */
public final class CorpusComparer {

    /** Up to this many articles, paraphrase search aligns every pair rather than candidates only. */
    public static final int ALL_PAIRS_UP_TO = 64;

    private static final int BATCH = 32;

    private final CompareOptions options;
    private final ParaphraseFinder paraphrases;
    private final int threads;

    public CorpusComparer(CompareOptions options, ParaphraseFinder paraphrases, int threads) {
        this.options = options;
        this.paraphrases = paraphrases == null ? ParaphraseFinder.NONE : paraphrases;
        this.threads = Math.max(1, threads);
    }

    public Comparison compare(List<Article> articles, ProgressListener progress, Cancellation cancel) {
        ProgressListener pl = progress == null ? ProgressListener.NONE : progress;
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        checkIds(articles);
        int n = articles.size();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        try {
            // one finder per comparison: it keeps each article's sentences and each scored sentence pair (the last
            // comparison's, when it compared the same texts)
            ParaphraseFinder finder = options.paraphrase()
                    ? paraphrases.forComparison(articles.stream().map(Article::text).toList()) : ParaphraseFinder.NONE;
            List<TokenizedText> docs = tokenize(articles, finder, pool, pl, cc);
            if (n > ALL_PAIRS_UP_TO && !finder.blocked()) {
                block(finder.blocking(), pool, pl, cc);
            }
            pl.progress(0, 0, "Finding candidate pairs");
            List<CandidatePairs.Pair> candidates;
            if (options.paraphrase() && n <= ALL_PAIRS_UP_TO) {
                candidates = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        candidates.add(new CandidatePairs.Pair(i, j, 0, 0));
                    }
                }
            } else {
                candidates = candidates(docs, pool, pl, cc);
            }
            PairAligner aligner = new PairAligner(options, finder);
            List<PairAlignment> pairs = alignAll(aligner, articles, docs, candidates, pool, pl, cc);
            pl.progress(candidates.size(), candidates.size(), "Building coverage");
            List<String> ids = articles.stream().map(Article::id).toList();
            Map<String, List<CoverageSegment>> coverage = new LinkedHashMap<>();
            List<List<PairAlignment>> byDoc = pairsByDoc(pairs, ids);
            List<List<CoverageSegment>> segments = runInOrder(n, pool, cc,
                    i -> CoverageBuilder.segments(docs.get(i), i, byDoc.get(i), ids), (done, all) -> { });
            for (int i = 0; i < n; i++) {
                coverage.put(ids.get(i), segments.get(i));
            }
            pl.progress(candidates.size(), candidates.size(), "Compared " + n + " articles");
            return new Comparison(articles, pairs, coverage, options);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static void checkIds(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("two articles have the same id: " + a.id());
            }
        }
    }

    /** Per-article work, once per article, on the pool: tokens and shingles, and the finder's sentences. */
    private List<TokenizedText> tokenize(List<Article> articles, ParaphraseFinder finder, ExecutorService pool,
                                         ProgressListener pl, Cancellation cancel) {
        Tokenizer tokenizer = Normalisers.tokenizer(options);
        int n = articles.size();
        pl.progress(0, n, "Reading " + n + " articles");
        return runInOrder(n, pool, cancel, k -> {
            String text = articles.get(k).text();
            TokenizedText t = new TokenizedText(text, tokenizer, options.minMatchWords());
            finder.prepare(text);
            return t;
        }, (done, all) -> pl.progress(done, all, "Read " + done + " of " + all + " articles"));
    }

    /** Corpus-wide blocking of the finder's sentence pairs (none when it has none), ranked on the pool. */
    private static void block(ParaphraseFinder.Blocking blocking, ExecutorService pool, ProgressListener pl,
                              Cancellation cancel) {
        if (blocking == null) {
            return;
        }
        int n = blocking.size();
        pl.progress(0, n, "Blocking the sentence pairs of " + n + " sentences");
        runInOrder(n, pool, cancel, i -> {
            blocking.rank(i);
            return Boolean.TRUE;
        }, (done, all) -> pl.progress(done, all, "Ranked partners of " + done + " of " + all + " sentences"));
        pl.progress(n, n, blocking.finish());
    }

    /** The indexes on this thread, then each article's best partners on the pool, then their union. */
    private List<CandidatePairs.Pair> candidates(List<TokenizedText> docs, ExecutorService pool,
                                                 ProgressListener pl, Cancellation cancel) {
        int n = docs.size();
        CandidatePairs index = CandidatePairs.index(docs, options.paraphrase(), CandidatePairs.PER_ARTICLE, cancel,
                pool);
        List<int[]> lists = runInOrder(n, pool, cancel, index::partners,
                (done, all) -> pl.progress(done, all, "Ranked partners of " + done + " of " + all + " articles"));
        return index.union(lists);
    }

    private List<PairAlignment> alignAll(PairAligner aligner, List<Article> articles, List<TokenizedText> docs,
                                         List<CandidatePairs.Pair> candidates, ExecutorService pool,
                                         ProgressListener pl, Cancellation cancel) {
        int total = candidates.size();
        pl.progress(0, total, "Aligning " + total + " pairs");
        return runInOrder(total, pool, cancel, k -> {
            CandidatePairs.Pair p = candidates.get(k);
            return aligner.align(articles.get(p.a()).id(), docs.get(p.a()),
                    articles.get(p.b()).id(), docs.get(p.b()), cancel);
        }, (done, all) -> pl.progress(done, all, "Aligned " + done + " of " + all + " pairs"));
    }

    private static List<List<PairAlignment>> pairsByDoc(List<PairAlignment> pairs, List<String> ids) {
        Map<String, Integer> pos = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            pos.put(ids.get(i), i);
        }
        List<List<PairAlignment>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (PairAlignment p : pairs) {
            out.get(pos.get(p.aId())).add(p);
            out.get(pos.get(p.bId())).add(p);
        }
        return out;
    }

    private interface IndexedTask<T> {
        T run(int index);
    }

    private interface Done {
        void done(long done, long total);
    }

    /** Runs task(0..count-1) in batches on the pool (or here), returning results in index order. */
    private static <T> List<T> runInOrder(int count, ExecutorService pool, Cancellation cancel,
                                          IndexedTask<T> task, Done done) {
        List<T> out = new ArrayList<>(count);
        if (pool == null) {
            for (int i = 0; i < count; i++) {
                cancel.throwIfCancelled();
                out.add(task.run(i));
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    done.done(i + 1, count);
                }
            }
            return out;
        }
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int from = 0; from < count; from += BATCH) {
            int f = from;
            int to = Math.min(count, from + BATCH);
            futures.add(pool.submit(() -> {
                List<T> part = new ArrayList<>(to - f);
                for (int i = f; i < to; i++) {
                    cancel.throwIfCancelled();
                    part.add(task.run(i));
                }
                return part;
            }));
        }
        try {
            for (Future<List<T>> fu : futures) {
                out.addAll(Await.result(fu));
                done.done(out.size(), count);
            }
        } catch (RuntimeException | Error e) {
            futures.forEach(fu -> fu.cancel(true));
            throw e;
        }
        return out;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        AtomicInteger no = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "storycompare-engine-" + no.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
