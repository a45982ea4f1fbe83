package org.storycompare.engine;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.align.PairAligner;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.corpus.CorpusComparer;
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
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactAnalyzer;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteAnalyzer;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Tokenizer;

/**
 * The engine's front door: align two articles, or compare N articles (candidate pairs, pairwise
 * alignments, coverage). Deterministic; reports progress; stops with CancelledException when cancelled.
 * Thread-safe: one engine may serve several comparisons at once.
 */
public final class StoryEngine {

    private final CompareOptions options;
    private final ParaphraseFinder paraphrases;
    private final int threads;
    /** Thread-safe, so built once per engine (it caches the forms of one-character tokens). */
    private final Tokenizer tokenizer;

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
        this.options = Objects.requireNonNull(options, "options");
        this.paraphrases = paraphrases == null ? ParaphraseFinder.NONE : paraphrases;
        this.threads = Math.max(1, threads);
        this.tokenizer = Normalisers.tokenizer(this.options);
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
        return new PairAligner(options, paraphrases).align(a.id(), ta, b.id(), tb, cc);
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

    /** Compares all articles with each other (article ids must be distinct). */
    public Comparison compare(List<Article> articles, ProgressListener progress, Cancellation cancel) {
        return new CorpusComparer(options, paraphrases, threads).compare(articles, progress, cancel);
    }

    /** Who likely copied whom in a finished comparison (see {@link ProvenanceAnalyzer}). */
    public Provenance provenance(Comparison comparison) {
        return new ProvenanceAnalyzer().analyze(comparison);
    }

    /**
     * As {@link #provenance(Comparison)}, knowing the names each article credits (article id to names, e.g. from
     * the credits extraction): credits then give a link's direction, and each link says whether its reuse is
     * credited.
     */
    public Provenance provenance(Comparison comparison, java.util.Map<String, java.util.Set<String>> creditedNames) {
        return new ProvenanceAnalyzer().analyze(comparison, creditedNames);
    }

    /**
     * The direct quotes of the articles, matched across articles: for each quote, which articles carry it
     * verbatim, which altered it (with the changed words) and which lack it. Independent of the options.
     */
    public QuoteAnalysis quotes(List<Article> articles, Cancellation cancel) {
        return new QuoteAnalyzer().analyse(articles, cancel);
    }

    /**
     * Facts several articles state (numbers with their nouns, publication dates) and where they disagree.
     * Independent of the options.
     */
    public FactAnalysis facts(List<Article> articles, Cancellation cancel) {
        return new FactAnalyzer().analyse(articles, cancel);
    }

    /** As above, with the articles' comparison: mentions inside one shared passage state the same fact. */
    public FactAnalysis facts(List<Article> articles, Comparison comparison, Cancellation cancel) {
        return new FactAnalyzer().analyse(articles, comparison, cancel);
    }
}
