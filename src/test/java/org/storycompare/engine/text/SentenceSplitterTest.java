package org.storycompare.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Span;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAtTerminatorsAndParagraphsButNotAbbreviations() {
        String text = "Mr. Vale said so. The U.S. office closed!\n\n\"Why?\" she asked. J. Orrin left.";
        List<String> sentences = splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(sentences).containsExactly("Mr. Vale said so.", "The U.S. office closed!", "\"Why?\" she asked.",
                "J. Orrin left.");
    }

    @Test
    void sentenceBoundsAroundAnOffset() {
        String text = "First one here. Second one, Dr. Ames said. Third.";
        int inSecond = text.indexOf("Ames");
        assertThat(text.substring(splitter.sentenceStart(text, inSecond), splitter.sentenceEnd(text, inSecond)).trim())
                .isEqualTo("Second one, Dr. Ames said.");
        assertThat(splitter.sentenceStart(text, 3)).isZero();
        assertThat(splitter.sentenceEnd(text, text.length() - 2)).isEqualTo(text.length());
    }

    /** Every non-blank character of a split sentence lies between the local bounds found from it. */
    @Property(tries = 400)
    void localBoundsAgreeWithWholeTextSplit(@ForAll("texts") String text) {
        for (Span s : splitter.split(text)) {
            for (int x = s.start(); x < s.end(); x++) {
                if (Character.isWhitespace(text.charAt(x))) {
                    continue;
                }
                int from = splitter.sentenceStart(text, x);
                int to = splitter.sentenceEnd(text, x);
                assertThat(from).as("start for %d in %s", x, s).isLessThanOrEqualTo(s.start());
                assertThat(text.substring(from, s.start()).isBlank()).as("start for %d in %s", x, s).isTrue();
                assertThat(to).as("end for %d in %s", x, s).isGreaterThanOrEqualTo(s.end());
                assertThat(text.substring(s.end(), to).isBlank()).as("end for %d in %s", x, s).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("The", "mr", "Mr", "Dr", "U.S", "e.g", "J", "said", "no", "10",
                ".", ".", "!", "?", "\u2026", "\"", "'", ")", "\u201C", "\u201D", " ", " ", " ", "  ", "\n", "\n\n",
                "\n \n", "-", "a", "x.y", "Q");
        return pieces.list().ofMaxSize(300).map(l -> String.join("", l));
    }
}
