package org.storycompare.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/**
 * The grouping rule of {@link FactGroups} on hand-made mentions of one unit: ties, a mention's own article, shared
 * passages and the only-of-kind fallback, each where an index-based search could pick another group.
 */
class FactGroupsTest {

    private final Map<String, Integer> perArticleUnit = new HashMap<>();
    private final List<NumberMentions.Mention> added = new ArrayList<>();

    /** A mention of "boats" in {@code article} at [at, at + 2), with its sentence's content words. */
    private NumberMentions.Mention mention(String article, int at, boolean duration, String... context) {
        FactMention fm = new FactMention(article, "7", "7 boats", new Span(at, at + 2), false);
        NumberMentions.Mention m = new NumberMentions.Mention(fm, "boat", "boats",
                new LinkedHashSet<>(List.of(context)), Map.of(), duration);
        added.add(m);
        perArticleUnit.merge(article + '\u0000' + "boat", 1, Integer::sum);
        return m;
    }

    /** The group index of each mention, in the order they were made, after adding them all in that order. */
    private List<Integer> grouped(List<PairAlignment> pairs) {
        FactGroups groups = new FactGroups(pairs, perArticleUnit);
        added.forEach(groups::add);
        List<Integer> out = new ArrayList<>();
        for (NumberMentions.Mention m : added) {
            for (FactGroups.Group g : groups.groups()) {
                if (g.members.stream().anyMatch(x -> x == m)) {
                    out.add(g.index);
                }
            }
        }
        return out;
    }

    @Test
    void equallySharedWordsGoToTheOlderGroupEvenThroughItsLaterSentence() {
        // several per article, so the only-of-kind fallback plays no part
        mention("a1", 0, false, "harbour", "wall");
        mention("a1", 50, false, "unrelated", "line");
        mention("a2", 0, false, "river", "bank");
        mention("a2", 50, false, "other", "line2");
        mention("a4", 0, false, "harbour", "wall", "storm", "night"); // joins group 0, a later sentence of it
        mention("a4", 50, false, "third", "line3");
        mention("a3", 0, false, "river", "bank", "storm", "night"); // 2 words with group 0's later sentence and group 2
        mention("a3", 50, false, "fourth", "line4");
        assertThat(grouped(List.of())).containsExactly(0, 1, 2, 3, 0, 4, 0, 5);
    }

    @Test
    void aGroupHoldingTheMentionsOwnArticleIsPassedOver() {
        mention("a1", 0, false, "harbour", "wall", "storm");
        mention("a1", 50, false, "harbour", "wall", "storm");
        mention("a2", 0, false, "harbour", "wall");
        mention("a2", 50, false, "harbour", "wall", "storm");
        assertThat(grouped(List.of())).containsExactly(0, 1, 0, 1);
    }

    @Test
    void aSharedPassageBeatsMoreSharedWordsAndTheOldestSuchGroupWins() {
        mention("a1", 0, false, "harbour", "wall", "storm", "night");
        mention("a1", 50, false, "quiet", "morning");
        mention("a2", 0, false, "green", "field");
        mention("a2", 50, false, "quiet", "evening");
        mention("a3", 50, false, "harbour", "wall", "storm", "night"); // 4 words with group 0, but a passage
        mention("a3", 80, false, "blue", "sky");
        // a3 [40, 60) stands in a passage with a1 [45, 55) and with a2 [40, 60): groups 1 and 3, the oldest is 1
        Passage withA1 = new Passage(PassageKind.EXACT, new Span(45, 55), new Span(40, 60), 1, false, List.of(),
                List.of());
        Passage withA2 = new Passage(PassageKind.EXACT, new Span(40, 60), new Span(40, 60), 1, false, List.of(),
                List.of());
        List<PairAlignment> pairs = List.of(
                new PairAlignment("a1", "a3", 0.5, 0.5, 0.5, List.of(withA1), List.of(), List.of()),
                new PairAlignment("a3", "a2", 0.5, 0.5, 0.5, List.of(withA2.mirrored()), List.of(), List.of()));
        assertThat(grouped(pairs)).containsExactly(0, 1, 2, 3, 1, 4);
    }

    @Test
    void theOnlyOfItsKindJoinsTheLargestSuchGroupOnceItHasGrown() {
        mention("a1", 0, true, "quiet", "morning"); // durations: never joined as the only one of their kind
        mention("a2", 0, true, "harbour", "wall");
        mention("a3", 0, true, "harbour", "wall", "storm"); // words: joins group 1, now the largest
        mention("a4", 0, false, "green", "field"); // the only one of a4: the largest only-of-kind group
        mention("a5", 0, true, "blue", "sky"); // a duration: a group of its own
        mention("a6", 0, false, "red", "roof"); // one of two of a6: a group of its own
        mention("a6", 50, false, "red", "roof", "tile"); // its words meet a6's own group only: another
        assertThat(grouped(List.of())).containsExactly(0, 1, 1, 1, 2, 3, 4);
    }
}
