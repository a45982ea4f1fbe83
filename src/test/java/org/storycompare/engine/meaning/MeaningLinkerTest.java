package org.storycompare.engine.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/** Meaning and summary links through StoryEngine.align, with an invented stand-in model (TopicEncoder). */
class MeaningLinkerTest {

    static final String LONG = "The Brindle Orchard Company posted record profits after a warm autumn in the valley.";
    static final String A = LONG + " The river flooded the old bridge overnight and closed it to traffic. "
            + "Teachers sent the pupils of Hollin school home at noon.";
    static final String B = LONG + " Water rose over the ancient crossing in the dark, shutting it for cars. "
            + "Nobody expected the harvest festival to go ahead on Sunday.";

    private static Article article(String id, String text) {
        return new Article(id, text, null);
    }

    private static PairAlignment align(String a, String b, boolean meaning, SentenceEncoder enc) {
        StoryEngine e = new StoryEngine(CompareOptions.DEFAULTS.toBuilder().meaning(meaning).build(), enc);
        return e.align(article("a", a), article("b", b), Cancellation.NEVER);
    }

    private static List<Passage> of(PairAlignment p, PassageKind k) {
        return p.passages().stream().filter(x -> x.kind() == k).toList();
    }

    @Test
    void rewordedSentenceIsLinkedByMeaningAndWordLevelPassagesStay() {
        PairAlignment p = align(A, B, true, new TopicEncoder());
        List<Passage> m = of(p, PassageKind.MEANING);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).a().of(A)).isEqualTo("The river flooded the old bridge overnight and closed it to traffic.");
        assertThat(m.get(0).b().of(B)).isEqualTo("Water rose over the ancient crossing in the dark, shutting it for cars.");
        assertThat(m.get(0).score()).isGreaterThanOrEqualTo(MeaningLinker.THRESHOLD).isLessThanOrEqualTo(1.0);
        // the shared first sentence stays exact, and the unrelated sentences stay unlinked and divergent
        assertThat(of(p, PassageKind.EXACT)).extracting(x -> x.a().of(A)).containsExactly(LONG.substring(0, LONG.length() - 1));
        assertThat(p.divergentA()).extracting(s -> s.of(A))
                .containsExactly("Teachers sent the pupils of Hollin school home at noon");
        assertThat(p.divergentB()).extracting(s -> s.of(B))
                .containsExactly("Nobody expected the harvest festival to go ahead on Sunday");
        PairAlignment without = align(A, B, true, null);
        assertThat(p.similarity()).isEqualTo(without.similarity());
    }

    @Test
    void offInTheOptionsOrWithoutAnEncoderNothingIsLinkedByMeaning() {
        for (PairAlignment p : List.of(align(A, B, false, new TopicEncoder()), align(A, B, true, null))) {
            assertThat(p.passages()).extracting(Passage::kind).doesNotContain(PassageKind.MEANING, PassageKind.SUMMARY);
        }
    }

    @Test
    void linkingIsSymmetric() {
        TopicEncoder enc = new TopicEncoder();
        PairAlignment ab = align(A, B, true, enc);
        PairAlignment ba = new StoryEngine(CompareOptions.DEFAULTS, enc).align(article("b", B), article("a", A),
                Cancellation.NEVER);
        assertThat(ba.mirrored()).isEqualTo(ab);
    }

    static final String STORY = "The river flooded the market square before dawn on Monday. "
            + "The council met in the town hall at noon to discuss the damage. "
            + "An orchard on the hill lost most of its apples to the storm. "
            + "The mayor said the school budget would pay for the clean-up.";
    static final String BRIEF = "- Flood water filled the square; the council met at the hall about it.\n\n"
            + "- Parking in the centre will be free until December.";

    @Test
    void aBulletIsLinkedToEverySentenceItCondensesAndNothingElse() {
        // word-level paraphrase matching off: it would take the bullet for a paraphrase of the two sentences
        PairAlignment p = new StoryEngine(CompareOptions.DEFAULTS.toBuilder().paraphrase(false).build(),
                new TopicEncoder()).align(article("a", STORY), article("b", BRIEF), Cancellation.NEVER);
        List<Passage> s = of(p, PassageKind.SUMMARY);
        assertThat(s).extracting(x -> x.a().of(STORY)).containsExactly(
                "The river flooded the market square before dawn on Monday.",
                "The council met in the town hall at noon to discuss the damage.");
        assertThat(s).extracting(x -> x.b().of(BRIEF)).containsOnly(
                "- Flood water filled the square; the council met at the hall about it.");
        assertThat(s.get(0).score()).isEqualTo(s.get(1).score());
        MeaningLinker.Covers covers = MeaningLinker.covers(s.get(1), p.passages());
        assertThat(covers.sideB()).isFalse();
        assertThat(covers.ranges()).containsExactly(s.get(0).a(), s.get(1).a());
        assertThat(p.passages()).filteredOn(x -> x.kind() != PassageKind.SUMMARY)
                .allMatch(x -> MeaningLinker.covers(x, p.passages()) == null);
        // the orchard and budget sentences and the parking bullet share no topic: no link
        assertThat(p.passages()).noneMatch(x -> x.b().of(BRIEF).contains("Parking") || x.a().of(STORY).contains("apples")
                || x.a().of(STORY).contains("budget"));
    }

    @Test
    void eachSentenceIsEncodedOnceThroughTheCache() {
        TopicEncoder inner = new TopicEncoder();
        CachedEncoder cached = new CachedEncoder(inner, 100);
        align(A, B, true, cached);
        int first = inner.encoded.get();
        align(A, B, true, cached);
        assertThat(first).isPositive();
        assertThat(inner.encoded.get()).isEqualTo(first);
        assertThat(cached.encode(List.of("x y", "x y"))).hasSize(2);
        assertThat(inner.encoded.get()).isEqualTo(first + 1);
    }

    @Test
    void subtractKeepsWhatNoCutCovers() {
        String t = "abc def ghi";
        assertThat(MeaningLinker.subtract(List.of(new Span(0, 11)), List.of(new Span(4, 7)), t))
                .containsExactly(new Span(0, 3), new Span(8, 11));
    }
}
