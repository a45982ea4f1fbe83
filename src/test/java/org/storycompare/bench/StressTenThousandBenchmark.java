package org.storycompare.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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

/**
 * 10,000 articles of the MSRP stress corpus ({@link StressCorpus}, 50 stories of 200 versions) with default
 * options on 2 threads, 2 GB heap: one cold comparison (goal: under 5 minutes). Needs ../shared/eval-data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:ActiveProcessorCount=2"})
public class StressTenThousandBenchmark {

    List<Article> articles;
    StoryEngine engine;

    @Setup
    public void setup() {
        articles = StressCorpus.articles(10_000);
        engine = new StoryEngine(CompareOptions.DEFAULTS, new org.storycompare.engine.paraphrase.ParaphraseMatcher(), 2);
    }

    @Benchmark
    public Comparison compareTenThousand() {
        return engine.compare(articles, ProgressListener.NONE, Cancellation.NEVER);
    }
}
