package org.storycompare.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.model.StyleSpans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storycompare.app.highlight.HighlightStyles;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * What the window does off the FX thread when a big pair opens: the runs of one side of a 50,000-word pair
 * with 5,000 passages ({@link HighlightSpans#forSide}) and the RichTextFX style spans built from them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HighlightBenchmark {

    /** disjoint: passages one sentence long, as the aligner tiles them; nested: each also reaches 30 sentences on. */
    @Param({"disjoint", "nested"})
    public String layout;

    String text;
    PairAlignment pair;
    List<StyledRun> runs;

    @Setup
    public void setup() {
        Object[] big = bigPair(50_000, 5_000, layout.equals("nested") ? 30 : 0);
        text = (String) big[0];
        pair = (PairAlignment) big[1];
        runs = HighlightSpans.forSide(pair, true, text.length());
    }

    @Benchmark
    public List<StyledRun> forSide() {
        return HighlightSpans.forSide(pair, true, text.length());
    }

    @Benchmark
    public StyleSpans<Collection<String>> forSideAndStyleSpans() {
        List<StyledRun> r = HighlightSpans.forSide(pair, true, text.length());
        return HighlightStyles.toStyleSpans(r, text.length());
    }

    /**
     * A text of {@code words} invented words in sentences of 6 to 14 words, and an alignment (seen from A,
     * B the same text) where {@code passages} sentences are shared: 60% exact, 25% edited with one or two
     * changed words, 15% paraphrases with two swapped words, one in twelve moved; every other sentence is
     * divergent. With {@code reach} > 0 each passage runs on over the next {@code reach} sentences, so about
     * that many passages overlap at every point (a worst case for a sweep that rescans the open ranges).
     * Returns {text, alignment}.
     */
    static Object[] bigPair(int words, int passages, int reach) {
        Random r = new Random(11);
        String[] vocab = "harbour council bridge lantern meadow quarry ferry orchard beacon granary mill ridge tannery weir".split(" ");
        StringBuilder sb = new StringBuilder();
        List<int[]> sentences = new ArrayList<>(); // start, end, word starts follow
        List<List<int[]>> sentenceWords = new ArrayList<>();
        int w = 0;
        while (w < words) {
            int n = Math.min(words - w, 6 + r.nextInt(9));
            int start = sb.length();
            List<int[]> ws = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                int ws0 = sb.length();
                sb.append(vocab[r.nextInt(vocab.length)]);
                ws.add(new int[] {ws0, sb.length()});
            }
            sb.append('.');
            sentences.add(new int[] {start, sb.length()});
            sentenceWords.add(ws);
            sb.append(sentences.size() % 7 == 0 ? "\n\n" : " ");
            w += n;
        }
        double share = Math.min(1.0, (double) passages / sentences.size());
        List<Passage> ps = new ArrayList<>();
        List<Span> divergent = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = new Span(sentences.get(i)[0], sentences.get(i)[1]);
            if (ps.size() >= passages || r.nextDouble() > share * 1.1) {
                divergent.add(s);
                continue;
            }
            if (reach > 0) {
                s = new Span(s.start(), sentences.get(Math.min(sentences.size() - 1, i + reach))[1]);
            }
            List<int[]> ws = sentenceWords.get(i);
            int kind = r.nextInt(20);
            boolean moved = r.nextInt(12) == 0;
            if (kind < 12) {
                ps.add(new Passage(PassageKind.EXACT, s, s, 1.0, moved, List.of(), List.of()));
            } else if (kind < 17) {
                List<WordChange> changes = new ArrayList<>();
                for (int k = 0; k < 1 + r.nextInt(2) && k < ws.size(); k++) {
                    int[] x = ws.get(r.nextInt(ws.size()));
                    if (changes.stream().noneMatch(c -> c.a().start() == x[0])) {
                        changes.add(new WordChange(new Span(x[0], x[1]), new Span(x[0], x[1])));
                    }
                }
                changes.sort((c1, c2) -> Integer.compare(c1.a().start(), c2.a().start()));
                ps.add(new Passage(PassageKind.EDITED, s, s, 0.8, moved, changes, List.of()));
            } else {
                int[] x = ws.get(0);
                int[] y = ws.get(ws.size() - 1);
                ps.add(new Passage(PassageKind.PARAPHRASE, s, s, 0.7, moved, List.of(), List.of(
                        new WordSwap(new Span(x[0], x[1]), new Span(x[0], x[1]), "lantern", "lamp", "synonym"),
                        new WordSwap(new Span(y[0], y[1]), new Span(y[0], y[1]), "weir", "dam", "synonym"))));
            }
        }
        return new Object[] {sb.toString(), new PairAlignment("a", "b", 0.8, 0.8, 0.8, ps, divergent, divergent)};
    }
}
