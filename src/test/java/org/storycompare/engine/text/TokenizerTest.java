package org.storycompare.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Span;

class TokenizerTest {

    private static List<String> norm(CompareOptions o, String text) {
        return Normalisers.tokenizer(o).tokenize(text).stream().map(Token::normalised).toList();
    }

    @net.jqwik.api.Property(tries = 300)
    void fastPathForAsciiWordsMatchesTheFullNormaliser(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Chars({'a', 'B', 'c', 'D', ' ', ' ', '.', '\'', '\u2019',
                '-', '1', '\u00E9', '\n', '\u201C'}) @net.jqwik.api.constraints.StringLength(max = 60) String text,
            @net.jqwik.api.ForAll boolean ignoreCase, @net.jqwik.api.ForAll boolean ignorePunctuation,
            @net.jqwik.api.ForAll boolean ignoreNumbers) {
        CompareOptions o = CompareOptions.builder().ignoreCase(ignoreCase).ignorePunctuation(ignorePunctuation)
                .ignoreNumbers(ignoreNumbers).build();
        Normaliser full = Normalisers.forOptions(o);
        Tokenizer slow = new Tokenizer(full::normalise); // a plain lambda declares nothing: no fast path
        assertThat(Normalisers.tokenizer(o).tokenize(text)).isEqualTo(slow.tokenize(text));
    }

    @Test
    void offsetsPointAtTheOriginalCharacters() {
        String text = "  The mayor\u2019s well-known plan, costing 1,200.50 \u20ac, failed.";
        List<Token> tokens = Tokenizer.raw().tokenize(text);
        for (Token t : tokens) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.original());
        }
        assertThat(tokens).extracting(Token::original).containsExactly(
                "The", "mayor\u2019s", "well-known", "plan", ",", "costing", "1,200.50", "\u20ac", ",", "failed", ".");
    }

    @Test
    void surrogatePairsStayWhole() {
        String text = "ok \uD83D\uDE00 then \uD835\uDC00bc";
        List<Token> tokens = Tokenizer.raw().tokenize(text);
        assertThat(tokens).extracting(Token::original).containsExactly("ok", "\uD83D\uDE00", "then", "\uD835\uDC00bc");
    }

    @Test
    void defaultOptionsFoldCaseQuotesAndDropPunctuation() {
        assertThat(norm(CompareOptions.DEFAULTS, "\u201CIt\u2019s OVER,\u201D she said \u2014 twice."))
                .containsExactly("its", "over", "she", "said", "twice");
    }

    @Test
    void punctuationKeptWhenNotIgnored() {
        CompareOptions o = CompareOptions.builder().ignorePunctuation(false).ignoreCase(false).build();
        assertThat(norm(o, "\u201CIt\u2019s\u201D \u2013 Over.")).containsExactly("\"", "It's", "\"", "-", "Over", ".");
    }

    @Test
    void numbersMaskedOnRequest() {
        CompareOptions o = CompareOptions.builder().ignoreNumbers(true).build();
        assertThat(norm(o, "about 1,200 people and 3 dogs in 2024b"))
                .containsExactly("about", "#", "people", "and", "#", "dogs", "in", "2024b");
    }

    @Test
    void stemmingJoinsInflections() {
        CompareOptions o = CompareOptions.builder().stemming(true).build();
        assertThat(norm(o, "Reported reports reporting report")).containsOnly("report");
    }

    @ParameterizedTest
    @CsvSource({
        "caresses, caress", "ponies, poni", "ties, ti", "cats, cat", "feed, feed", "agreed, agre",
        "plastered, plaster", "bled, bled", "motoring, motor", "sing, sing", "conflated, conflat",
        "troubled, troubl", "sized, size", "hopping, hop", "tanned, tan", "falling, fall", "hissing, hiss",
        "fizzed, fizz", "failing, fail", "filing, file", "happy, happi", "sky, sky", "relational, relat",
        "conditional, condit", "rational, ration", "digitizer, digit", "generalization, gener",
        "hopefulness, hope", "triplicate, triplic", "electrical, electr", "adjustable, adjust",
        "controll, control", "roll, roll", "probate, probat", "rate, rate", "cease, ceas", "as, as"
    })
    void porterStemmerFollowsThePublishedExamples(String word, String stem) {
        assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void sentencesSplitAtEndsButNotAbbreviations() {
        String text = "Mr. Dale spoke at 9 a.m. on Monday. \u201CWe are done,\u201D he said! Was it? Yes.\n\nNew paragraph here";
        List<String> s = new SentenceSplitter().split(text).stream().map(sp -> sp.of(text)).toList();
        assertThat(s).containsExactly("Mr. Dale spoke at 9 a.m. on Monday.", "\u201CWe are done,\u201D he said!",
                "Was it?", "Yes.", "New paragraph here");
    }

    @Test
    void sentenceSpansAreTrimmed() {
        List<Span> spans = new SentenceSplitter().split("  One two.   Three four.  ");
        assertThat(spans).containsExactly(new Span(2, 10), new Span(13, 24));
    }
}
