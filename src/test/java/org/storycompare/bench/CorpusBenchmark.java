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
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;

/** All pairs of 1,000 generated articles of about 600 words with planted shared passages, on 2 threads, 1 GB heap. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:ActiveProcessorCount=2"})
public class CorpusBenchmark {

    List<Article> articles;
    StoryEngine engine;

    @Setup
    public void setup() {
        articles = BenchData.corpus(1000);
        engine = new StoryEngine(CompareOptions.builder().paraphrase(false).build(), ParaphraseFinder.NONE, 2);
    }

    @Benchmark
    public Comparison compareThousand() {
        return engine.compare(articles, ProgressListener.NONE, Cancellation.NEVER);
    }
}
