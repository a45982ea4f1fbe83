package org.storycompare.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.text.Normalisers;

/** The vocabulary vector from a tokenized text equals the one from its raw text, and the cosine behaves. */
class VocabularyTest {

    @Test
    void tokenizedVectorEqualsTheTextVectorOnTheSampleAndHardCases() throws Exception {
        Path dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        List<String> texts = new java.util.ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> !f.getFileName().toString().startsWith("README")).toList()) {
                texts.add(Files.readString(p));
            }
        }
        texts.add("Won\u2019t the Mayor's O'Brien-Smith co-op (e-mail: x@y.z) open 3.5m x2 on 12/03 --- \"yes\", "
                + "naïve café ÉCOLE straße ΑΘΗΝΑ 東京 rock'n'roll U.S.A. 1990s");
        Vocabulary v = Vocabulary.shipped();
        for (String text : texts) {
            TokenizedText t = new TokenizedText(text, Normalisers.tokenizer(CompareOptions.DEFAULTS), 5);
            Vocabulary.Vector fromText = v.vector(text);
            Vocabulary.Vector fromTokens = v.vector(t);
            // expected, the slow way: every plain word (ASCII letters) lower-cased, its idf times its count
            Map<String, Double> expected = new java.util.HashMap<>();
            for (int i = 0; i < t.size(); i++) {
                String w = text.substring(t.start(i), t.end(i));
                if (t.isWord(i) && w.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                    expected.merge(w.toLowerCase(java.util.Locale.ROOT), v.weight(w.toLowerCase(java.util.Locale.ROOT)),
                            Double::sum);
                }
            }
            expected.values().removeIf(x -> x == 0);
            assertThat(expected).isNotEmpty();
            assertThat(fromTokens.size()).isEqualTo(fromText.size()).isGreaterThanOrEqualTo(expected.size());
            expected.forEach((w, x) -> {
                assertThat(fromText.get(w)).as(w).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(fromTokens.get(w)).as(w).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9));
            });
            assertThat(fromTokens.get("the")).isZero();
        }
    }

    @Test
    void formsTheOptionsFoldCountAsOneWord() {
        Vocabulary v = Vocabulary.shipped();
        String text = "Strikes closed the harbour. The strike ended. STRIKE again.";
        TokenizedText plain = new TokenizedText(text, Normalisers.tokenizer(CompareOptions.DEFAULTS), 5);
        TokenizedText stemmed = new TokenizedText(text,
                Normalisers.tokenizer(CompareOptions.builder().stemming(true).build()), 5);
        TokenizedText caseKept = new TokenizedText(text,
                Normalisers.tokenizer(CompareOptions.builder().ignoreCase(false).build()), 5);
        // strikes, strike, closed, harbour, ended ("again" is a function word): "strike" and "STRIKE" fold
        // with case ignored; stemmed, "strikes" joins them; with case kept, "STRIKE" stands apart but "The"
        // stays a function word
        assertThat(v.vector(plain).size()).isEqualTo(5);
        assertThat(v.vector(stemmed).size()).isEqualTo(4);
        assertThat(v.vector(caseKept).size()).isEqualTo(6);
        assertThat(v.vector(caseKept).get("The")).isZero();
        assertThat(v.vector(plain).get("strike")).isCloseTo(2 * v.weight("strike"), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void cosineIsOneForTheSameTextAndZeroWithoutSharedWords() {
        Vocabulary v = Vocabulary.shipped();
        var a = v.vector("The ferry strike at Selby Cove stranded islanders.");
        assertThat(Vocabulary.cosine(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Vocabulary.cosine(a, v.vector("Hill farmers discussed feed prices."))).isZero();
    }
}
