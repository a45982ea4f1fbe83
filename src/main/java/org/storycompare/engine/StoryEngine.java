package org.storycompare.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.storycompare.engine.boilerplate.BoilerplateFinder;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.credits.CreditFinder;
import org.storycompare.engine.align.PairAligner;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.corpus.CorpusComparer;
import org.storycompare.engine.meaning.MeaningLinker;
import org.storycompare.engine.meaning.SentenceEncoder;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceAnalyzer;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.Stage;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactAnalyzer;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteAnalyzer;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Tokenizer;

/**
 * The engine's front door: {@link #analyse} works out everything about a story at once (one
 * {@link StoryAnalysis}); {@link #align} aligns the one pair on screen before that. Deterministic; reports progress; stops with CancelledException when cancelled.
 * Thread-safe: one engine may serve several comparisons at once.
 */
public final class StoryEngine {

    private final CompareOptions options;
    private final ParaphraseFinder paraphrases;
    private final int threads;
    /** Thread-safe, so built once per engine (it caches the forms of one-character tokens). */
    private final Tokenizer tokenizer;
    /** Links by meaning what word-level matching left; null without an encoder or when the options say off. */
    private final MeaningLinker meaning;

    /** One matcher for all engines: it is thread-safe and loads WordNet once, on first use. */
    private static final ParaphraseMatcher SHARED_MATCHER = new ParaphraseMatcher();

    /** An engine with the WordNet paraphrase matcher, used when the options ask for paraphrases. */
    public StoryEngine(CompareOptions options) {
        this(options, SHARED_MATCHER);
    }

