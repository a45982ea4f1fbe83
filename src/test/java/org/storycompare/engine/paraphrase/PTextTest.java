package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PTextTest {

    @Test
    void tokensCarryExactOffsetsAndKeys() {
        String t = "Mr. O'Brien's firm paid $1,250.50 - didn't it?";
        List<PText.Tok> toks = PText.tokens(t, 0, t.length());
        assertThat(toks).extracting(PText.Tok::surface)
                .containsExactly("Mr", "O'Brien's", "firm", "paid", "1,250.50", "didn't", "it");
        for (PText.Tok k : toks) {
            assertThat(t.substring(k.start(), k.end())).isEqualTo(k.surface());
        }
        assertThat(toks.get(1).key()).isEqualTo("o'brien");
        assertThat(toks.get(4).key()).isEqualTo("1250.5");
        assertThat(toks.get(4).number()).isTrue();
    }

    @Test
    void sentencesSplitAtEndMarksButNotAfterTitlesOrInitials() {
        String t = "Dr. Ada Kerr met J. Hollis on Main St. on Friday. \"It went well,\" she said! Next came 12 votes.\nA new line";
        List<PText.Sentence> s = PText.sentences(t, 0, t.length());
        assertThat(s).extracting(x -> t.substring(x.start(), x.end())).containsExactly(
                "Dr. Ada Kerr met J. Hollis on Main St. on Friday",
                "It went well,\" she said",
                "Next came 12 votes",
                "A new line");
    }

    @Test
    void sentencesRespectTheRange() {
        String t = "First one here. Second one there. Third.";
        int from = t.indexOf("Second");
        List<PText.Sentence> s = PText.sentences(t, from, t.indexOf("Third"));
        assertThat(s).hasSize(1);
        assertThat(t.substring(s.get(0).start(), s.get(0).end())).isEqualTo("Second one there");
    }

    @Test
    void garbledDistanceIsBounded() {
        assertThat(PairScorer.osa("council", "councl", 1)).isEqualTo(1);
        assertThat(PairScorer.osa("evacuation", "evacuaiton", 2)).isEqualTo(1);
        assertThat(PairScorer.osa("council", "country", 1)).isEqualTo(2);
        assertThat(Lexicon.stem("reported")).isEqualTo(Lexicon.stem("reports"));
    }
}
