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
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;

/**
 * The MSRP stress corpus ({@link StressCorpus}: 1,000 articles of about 600 words, versions of five stories
 * sharing or paraphrasing sentences) compared with default options (paraphrase on) and with paraphrase off,
 * on 2 threads, 1 GB heap. Needs ../shared/eval-data (BenchMain leaves it out and says so when missing).
 * Single shot: one comparison per iteration, each with a fresh per-comparison cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=2"})
public class StressBenchmark {

    @Param({"on", "off"})
    public String paraphrase;

    List<Article> articles;
    StoryEngine engine;

    @Setup
    public void setup() {
        articles = StressCorpus.articles(1000);
        CompareOptions options = CompareOptions.DEFAULTS.toBuilder().paraphrase(paraphrase.equals("on")).build();
        engine = new StoryEngine(options, new ParaphraseMatcher(), 2);
    }

    @Benchmark
    public Comparison compareThousand() {
        return engine.compare(articles, ProgressListener.NONE, Cancellation.NEVER);
    }
}
