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
            for (CompareOptions o : List.of(CompareOptions.DEFAULTS,
                    CompareOptions.builder().ignoreCase(false).ignorePunctuation(false).stemming(true).build())) {
                TokenizedText t = new TokenizedText(text, Normalisers.tokenizer(o), 5);
                Map<String, Double> a = v.vector(text);
                Map<String, Double> b = v.vector(t);
                assertThat(b.keySet()).isEqualTo(a.keySet());
                a.forEach((w, x) -> assertThat(b.get(w)).as(w).isCloseTo(x, org.assertj.core.data.Offset.offset(1e-9)));
            }
        }
    }

    @Test
    void cosineIsOneForTheSameTextAndZeroWithoutSharedWords() {
        Vocabulary v = Vocabulary.shipped();
        var a = v.vector("The ferry strike at Selby Cove stranded islanders.");
        assertThat(Vocabulary.cosine(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Vocabulary.cosine(a, v.vector("Hill farmers discussed feed prices."))).isZero();
    }
}
