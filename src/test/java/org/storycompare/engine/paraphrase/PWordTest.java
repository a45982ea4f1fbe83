package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PWordTest {

    @Test
    void wordsAreTheEngineTokensThatHoldLettersOrDigitsWithExactOffsetsAndKeys() {
        String t = "Mr. O'Brien's firm paid $1,250.50 - didn't it? The U.S. team won.";
        List<PWord> words = PWord.words(t, 0, t.length());
        assertThat(words).extracting(PWord::surface).containsExactly("Mr", "O'Brien's", "firm", "paid", "1,250.50",
                "didn't", "it", "The", "U.S", "team", "won");
        for (PWord w : words) {
            assertThat(t.substring(w.start(), w.end())).isEqualTo(w.surface());
        }
        assertThat(words.get(1).key()).isEqualTo("o'brien");
        assertThat(words.get(4).key()).isEqualTo("1250.5");
        assertThat(words.get(4).number()).isTrue();
        assertThat(words.get(8).key()).isEqualTo("u.s");
        assertThat(PWord.count(t, 0, t.length())).isEqualTo(words.size());
    }

    @Test
    void wordsOfARangeKeepOffsetsIntoTheWholeText() {
        String t = "First one here. Second one there.";
        int from = t.indexOf("Second");
        List<PWord> words = PWord.words(t, from, t.length());
        assertThat(words).extracting(PWord::start).containsExactly(from, from + 7, from + 11);
        assertThat(PWord.count(t, from, t.length())).isEqualTo(3);
    }

    @Test
    void sentencesAreTheEngineSplittersNotAfterTitlesOrInitials() {
        String t = "Dr. Ada Kerr met J. Hollis on Main St. on Friday. \"It went well,\" she said! Next came 12 votes."
                + "\n\nA new paragraph";
        List<List<PWord>> s = PWord.sentences(t, 0, t.length());
        assertThat(s).extracting(x -> t.substring(x.get(0).start(), x.get(x.size() - 1).end())).containsExactly(
                "Dr. Ada Kerr met J. Hollis on Main St. on Friday",
                "It went well,\" she said",
                "Next came 12 votes",
                "A new paragraph");
    }

    @Test
    void sentencesRespectTheRange() {
        String t = "First one here. Second one there. Third.";
        int from = t.indexOf("Second");
        List<List<PWord>> s = PWord.sentences(t, from, t.indexOf("Third"));
        assertThat(s).hasSize(1);
        assertThat(s.get(0)).extracting(PWord::surface).containsExactly("Second", "one", "there");
        assertThat(s.get(0).get(0).start()).isEqualTo(from);
    }

    @Test
    void garbledDistanceIsBounded() {
        assertThat(PairScorer.osa("council", "councl", 1)).isEqualTo(1);
        assertThat(PairScorer.osa("evacuation", "evacuaiton", 2)).isEqualTo(1);
        assertThat(PairScorer.osa("council", "country", 1)).isEqualTo(2);
        assertThat(Lexicon.stem("reported")).isEqualTo(Lexicon.stem("reports"));
    }
}