    /** An engine that looks for paraphrases with the given finder when the options ask for it. */
    public StoryEngine(CompareOptions options, ParaphraseFinder paraphrases) {
        this(options, paraphrases, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    /** As above, aligning corpus pairs on {@code threads} worker threads (1: on the calling thread). */
    public StoryEngine(CompareOptions options, ParaphraseFinder paraphrases, int threads) {
        this(options, paraphrases, threads, null);
    }

    /**
     * An engine that also links by meaning (when {@code options.meaning()}) with the given sentence encoder
     * (null: no meaning matching); see {@link MeaningLinker}.
     */
    public StoryEngine(CompareOptions options, SentenceEncoder encoder) {
        this(options, SHARED_MATCHER, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), encoder);
    }

    /** As above, with every part given. */
    public StoryEngine(CompareOptions options, ParaphraseFinder paraphrases, int threads, SentenceEncoder encoder) {
        this.options = Objects.requireNonNull(options, "options");
        this.paraphrases = paraphrases == null ? ParaphraseFinder.NONE : paraphrases;
        this.threads = Math.max(1, threads);
        this.tokenizer = Normalisers.tokenizer(this.options);
        this.meaning = encoder != null && this.options.meaning() ? new MeaningLinker(encoder) : null;
    }

    public CompareOptions options() {
        return options;
    }

    /** Aligns two articles. {@code align(b, a)} is exactly the mirror of {@code align(a, b)}. */
    public PairAlignment align(Article a, Article b, Cancellation cancel) {
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        int k = options.minMatchWords();
        TokenizedText ta = new TokenizedText(a.text(), tokenizer, k);
        TokenizedText tb = new TokenizedText(b.text(), tokenizer, k);
        PairAlignment p = new PairAligner(options, paraphrases).align(a.id(), ta, b.id(), tb, cc);
        return meaning == null ? p : meaning.link(p, a.text(), b.text(), cc);
    }

    /**
     * Text repeated inside one article (e.g. a paragraph pasted twice): EXACT passages from an earlier copy
     * (span a) to a later copy (span b) of the same text, at least {@code minMatchWords} words long.
     */
    public List<Passage> repeats(Article article, Cancellation cancel) {
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        TokenizedText t = new TokenizedText(article.text(), tokenizer, options.minMatchWords());
        return new PairAligner(options, paraphrases).repeats(t, cc);
    }

    /**
     * Compares all articles with each other (article ids must be distinct): the pair alignments and coverage
     * only, the first stage of {@link #analyse}.
     */
    public Comparison compare(List<Article> articles, ProgressListener progress, Cancellation cancel) {
        return new CorpusComparer(options, paraphrases, threads).compare(articles, progress, cancel);
    }

    /** {@link #analyse(List, ProgressListener, Cancellation, StoryAnalysis)} from scratch. */
    public StoryAnalysis analyse(List<Article> articles, ProgressListener progress, Cancellation cancel) {
        return analyse(articles, progress, cancel, null);
    }

    /** {@code new StoryEngine(options).analyse(articles, progress, cancel)}. */
    public static StoryAnalysis analyse(List<Article> articles, CompareOptions options, ProgressListener progress,
                                        Cancellation cancel) {
        return new StoryEngine(options).analyse(articles, progress, cancel, null);
    }

    /**
     * The whole analysis of a story, each stage run exactly once, in {@link Stage} order, each reported to
     * {@code progress} when it starts: the alignments of every candidate pair with coverage, then per source the
     * page furniture and repeated text, then quotes, facts, credits and provenance (which uses the credits). Stops with
     * {@link org.storycompare.engine.model.CancelledException} when cancelled.
     *
     * @param previous an earlier analysis, or null: when it was made with the same options on articles with the
     *                 same ids and texts in the same order (only their details changed, say an outlet or a date),
     *                 its alignments are reused and the alignment stage is skipped, and so are the furniture and
     *                 repeats of every source whose text is unchanged; the other stages always run
     */
    public StoryAnalysis analyse(List<Article> articles, ProgressListener progress, Cancellation cancel,
                                 StoryAnalysis previous) {
        ProgressListener pl = progress == null ? ProgressListener.NONE : progress;
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        List<Article> input = List.copyOf(articles);
        Comparison wordLevel;
        // an earlier analysis with meaning passages is not reused: its word-level alignments cannot be told apart
        if (previous != null && sameTexts(previous.articles(), input) && previous.options().equals(options)
                && !MeaningLinker.hasMeaning(previous.comparison())) {
            Comparison p = previous.comparison();
            wordLevel = new Comparison(input, p.pairs(), p.coverage(), options);
        } else {
            pl.stage(Stage.ALIGN);
            wordLevel = compare(input, pl, cc);
        }
        // facts and provenance read word-level sharing only; the pairs shown and reported carry meaning links too
        Comparison comparison = withMeaning(wordLevel, pl, cc);
        // with threads to spare, quotes, credits and then provenance run on two side threads while this one does the
        // per-source stages and the facts; stages are reported in order as they start (or are waited for)
        ExecutorService side = threads > 1 && input.size() > 2 ? Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "storycompare-analyses");
            t.setDaemon(true);
            return t;
        }) : null;
        // the side's own flag: raised with the caller's, and when this thread leaves (a failure here stops it too)
        Cancellation sideCc = Cancellation.childOf(cc);
        try {
            Comparison aligned = wordLevel;
            Later<QuoteAnalysis> quotesLater = Later.on(side, () -> new QuoteAnalyzer().analyse(input, sideCc));
            Later<CreditAnalysis> creditsLater = Later.on(side, () -> new CreditFinder().find(input, sideCc));
            // queued behind the other two, so it never holds a thread while credits wait for one
            Later<Provenance> provenanceLater = Later.on(side, () -> new ProvenanceAnalyzer().analyze(aligned,
                    creditedNames(creditsLater.get())));
            Map<String, SourceAnalysis> sources = perSource(input, pl, cc, previous);
            pl.stage(Stage.QUOTES);
            pl.stage(Stage.FACTS);
            FactAnalysis facts = new FactAnalyzer().analyse(input, aligned, cc);
            QuoteAnalysis quotes = quotesLater.get();
            cc.throwIfCancelled();
            pl.stage(Stage.CREDITS);
            CreditAnalysis credits = creditsLater.get();
            cc.throwIfCancelled();
            pl.stage(Stage.PROVENANCE);
            Provenance provenance = provenanceLater.get();
            cc.throwIfCancelled();
            return new StoryAnalysis(comparison, sources, quotes, facts, credits, provenance);
        } finally {
            if (side != null) {
                sideCc.cancel();
                side.shutdown();
            }
        }
    }

    /**
     * The comparison with meaning links added to each aligned pair (word-level candidate pairs only; each sentence
     * is encoded once, through the encoder's cache); as it is without meaning matching or past
     * {@link #MEANING_MAX_SOURCES} sources, which the progress message says.
     */
    private Comparison withMeaning(Comparison c, ProgressListener pl, Cancellation cc) {
        if (meaning == null) {
            return c;
        }
        if (c.articles().size() > MEANING_MAX_SOURCES) {
            pl.progress(0, 0, "Meaning matching skipped: more than " + MEANING_MAX_SOURCES + " sources");
            return c;
        }
        Map<String, String> texts = new HashMap<>();
        c.articles().forEach(a -> texts.put(a.id(), a.text()));
        List<PairAlignment> pairs = new java.util.ArrayList<>();
        for (PairAlignment p : c.pairs()) {
            pairs.add(meaning.link(p, texts.get(p.aId()), texts.get(p.bId()), cc));
            pl.progress(pairs.size(), c.pairs().size(), "Matching by meaning");
        }
        return new Comparison(c.articles(), pairs, c.coverage(), c.options());
    }

    /** Most sources for which {@link #analyse} links by meaning (the pairs grow with the square). */
    public static final int MEANING_MAX_SOURCES = 60;

    private Map<String, SourceAnalysis> perSource(List<Article> articles, ProgressListener pl, Cancellation cc,
                                                  StoryAnalysis previous) {
        Map<String, Article> before = new HashMap<>();
        if (previous != null) {
            previous.articles().forEach(a -> before.put(a.id(), a));
        }
        boolean sameOptions = previous != null && previous.options().equals(options);
        Map<String, List<Span>> furniture = new LinkedHashMap<>();
        pl.stage(Stage.BOILERPLATE);
        for (Article a : articles) {
            cc.throwIfCancelled();
            Article old = before.get(a.id());
            furniture.put(a.id(), old != null && old.text().equals(a.text())
                    && old.meta().furniture().equals(a.meta().furniture())
                    ? previous.source(a.id()).boilerplate() : furniture(a));
        }
        pl.stage(Stage.REPEATS);
        Map<String, SourceAnalysis> out = new LinkedHashMap<>();
        int done = 0;
        for (Article a : articles) {
            cc.throwIfCancelled();
            Article old = before.get(a.id());
            List<Passage> repeats = sameOptions && old != null && old.text().equals(a.text())
                    ? previous.source(a.id()).repeats() : repeats(a, cc);
            out.put(a.id(), new SourceAnalysis(a.id(), furniture.get(a.id()), repeats));
            pl.progress(++done, articles.size(), Stage.REPEATS.description());
        }
        return out;
    }

    /** Article id to the names it credits, for provenance (credited or uncredited reuse). */
    private static Map<String, java.util.Set<String>> creditedNames(CreditAnalysis credits) {
        Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
        credits.bySource().forEach((id, list) -> {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            list.forEach(a -> names.add(a.name()));
            out.put(id, names);
        });
        return out;
    }

    private static boolean sameTexts(List<Article> a, List<Article> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id().equals(b.get(i).id()) || !a.get(i).text().equals(b.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The page furniture of one article: what {@link BoilerplateFinder} finds in its text and the lines its reader
     * recognised (byline, date line, copyright), joined. The analysis computes it for every source; the window
     * asks for it alone only to grey the pair it shows before the analysis has ended.
     */
    public static List<Span> furniture(Article a) {
        return union(FURNITURE.find(a.text()), a.meta().furniture());
    }

    private static final BoilerplateFinder FURNITURE = new BoilerplateFinder();

    /** Sorted, non-overlapping union of two span lists (touching spans are joined). */
    static List<Span> union(List<Span> a, List<Span> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<Span> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        List<Span> out = new java.util.ArrayList<>();
        for (Span s : all) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
