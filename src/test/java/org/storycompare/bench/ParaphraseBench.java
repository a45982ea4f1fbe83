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
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.paraphrase.ArticleGen;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;

/**
 * Paraphrase matching of two generated 100-sentence articles (an original and its spun version), WordNet
 * warm. Goal: under 50 ms per match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParaphraseBench {

    private final ParaphraseMatcher matcher = new ParaphraseMatcher();
    private String a;
    private String b;
    private List<Span> ra;
    private List<Span> rb;

    @Setup
    public void setUp() {
        a = ArticleGen.article(11, 100, false);
        b = ArticleGen.article(11, 100, true);
        ra = List.of(new Span(0, a.length()));
        rb = List.of(new Span(0, b.length()));
        matcher.match(a, ra, b, rb, CompareOptions.DEFAULTS, Cancellation.NEVER); // loads WordNet
    }

    @Benchmark
    public List<Passage> match100x100() {
        return matcher.match(a, ra, b, rb, CompareOptions.DEFAULTS, Cancellation.NEVER);
    }
}
