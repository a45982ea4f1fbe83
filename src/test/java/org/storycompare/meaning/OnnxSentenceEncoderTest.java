package org.storycompare.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.meaning.SentenceEncoder;
import org.storycompare.testutil.AnswerKey;
import org.storycompare.testutil.SampleMeaning;

/** The shipped sentence model (a Maven dependency, read from the class path, no network) on invented text. */
class OnnxSentenceEncoderTest {

    private static final SentenceEncoder ENCODER = Meaning.encoder(org.storycompare.engine.model.CompareOptions.DEFAULTS);

    @Test
    void rewordedSentencesAreCloseAndUnrelatedOnesFar() {
        assertThat(Meaning.isAvailable()).isTrue();
        List<float[]> v = ENCODER.encode(List.of(
                "The ferry to Pellow Island was cancelled because of the storm.",
                "Stormy weather forced the cancellation of the Pellow Island ferry.",
                "The bakery on Quill Lane sells rye bread on Saturdays."));
        assertThat(v).allSatisfy(x -> assertThat(SentenceEncoder.cosine(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4)));
        double close = SentenceEncoder.cosine(v.get(0), v.get(1));
        double far = SentenceEncoder.cosine(v.get(0), v.get(2));
        assertThat(close).isGreaterThan(0.7);
        assertThat(far).isLessThan(0.3);
    }

    @Test
    void sampleSummaryBulletsAreLinkedOnlyToWhatTheyCondenseAndTheIndependentReportToNothing() {
        SampleMeaning.Result r = SampleMeaning.measure(AnswerKey.dir(), ENCODER);
        assertThat(r.bullets()).hasSize(6);
        assertThat(r.bullets()).allMatch(SampleMeaning.Bullet::linkedOnlyToKey);
        assertThat(r.bullets().stream().filter(b -> !b.linked().isEmpty()).count()).isGreaterThanOrEqualTo(5);
        assertThat(r.independentLinks()).isEmpty();
    }
}
