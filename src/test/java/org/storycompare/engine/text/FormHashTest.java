package org.storycompare.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.CompareOptions;

class FormHashTest {

    /** The hash computed while scanning equals the hash of the token's normalised form, for every option set. */
    @Property(tries = 300)
    void scanHashesEqualHashesOfNormalisedForms(@ForAll("texts") String text, @ForAll boolean ignoreCase,
                                                @ForAll boolean ignorePunctuation, @ForAll boolean stemming) {
        Tokenizer tokenizer = Normalisers.tokenizer(CompareOptions.builder().ignoreCase(ignoreCase)
                .ignorePunctuation(ignorePunctuation).stemming(stemming).build());
        List<Token> tokens = tokenizer.tokenize(text);
        List<long[]> hashed = new ArrayList<>();
        tokenizer.scanHashed(text, text.toCharArray(), (start, end, word, hash) ->
                hashed.add(new long[] {start, end, word ? 1 : 0, hash}));
        assertThat(hashed).hasSameSizeAs(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertThat(hashed.get(i)).containsExactly(t.start(), t.end(), t.isWord() ? 1 : 0,
                    FormHash.of(t.normalised()));
        }
    }

    @Test
    void equalFormsHashEqualAndDifferentFormsDiffer() {
        assertThat(FormHash.of("reported")).isEqualTo(FormHash.of(new StringBuilder("reported")));
        assertThat(FormHash.of("abcdefghi")).isNotEqualTo(FormHash.of("abcdefghij"));
        assertThat(FormHash.of("abcdefghia")).isNotEqualTo(FormHash.of("abcdefghib"));
        assertThat(FormHash.of("caf\u00e9")).isNotEqualTo(FormHash.of("cafe"));
        assertThat(FormHash.of("")).isNotEqualTo(FormHash.of("a"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("The", "council", "Reported", "abcdefghi", "abcdefghijklmnopqrs",
                "don't", "well-known", "U.S.", "1,200.5", "caf\u00e9", "na\u00efve", "\u201Cquote\u201D", ",", ".", "!",
                " ", " ", "  ", "\n", "\u2014", "x", "ABCDEFGHIJ", "it\u2019s", "42", "\u00A0");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
