package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

class EditSwapsTest {

    private static final ParaphraseMatcher MATCHER = new ParaphraseMatcher();

    /** An edited passage over the whole of both texts whose changes replace the given words, in order. */
    private static Passage edited(String a, String b, String... pairs) {
        List<WordChange> changes = new ArrayList<>();
        int fromA = 0;
        int fromB = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int sa = a.indexOf(pairs[i], fromA);
            int sb = b.indexOf(pairs[i + 1], fromB);
            changes.add(new WordChange(new Span(sa, sa + pairs[i].length()), new Span(sb, sb + pairs[i + 1].length())));
            fromA = sa + pairs[i].length();
            fromB = sb + pairs[i + 1].length();
        }
        return new Passage(PassageKind.EDITED, new Span(0, a.length()), new Span(0, b.length()), 0.7, false,
                changes, List.of());
    }

    @Test
    void denseSynonymSwapsMakeASpunPassageAParaphraseWithItsSwapsListed() {
        String a = "The mayor said residents were appalled by the state of the pipes under the town.";
        String b = "The mayor stated inhabitants were horrified by the state of the pipes under the town.";
        Passage p = MATCHER.annotateEdit(edited(a, b, "said", "stated", "residents", "inhabitants",
                "appalled", "horrified"), a, b);
        assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
        assertThat(p.swaps()).extracting(WordSwap::from, WordSwap::to, WordSwap::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("said", "stated", "synonym"),
                org.assertj.core.groups.Tuple.tuple("residents", "inhabitants", "synonym"),
                org.assertj.core.groups.Tuple.tuple("appalled", "horrified", "synonym"));
        for (WordSwap s : p.swaps()) {
            assertThat(s.a().of(a)).isEqualTo(s.from());
            assertThat(s.b().of(b)).isEqualTo(s.to());
        }
        assertThat(p.changes()).hasSize(3);
    }

    @Test
    void garbledWordsCountAsSwaps() {
        String a = "The council ordered the evacuation of every house on the street.";
        String b = "The councl ordered the evacuaton of every house on the street.";
        Passage p = MATCHER.annotateEdit(edited(a, b, "council", "councl", "evacuation", "evacuaton"), a, b);
        assertThat(p.swaps()).extracting(WordSwap::reason).containsExactly("garbled", "garbled");
        assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
    }

    @Test
    void aSingleSynonymInALongPassageStaysAnEditButIsListed() {
        String a = "The mayor was appalled by the state of the pipes under the town centre and said the water "
                + "company had been warned about the failing mains for six years before the collapse.";
        String b = "The mayor was appalled by the condition of the pipes under the town centre and said the water "
                + "company had been warned about the failing mains for six years before the collapse.";
        Passage p = MATCHER.annotateEdit(edited(a, b, "state", "condition"), a, b);
        assertThat(p.kind()).isEqualTo(PassageKind.EDITED);
        assertThat(p.swaps()).extracting(WordSwap::from, WordSwap::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("state", "condition"));
    }

    @Test
    void unrelatedReplacementsAndOtherKindsAreLeftAlone() {
        String a = "The bakery reopened on Monday morning after the repairs.";
        String b = "The library reopened on Monday morning after the repairs.";
        Passage edit = edited(a, b, "bakery", "library");
        assertThat(MATCHER.annotateEdit(edit, a, b)).isEqualTo(edit);
        Passage exact = Passage.exact(new Span(0, 10), new Span(0, 10));
        assertThat(MATCHER.annotateEdit(exact, a, b)).isSameAs(exact);
    }

    @Test
    void wordsInsideAMultiWordReplacementArePairedInOrder() {
        String a = "Emergency crews quickly sealed off four streets and the company's engineers arrived.";
        String b = "Emergency teams rapidly closed off four streets and the company's engineers arrived.";
        Passage p = MATCHER.annotateEdit(edited(a, b, "crews quickly sealed", "teams rapidly closed"), a, b);
        assertThat(p.swaps()).extracting(WordSwap::from, WordSwap::to).contains(
                org.assertj.core.groups.Tuple.tuple("quickly", "rapidly"),
                org.assertj.core.groups.Tuple.tuple("sealed", "closed"));
        for (WordSwap s : p.swaps()) {
            assertThat(s.a().of(a)).isEqualTo(s.from());
            assertThat(s.b().of(b)).isEqualTo(s.to());
        }
        String c = "Tessaly Water said the council's engineers found the leak.";
        String d = "Tessaly Water stated that the councl's engineers located the leak.";
        Passage q = MATCHER.annotateEdit(edited(c, d, "said", "stated that", "council's", "councl's"), c, d);
        assertThat(q.swaps()).extracting(WordSwap::from, WordSwap::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("said", "stated"),
                org.assertj.core.groups.Tuple.tuple("council's", "councl's"));
    }

    @Test
    void aChangeOfSeveralWordsIsReadWordByWordWhenBothSidesHaveAsMany() {
        String a = "The council said it would review every water main under the town centre.";
        String b = "The councl stated it would review every water main under the town centre.";
        Passage p = MATCHER.annotateEdit(edited(a, b, "council said", "councl stated"), a, b);
        assertThat(p.swaps()).extracting(WordSwap::from, WordSwap::to, WordSwap::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("council", "councl", "garbled"),
                org.assertj.core.groups.Tuple.tuple("said", "stated", "synonym"));
        for (WordSwap s : p.swaps()) {
            assertThat(s.a().of(a)).isEqualTo(s.from());
            assertThat(s.b().of(b)).isEqualTo(s.to());
        }
        assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
        String c = "The company said it had scheduled the pipe for replacement next year.";
        String d = "The company's own engineers said it had scheduled the pipe for replacement next year.";
        Passage uneven = edited(c, d, "company", "company's own engineers");
        assertThat(MATCHER.annotateEdit(uneven, c, d)).isEqualTo(uneven);
    }
}
