package org.storycompare.engine.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;

/** Table-style alignment cases on small invented texts. */
class PairAlignerTest {

    static final String P1 = "The harbour board of Wrenmouth voted late on Thursday to close the old ferry pier.";
    static final String P2 = "Councillor Ada Fenwick called the decision a betrayal of the island families.";
    static final String P3 = "Repairs to the pier had been estimated at four million crowns last spring.";

    static PairAlignment align(String a, String b, CompareOptions o) {
        return new StoryEngine(o).align(new Article("a", a, null), new Article("b", b, null), Cancellation.NEVER);
    }

    /** One line per passage: KIND[ moved] a-text | b-text. */
    static List<String> render(PairAlignment p, String a, String b) {
        List<String> out = new ArrayList<>();
        for (Passage x : p.passages()) {
            out.add(x.kind() + (x.moved() ? " moved" : "") + " " + x.a().of(a) + " | " + x.b().of(b));
        }
        return out;
    }

    static Stream<Arguments> cases() {
        CompareOptions d = CompareOptions.builder().paraphrase(false).build();
        return Stream.of(
            Arguments.of("identical", P1 + " " + P2, P1 + " " + P2, d,
                List.of("EXACT " + P1 + " " + cut(P2) + " | " + P1 + " " + cut(P2))),
            Arguments.of("transposed paragraphs", P1 + "\n\n" + P2 + "\n\n" + P3, P3 + "\n\n" + P1 + "\n\n" + P2, d,
                List.of("EXACT " + P1 + "\n\n" + cut(P2) + " | " + P1 + "\n\n" + cut(P2),
                        "EXACT moved " + cut(P3) + " | " + cut(P3))),
            Arguments.of("case, quotes and dashes fold", "\u201CWe will not go quietly \u2014 never,\u201D said Mrs Holt.",
                "\"we WILL not go quietly - never,\" said mrs holt.", d,
                List.of("EXACT We will not go quietly \u2014 never,\u201D said Mrs Holt | we WILL not go quietly - never,\" said mrs holt")),
            Arguments.of("shared phrase shorter than the minimum", "the ferry pier will close soon",
                "they said the ferry pier closes", d, List.of()),
            Arguments.of("unrelated", P1, P2, d, List.of()),
            Arguments.of("numbers ignored on request", "The repairs would cost 4 million crowns in all, officials said.",
                "The repairs would cost 7 million crowns in all, officials said.",
                CompareOptions.builder().paraphrase(false).ignoreNumbers(true).build(),
                List.of("EXACT The repairs would cost 4 million crowns in all, officials said | "
                        + "The repairs would cost 7 million crowns in all, officials said")),
            Arguments.of("stems joined on request", "The board reported the closures of three piers on Thursday.",
                "The board reports the closure of three piers on Thursday.",
                CompareOptions.builder().paraphrase(false).stemming(true).build(),
                List.of("EXACT The board reported the closures of three piers on Thursday | "
                        + "The board reports the closure of three piers on Thursday"))
        );
    }

