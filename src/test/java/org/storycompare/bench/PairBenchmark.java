package org.storycompare.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;

/** One pair of 10,000-word articles with 10% edits and moved paragraphs: StoryCompare against two diff libraries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PairBenchmark {

    Article a;
    Article b;
    StoryEngine engine;
    StoryEngine defaults;
    List<String> wordsA;
    List<String> wordsB;

    @Setup
    public void setup() {
        Article[] pair = BenchData.editedPair();
        a = pair[0];
        b = pair[1];
        engine = new StoryEngine(CompareOptions.builder().paraphrase(false).build());
        defaults = new StoryEngine(CompareOptions.DEFAULTS);
        wordsA = Arrays.asList(a.text().split("\\s+"));
        wordsB = Arrays.asList(b.text().split("\\s+"));
    }

    @Benchmark
    public PairAlignment storyCompare() {
        return engine.align(a, b, Cancellation.NEVER);
    }

    /** The same pair with default options (paraphrase search on), as the app and the command line run it. */
    @Benchmark
    public PairAlignment storyCompareDefaults() {
        return defaults.align(a, b, Cancellation.NEVER);
    }

    @Benchmark
    public Patch<String> javaDiffUtilsWords() {
        return DiffUtils.diff(Arrays.asList(a.text().split("\\s+")), Arrays.asList(b.text().split("\\s+")));
    }

    @Benchmark
    public LinkedList<DiffMatchPatch.Diff> diffMatchPatchWords() {
        // the linesToChars trick, with words: one char per distinct word, then a character diff
        Map<String, Character> codes = new HashMap<>();
        String ca = encode(a.text(), codes);
        String cb = encode(b.text(), codes);
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = 0;
        return dmp.diffMain(ca, cb, false);
    }

    private static String encode(String text, Map<String, Character> codes) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split("\\s+")) {
            out.append(codes.computeIfAbsent(w, k -> (char) (codes.size() + 1)));
        }
        return out.toString();
    }
}
