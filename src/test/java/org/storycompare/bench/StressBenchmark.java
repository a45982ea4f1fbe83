package org.storycompare.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;

/**
 * The MSRP stress corpus ({@link StressCorpus}: versions of stories that share or paraphrase sentences, about
 * 600 words each) on 2 threads, the whole analysis (alignments, then quotes, facts, credits and provenance, as
 * the window and the command line run it): 1,000 articles with default options (paraphrase on) and with
 * paraphrase off, 1 GB heap; 10,000 articles with default options, 2 GB heap, one cold run. Single shot: one comparison per
 * iteration, each with a fresh per-comparison cache. Needs ../shared/eval-data (BenchMain leaves these out and
 * says so when it is missing); BenchMain runs them with the iteration counts given here.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=2"})
public class StressBenchmark {

    /** 1,000 articles, paraphrase on or off. */
    @State(Scope.Benchmark)
    public static class Thousand {
        @Param({"on", "off"})
        public String paraphrase;
        List<Article> articles;
        StoryEngine engine;

        @Setup
        public void setup() {
            articles = StressCorpus.articles(1000);
            engine = engine(CompareOptions.DEFAULTS.toBuilder().paraphrase(paraphrase.equals("on")).build());
        }
    }

    /** 10,000 articles, default options. */
    @State(Scope.Benchmark)
    public static class TenThousand {
        List<Article> articles;
        StoryEngine engine;

        @Setup
        public void setup() {
            articles = StressCorpus.articles(10_000);
            engine = engine(CompareOptions.DEFAULTS);
        }
    }

    /**
     * An engine with its own matcher. Each benchmark call builds a new one: a matcher hands its last session
     * back for the same texts, and a re-run must not find the previous iteration's work.
     */
    static StoryEngine engine(CompareOptions options) {
        return new StoryEngine(options, new ParaphraseMatcher(), 2);
    }

    /** The whole analysis, as the window and the command line run it: alignments, quotes, facts, credits, provenance. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public StoryAnalysis analyseThousand(Thousand s) {
        return engine(s.engine.options()).analyse(s.articles, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** One cold run of the whole analysis with a 2 GB heap. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=2"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public StoryAnalysis analyseTenThousand(TenThousand s) {
        return s.engine.analyse(s.articles, ProgressListener.NONE, Cancellation.NEVER);
    }
}
