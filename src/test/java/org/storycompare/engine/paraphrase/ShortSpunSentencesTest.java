package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * Spun short sentences (two content words) are kept when every content word aligns with a sentence of about the
 * same length; a short sentence never pairs with a long one. Invented sentences between invented context.
 */
class ShortSpunSentencesTest {

    private static List<String> matches(String shortA, String shortB) {
        String a = "The river rose all night in Wrenmouth. " + shortA + " Crews worked until dawn on the embankment wall.";
        String b = "Farmers moved their sheep to higher ground near Callow. " + shortB + " A relief fund opened in the town hall.";
        List<Passage> out = new ParaphraseMatcher().match(a, List.of(new Span(0, a.length())), b,
                List.of(new Span(0, b.length())), CompareOptions.DEFAULTS, Cancellation.NEVER);
        return out.stream().map(p -> p.a().of(a) + " ~ " + p.b().of(b)).toList();
    }

    @Test
    void shortSpunSentencesWhoseContentWordsAllAlignAreParaphrases() {
        assertThat(matches("Shops closed.", "Stores shut.")).containsExactly("Shops closed ~ Stores shut");
        assertThat(matches("The ferry sank.", "The boat foundered.")).containsExactly("The ferry sank ~ The boat foundered");
        assertThat(ParaphraseMatcher.needed(2, 2)).isEqualTo(2);
        assertThat(ParaphraseMatcher.needed(2, 3)).isEqualTo(2);
        assertThat(ParaphraseMatcher.needed(5, 7)).isEqualTo(ParaphraseMatcher.MIN_ALIGNED);
    }

    @Test
    void aShortSentenceDoesNotPairWithALongOneOrWithAnUnrelatedOne() {
        assertThat(ParaphraseMatcher.needed(2, 6)).isNegative();
        assertThat(matches("Shops closed.", "The council met on Tuesday to discuss the budget.")).isEmpty();
        assertThat(matches("Shops closed.", "Sheep grazed.")).isEmpty();
    }
}
