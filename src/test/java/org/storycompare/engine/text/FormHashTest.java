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
        List<long[]> bytewise = new ArrayList<>();
        tokenizer.scanHashed(text, (start, end, word, hash) -> bytewise.add(new long[] {start, end, word ? 1 : 0, hash}));
        assertThat(hashed).hasSameSizeAs(tokens);
        assertThat(bytewise).hasSameSizeAs(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            long[] expected = {t.start(), t.end(), t.isWord() ? 1 : 0, FormHash.of(t.normalised())};
            assertThat(hashed.get(i)).containsExactly(expected);
            assertThat(bytewise.get(i)).containsExactly(expected);
        }
    }

    @Test
    void wordsOfEveryLengthAroundTheEightCharacterChunkHashAsTheirForms() {
        Tokenizer tokenizer = Normalisers.tokenizer(CompareOptions.builder().build());
        StringBuilder text = new StringBuilder();
        for (int len = 1; len <= 25; len++) {
            text.append("QrstUvwxYzabcdefGhijklmnOpq", 0, len).append(len % 3 == 0 ? ", " : " ");
        }
        for (String t : List.of(text.toString(), text.toString().trim(), text + "?", text + "caf\u00e9", "ab")) {
            List<Long> hashes = new ArrayList<>();
            tokenizer.scanHashed(t, (start, end, word, hash) -> hashes.add(hash));
            List<Long> expected = tokenizer.tokenize(t).stream().map(k -> FormHash.of(k.normalised())).toList();
            assertThat(hashes).isEqualTo(expected);
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
                " ", " ", "  ", "\n", "\u2014", "x", "ABCDEFGHIJ", "it\u2019s", "42", "\u00A0",
                "?", "a?b", "abcdefgh", "ABCDEFGHIJKLMNOPQ", "\u00e9t\u00e9", "\uD835\uDC9C", "\uD835", "x\u0301",
                "\u0416\u0443\u043a", "-", "'", "2026", "ab12cd");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
