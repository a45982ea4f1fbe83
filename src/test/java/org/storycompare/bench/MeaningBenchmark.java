package org.storycompare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.meaning.OnnxSentenceEncoder;

/**
 * The cost of meaning matching (issue 17), with the shipped model and no cache (every sentence encoded each time,
 * the cold case): one sentence of about 20 words, a batch of 32, and pairs of 1,000-word articles with meaning on
 * and off: an edited copy (most sentences matched word by word) and two unrelated articles (every sentence a
 * candidate, the worst case).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MeaningBenchmark {

    OnnxSentenceEncoder encoder;
    List<String> sentences;
    int next;
    Article a;
    Article edited;
    Article unrelated;
    StoryEngine on;
    StoryEngine off;
    @Param({"edited", "unrelated"})
    String pair;
    @Param({"on", "off"})
    String meaning;

    @Setup
    public void setup() {
        encoder = new OnnxSentenceEncoder();
        RandomTexts g = new RandomTexts(42, 20_000);
        List<String> pa = g.paragraphs(1_000);
        a = new Article("a", RandomTexts.join(pa), null);
        edited = new Article("b", RandomTexts.join(g.variant(pa, 0.10, 3, 0)), null);
        unrelated = new Article("c", RandomTexts.join(g.paragraphs(1_000)), null);
        sentences = new ArrayList<>();
        for (String p : g.paragraphs(4_000)) {
            for (String s : p.split("(?<=[.!?])\\s+")) {
                sentences.add(s);
            }
        }
        encoder.encode(sentences.subList(0, 8)); // loads the model before measuring
        on = new StoryEngine(CompareOptions.DEFAULTS, encoder);
        off = new StoryEngine(CompareOptions.DEFAULTS.toBuilder().meaning(false).build(), encoder);
    }

    @Benchmark
    public List<float[]> oneSentence() {
        next = (next + 1) % sentences.size();
        return encoder.encode(List.of(sentences.get(next)));
    }

    @Benchmark
    public List<float[]> batchOf32() {
        next = (next + 32) % (sentences.size() - 32);
        return encoder.encode(sentences.subList(next, next + 32));
    }

    /** A 1,000-word pair: {@code edited} (an edited copy) or {@code unrelated}, meaning {@code on} or {@code off}. */
    @Benchmark
    public PairAlignment pair() {
        return ("on".equals(meaning) ? on : off).align(a, "edited".equals(pair) ? edited : unrelated, Cancellation.NEVER);
    }
}