    private static String cut(String sentence) {
        return sentence.substring(0, sentence.length() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void alignsAsExpected(String name, String a, String b, CompareOptions o, List<String> expected) {
        assertThat(render(align(a, b, o), a, b)).containsExactlyElementsOf(expected);
    }

    /** One line per passage: KIND a-text | b-text, then its changes as [a-words>b-words, ...]. */
    static List<String> renderWithChanges(PairAlignment p, String a, String b) {
        List<String> out = new ArrayList<>();
        for (Passage x : p.passages()) {
            out.add(x.kind() + (x.moved() ? " moved" : "") + " " + x.a().of(a) + " | " + x.b().of(b) + " "
                    + x.changes().stream().map(c -> c.a().of(a) + ">" + c.b().of(b)).toList());
        }
        return out;
    }

    static Stream<Arguments> snapCases() {
        CompareOptions d = CompareOptions.builder().paraphrase(false).build();
        CompareOptions punct = CompareOptions.builder().paraphrase(false).ignorePunctuation(false).build();
        CompareOptions k2 = CompareOptions.builder().paraphrase(false).minMatchWords(2).bridgeGap(2).build();
        String main = "it would review every water main under the town centre";
        return Stream.of(
            Arguments.of("changed words opening the sentence on both sides",
                "The council said it would review every water main under the town centre.",
                "The councl stated it would examine every water main under the town centre.", d,
                List.of("EDITED The council said it would review every water main under the town centre | "
                        + "The councl stated it would examine every water main under the town centre "
                        + "[council said>councl stated, review>examine]")),
            Arguments.of("words opening the sentence on one side only",
                "Officials said " + main + ". " + P2, main.substring(0, 1).toUpperCase() + main.substring(1) + ". " + P2, d,
                List.of("EDITED Officials said " + main + ". " + cut(P2) + " | It would review every water main under"
                        + " the town centre. " + cut(P2) + " [Officials said>]")),
            Arguments.of("a prefix before the sentence's first word on one side",
                "Breaking: " + P1, P1, d,
                List.of("EDITED Breaking: " + cut(P1) + " | " + cut(P1) + " [Breaking>]")),
            Arguments.of("changed words closing the sentence, punctuation left out",
                "Councillor Ada Fenwick called the decision a betrayal of the island families. Then she left.",
                "Councillor Ada Fenwick called the decision a betrayal of the whole valley. Nobody replied.", d,
                List.of("EDITED Councillor Ada Fenwick called the decision a betrayal of the island families | "
                        + "Councillor Ada Fenwick called the decision a betrayal of the whole valley [island families>whole valley]")),
            Arguments.of("closing punctuation kept out when punctuation counts",
                "Councillor Ada Fenwick called the decision a betrayal of the island families.",
                "Councillor Ada Fenwick called the decision a betrayal of the whole valley!", punct,
                List.of("EDITED Councillor Ada Fenwick called the decision a betrayal of the island families | "
                        + "Councillor Ada Fenwick called the decision a betrayal of the whole valley [island families>whole valley]")),
            Arguments.of("more than bridgeGap words before the passage: no snap",
                "Speaking outside the crowded town hall, Councillor Ada Fenwick called the decision a betrayal.",
                "Later Councillor Ada Fenwick called the decision a betrayal.", d,
                List.of("EXACT Councillor Ada Fenwick called the decision a betrayal | "
                        + "Councillor Ada Fenwick called the decision a betrayal []")),
            Arguments.of("gap words belonging to another passage: no snap",
                "Mayor Holt said the harbour board voted to close the old pier.",
                "Critics said the harbour board voted to close the old pier. Mayor Holt wept.", k2,
                List.of("EXACT moved Mayor Holt | Mayor Holt []",
                        "EXACT said the harbour board voted to close the old pier | "
                        + "said the harbour board voted to close the old pier []")),
            Arguments.of("same gap sizes but bridgeGap 0: exact passages only",
                "The council said it would review every water main under the town centre.",
                "The councl stated it would review every water main under the town centre.",
                CompareOptions.builder().paraphrase(false).bridgeGap(0).build(),
                List.of("EXACT " + main + " | " + main + " []"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapCases")
    void passageEdgesSnapToSentenceEdges(String name, String a, String b, CompareOptions o, List<String> expected) {
        PairAlignment p = align(a, b, o);
        assertThat(renderWithChanges(p, a, b)).containsExactlyElementsOf(expected);
        PairAlignment mirror = align(b, a, o);
        assertThat(mirror.passages()).isEqualTo(p.mirrored().passages());
    }

    @Test
    void aSnappedInsertionOrDeletionSitsAtThePassageStart() {
        String a = "Breaking: " + P1;
        PairAlignment p = align(a, P1, CompareOptions.builder().paraphrase(false).build());
        WordChange c = p.passages().get(0).changes().get(0);
        assertThat(c.isDeletion()).isTrue();
        assertThat(c.b()).isEqualTo(new Span(0, 0));
        assertThat(p.passages().get(0).b().start()).isZero();
        assertThat(p.divergentA()).isEmpty();
        PairAlignment back = align(P1, a, CompareOptions.builder().paraphrase(false).build());
        assertThat(back.passages().get(0).changes().get(0).isInsertion()).isTrue();
        assertThat(back.passages().get(0).changes().get(0).a()).isEqualTo(new Span(0, 0));
    }

    @Test
    void replacedWordMakesAnEditedPassageListingTheChange() {
        String a = "The harbour board of Wrenmouth voted late on Thursday to close the old ferry pier for good.";
        String b = "The harbour board of Wrenmouth decided late on Thursday to close the old ferry pier for good.";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.passages()).hasSize(1);
        Passage x = p.passages().get(0);
        assertThat(x.kind()).isEqualTo(PassageKind.EDITED);
        assertThat(x.changes()).hasSize(1);
        WordChange c = x.changes().get(0);
        assertThat(c.a().of(a)).isEqualTo("voted");
        assertThat(c.b().of(b)).isEqualTo("decided");
        assertThat(x.score()).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(p.divergentA()).isEmpty();
        assertThat(p.divergentB()).isEmpty();
    }

    @Test
    void insertionAndDeletionHaveEmptySpansAtTheEditPoint() {
        String a = "Councillor Ada Fenwick called the decision a betrayal of the island families and their children.";
        String b = "Councillor Ada Fenwick angrily called the decision a betrayal of the families and their children.";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.passages()).hasSize(1);
        List<WordChange> changes = p.passages().get(0).changes();
        assertThat(changes).hasSize(2);
        WordChange ins = changes.get(0);
        assertThat(ins.isInsertion()).isTrue();
        assertThat(ins.b().of(b)).isEqualTo("angrily");
        assertThat(ins.a().start()).isEqualTo(a.indexOf(" called"));
        WordChange del = changes.get(1);
        assertThat(del.isDeletion()).isTrue();
        assertThat(del.a().of(a)).isEqualTo("island");
        assertThat(del.b().start()).isEqualTo(b.indexOf(" families"));
    }

    @Test
    void largeEditIsNotBridged() {
        String a = "The harbour board of Wrenmouth voted late on Thursday to close the old ferry pier for good.";
        String b = "The harbour board of Wrenmouth, after a long and stormy meeting, voted late on Thursday to close"
                + " the old ferry pier for good.";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.passages()).extracting(Passage::kind).containsExactly(PassageKind.EXACT, PassageKind.EXACT);
        assertThat(p.divergentB()).extracting(s -> s.of(b)).containsExactly("after a long and stormy meeting");
    }

    @Test
    void textRepeatedInBothArticlesIsAlignedTwice() {
        String q = "we will fight this closure in every court in the land";
        // attributions longer than bridgeGap words, so the quotes do not snap to their sentences' starts
        String a = "Fenwick told the crowd at the pier " + q + ". Later, at the pier, she repeated: " + q + ".";
        String b = "At the packed meeting last night: " + q + ". Outside, to reporters: " + q + ".";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(render(p, a, b)).containsExactly("EXACT " + q + " | " + q, "EXACT " + q + " | " + q);
        assertThat(p.passages().get(0).a().start()).isLessThan(p.passages().get(1).a().start());
        assertThat(p.passages().get(0).b().start()).isLessThan(p.passages().get(1).b().start());
    }

    @Test
    void textRepeatedInOneArticleOnlyUsesEachWordOnce() {
        String q = "we will fight this closure in every court in the land";
        String a = "Fenwick told the crowd at the pier " + q + ".";
        String b = "At the packed meeting last night: " + q + ". Outside, to reporters: " + q + ".";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.passages()).hasSize(1);
        assertThat(p.divergentB()).extracting(s -> s.of(b))
                .containsExactly("At the packed meeting last night", "Outside, to reporters: " + q);
        assertThat(p.containmentBInA()).isLessThan(0.6);
    }

    @Test
    void repeatsInsideOneArticleAreFound() {
        String q = "we will fight this closure in every court in the land";
        String text = "Fenwick said " + q + ". Later she added: " + q + ". Then once more: " + q + ". " + P1;
        List<Passage> r = new StoryEngine(CompareOptions.DEFAULTS).repeats(new Article("x", text, null), Cancellation.NEVER);
        assertThat(r).extracting(p -> p.a().of(text) + " | " + p.b().of(text))
                .containsExactly(q + " | " + q, q + " | " + q);
        assertThat(r.get(0).a().start()).isLessThan(r.get(0).b().start());
        assertThat(r.get(0).b()).isEqualTo(r.get(1).a());
        assertThat(new StoryEngine(CompareOptions.DEFAULTS).repeats(new Article("y", P1 + " " + P2, null),
                Cancellation.NEVER)).isEmpty();
    }

    @Test
    void divergentRangesAndSimilarity() {
        String a = "Breaking news today. " + P1 + " Extra words in A.";
        String b = P1 + " Completely other ending here.";
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.divergentA()).extracting(s -> s.of(a)).containsExactly("Breaking news today", "Extra words in A");
        assertThat(p.divergentB()).extracting(s -> s.of(b)).containsExactly("Completely other ending here");
        int wa = 3 + 15 + 4;
        int wb = 15 + 4;
        assertThat(p.containmentAInB()).isEqualTo(15.0 / wa);
        assertThat(p.containmentBInA()).isEqualTo(15.0 / wb);
        // the shared text, plus for the rest how close the vocabularies are (only the passage's words are common)
        assertThat(p.similarity()).isGreaterThan(30.0 / (wa + wb)).isLessThan(1.0);
    }

    @Test
    void paraphraseFinderFillsTheGapsAndBadPassagesAreDropped() {
        String a = P1 + " Mayor Holt was appalled by the vote.";
        String b = P1 + " A vote that horrified Mayor Holt.";
        int aS = a.indexOf("Mayor Holt");
        int bS = b.indexOf("A vote");
        ParaphraseFinder finder = (ta, ra, tb, rb, o, c) -> {
            // the aligner may hand the texts over in either order
            assertThat(ta.equals(a) ? ra : rb).containsExactly(new Span(aS, a.length() - 1));
            assertThat(ta.equals(a) ? rb : ra).containsExactly(new Span(bS, b.length() - 1));
            return List.of(
                new Passage(PassageKind.PARAPHRASE, ra.get(0), rb.get(0), 0.8, true, List.of(), List.of()),
                new Passage(PassageKind.PARAPHRASE, new Span(0, 5), new Span(0, 5), 0.8, false, List.of(), List.of()));
        };
        PairAlignment p = new StoryEngine(CompareOptions.DEFAULTS, finder)
                .align(new Article("a", a, null), new Article("b", b, null), Cancellation.NEVER);
        assertThat(p.passages()).extracting(Passage::kind).containsExactly(PassageKind.EXACT, PassageKind.PARAPHRASE);
        assertThat(p.passages()).noneMatch(Passage::moved);
        assertThat(p.divergentA()).isEmpty();
        // every word is covered, but the paraphrase's words weigh its score (0.8), not 1
        assertThat(p.containmentAInB()).isEqualTo((15 + 0.8 * 7) / 22, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.containmentBInA()).isEqualTo((15 + 0.8 * 6) / 21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.similarity()).isGreaterThan((30 + 0.8 * 13) / 43).isLessThan(1.0);
    }

    @Test
    void oneLoosePassageDoesNotMakeAPairIdentical() {
        String a = "Storm winds toppled three oak trees along Canal Street overnight.";
        String b = "Residents on the quay reported broken shutters after the gale.";
        ParaphraseFinder finder = (ta, ra, tb, rb, o, c) -> List.of(
                new Passage(PassageKind.PARAPHRASE, ra.get(0), rb.get(0), 0.52, false, List.of(), List.of()));
        PairAlignment p = new StoryEngine(CompareOptions.DEFAULTS, finder)
                .align(new Article("a", a, null), new Article("b", b, null), Cancellation.NEVER);
        assertThat(p.passages()).hasSize(1);
        assertThat(p.containmentAInB()).isEqualTo(0.52, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.similarity()).isLessThan(0.6);
    }

    @Test
    void anExactMatchOfStockPhrasesIsNoPassage() {
        // "said in a statement that" is a learned stock phrase; the rest differs
        String a = "Fenwick Holdings said in a statement that the Wrenmouth pier would reopen in spring.";
        String b = "A lawyer for the ferry union said in a statement that members rejected the pay offer.";
        PairAlignment p = align(a, b, CompareOptions.builder().paraphrase(false).build());
        assertThat(p.passages()).isEmpty();
        assertThat(p.containmentAInB()).isZero();
        // a longer shared run that merely contains one stays a passage
        String c = "Fenwick Holdings said in a statement that the Wrenmouth pier would reopen in spring after repairs.";
        String d = "The owner said in a statement that the Wrenmouth pier would reopen in spring, union members said.";
        assertThat(align(c, d, CompareOptions.builder().paraphrase(false).build()).passages()).hasSize(1);
    }

    @Test
    void paraphraseOffSkipsTheFinder() {
        ParaphraseFinder finder = (ta, ra, tb, rb, o, c) -> {
            throw new AssertionError("must not be called");
        };
        PairAlignment p = new StoryEngine(CompareOptions.builder().paraphrase(false).build(), finder)
                .align(new Article("a", P1 + " one two", null), new Article("b", P1 + " three four", null),
                        Cancellation.NEVER);
        assertThat(p.passages()).hasSize(1);
    }

    @Test
    void cancelledAlignmentThrows() {
        Cancellation c = new Cancellation();
        c.cancel();
        assertThatThrownBy(() -> new StoryEngine(CompareOptions.DEFAULTS)
                .align(new Article("a", P1, null), new Article("b", P1, null), c))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void hundredThousandWordTextsAlign() {
        StringBuilder sa = new StringBuilder();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            sa.append("w").append(r.nextInt(5000)).append(i % 17 == 16 ? ". " : " ");
        }
        String a = sa.toString();
        String b = a.substring(a.length() / 2) + " inserted middle words " + a.substring(0, a.length() / 2);
        PairAlignment p = align(a, b, CompareOptions.DEFAULTS);
        assertThat(p.containmentAInB()).isGreaterThan(0.999);
        assertThat(p.passages()).hasSizeLessThan(10);
        assertThat(p.passages()).anyMatch(Passage::moved);
    }
}
