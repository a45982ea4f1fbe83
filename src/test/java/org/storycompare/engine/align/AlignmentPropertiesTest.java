package org.storycompare.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/** Properties of alignments of random texts with random edits, moves and repeats. */
class AlignmentPropertiesTest {

    record Case(String a, String b, CompareOptions options) {
    }

    static Case makeCase(long seed, double editRate, int moves, int repeats, int minWords, int gap,
                         boolean punctuation) {
        RandomTexts g = new RandomTexts(seed, 120 + (int) Math.floorMod(seed, 400));
        List<String> pa = g.paragraphs(40 + g.random().nextInt(400));
        List<String> pb = g.variant(pa, editRate, moves, repeats);
        CompareOptions o = CompareOptions.builder().minMatchWords(minWords).bridgeGap(gap)
                .ignorePunctuation(punctuation).paraphrase(false).build();
        return new Case(RandomTexts.join(pa), RandomTexts.join(pb), o);
    }

    static PairAlignment align(String a, String b, CompareOptions o) {
        return new StoryEngine(o).align(new Article("A", a, null), new Article("B", b, null), Cancellation.NEVER);
    }

    @Property(tries = 150)
    void alignmentsAreWellFormed(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 0.4) double edits,
                                 @ForAll @IntRange(min = 0, max = 4) int moves,
                                 @ForAll @IntRange(min = 0, max = 3) int repeats,
                                 @ForAll @IntRange(min = 2, max = 8) int minWords,
                                 @ForAll @IntRange(min = 0, max = 5) int gap, @ForAll boolean punctuation) {
        Case c = makeCase(seed, edits, moves, repeats, minWords, gap, punctuation);
        PairAlignment p = align(c.a(), c.b(), c.options());
        checkSide(p.passages().stream().map(Passage::a).toList(), p.divergentA(), c.a());
        checkSide(p.passages().stream().map(Passage::b).toList(), p.divergentB(), c.b());
        Tokenizer t = Normalisers.tokenizer(c.options());
        for (Passage x : p.passages()) {
            assertThat(x.score()).isGreaterThan(0).isLessThanOrEqualTo(1);
            if (x.kind() == PassageKind.EXACT) {
                assertThat(x.changes()).isEmpty();
                assertThat(norms(t, c.a(), x.a(), List.of())).isEqualTo(norms(t, c.b(), x.b(), List.of()));
            } else {
                assertThat(x.kind()).isEqualTo(PassageKind.EDITED);
                assertThat(x.changes()).isNotEmpty();
                for (WordChange w : x.changes()) {
                    assertThat(within(w.a(), x.a()) && within(w.b(), x.b())).isTrue();
                    assertThat(w.a().isEmpty() && w.b().isEmpty()).isFalse();
                }
                // outside its changes an edited passage reads the same on both sides
                List<Span> ca = x.changes().stream().map(WordChange::a).toList();
                List<Span> cb = x.changes().stream().map(WordChange::b).toList();
                assertThat(norms(t, c.a(), x.a(), ca)).isEqualTo(norms(t, c.b(), x.b(), cb));
            }
        }
        assertThat(p.similarity()).isBetween(0.0, 1.0);
        assertThat(p.containmentAInB()).isBetween(0.0, 1.0);
        assertThat(p.containmentBInA()).isBetween(0.0, 1.0);
        assertThat(align(c.a(), c.b(), c.options())).isEqualTo(p);
    }

    @Property(tries = 100)
    void mirrorImage(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 0.3) double edits,
                     @ForAll @IntRange(min = 0, max = 4) int moves, @ForAll @IntRange(min = 0, max = 3) int repeats) {
        Case c = makeCase(seed, edits, moves, repeats, 5, 4, true);
        PairAlignment ab = align(c.a(), c.b(), c.options());
        PairAlignment ba = new StoryEngine(c.options()).align(new Article("B", c.b(), null),
                new Article("A", c.a(), null), Cancellation.NEVER);
        assertThat(ba).isEqualTo(ab.mirrored());
    }

    @Property(tries = 100)
    void anArticleAgainstItselfIsCoveredCompletely(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int repeats,
                                                    @ForAll @IntRange(min = 1, max = 8) int minWords) {
        Case c = makeCase(seed, 0.1, 1, repeats, minWords, 4, true);
        PairAlignment p = align(c.b(), c.b(), c.options());
        assertThat(p.divergentA()).isEmpty();
        assertThat(p.divergentB()).isEmpty();
        assertThat(p.similarity()).isEqualTo(1.0);
        assertThat(p.passages()).hasSize(1);
        assertThat(p.passages().get(0).a()).isEqualTo(p.passages().get(0).b());
    }

    @Property(tries = 60)
    void movedParagraphsAreFoundAndFlagged(@ForAll long seed) {
        RandomTexts g = new RandomTexts(seed, 3000);
        List<String> pa = g.paragraphs(300);
        if (pa.size() < 3) {
            return;
        }
        List<String> pb = new ArrayList<>(pa);
        String moved = pb.remove(0);
        pb.add(moved);
        String a = RandomTexts.join(pa);
        String b = RandomTexts.join(pb);
        PairAlignment p = align(a, b, CompareOptions.builder().paraphrase(false).build());
        assertThat(p.similarity()).isEqualTo(1.0);
        assertThat(p.passages()).anyMatch(Passage::moved);
        assertThat(p.passages()).filteredOn(x -> !x.moved()).isNotEmpty();
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    private static void checkSide(List<Span> passages, List<Span> divergent, String text) {
        List<Span> all = new ArrayList<>(passages);
        all.addAll(divergent);
        for (Span s : all) {
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.isEmpty()).isFalse();
        }
        all.sort(null);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start()).as("ranges on one side never overlap").isGreaterThanOrEqualTo(all.get(i - 1).end());
        }
        // everything with a letter or digit outside the passages is in a divergent range
        for (Token tok : Tokenizer.raw().words(text)) {
            assertThat(all.stream().anyMatch(s -> s.start() <= tok.start() && tok.end() <= s.end()))
                    .as("word %s at %d is accounted for", tok.original(), tok.start()).isTrue();
        }
    }

    /** Normalised tokens of a span, leaving out those inside the excluded spans. */
    private static List<String> norms(Tokenizer t, String text, Span span, List<Span> excluded) {
        List<String> out = new ArrayList<>();
        for (Token tok : t.tokenize(span.of(text))) {
            int s = span.start() + tok.start();
            boolean skip = excluded.stream().anyMatch(e -> s >= e.start() && s < e.end());
            if (!skip) {
                out.add(tok.normalised());
            }
        }
        return out;
    }
}
