package org.storycompare.engine.meaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/**
 * Summary members named by clauses whose cosine is diluted below MEMBER_FLOOR, on invented text with a stand-in
 * model that gives fixed vectors (so each cosine is set exactly).
 */
class ClausesTest {

    static final String S1 = "Shop owners feared the spring market would not open on 21 March.";
    static final String S2 = "Inspectors will check every house near the hole by Sunday.";
    static final String S3 = "The bakery sold rye bread all week.";
    static final String STORY = S1 + " " + S2 + " " + S3;
    static final String C1 = "Traders worry about the spring market on 21 March";
    static final String C2 = "inspectors check the houses near the hole";
    static final String LINE = C1 + ", and " + C2 + ".";
    static final String BRIEF = "- " + LINE;

    /** Fixed unit vectors per text (basis e0..e6); any other text gets e6. */
    static final class FixedEncoder implements SentenceEncoder {
        final Map<String, float[]> vectors = new HashMap<>();

        FixedEncoder put(String text, double... v) {
            float[] f = new float[7];
            for (int i = 0; i < v.length; i++) {
                f[i] = (float) v[i];
            }
            vectors.put(text, SentenceEncoder.normalise(f));
            return this;
        }

        @Override
        public List<float[]> encode(List<String> texts) {
            return texts.stream().map(t -> vectors.getOrDefault(t, SentenceEncoder.normalise(
                    new float[] {0, 0, 0, 0, 0, 0, 1}))).toList();
        }

        @Override
        public String name() {
            return "fixed (test)";
        }
    }

    /** S1 = e0, S2 = e1, S3 = e2; the line is 0.5 from S1 and S2, below MEMBER_FLOOR; S1+S2 joined is 0.71 from it. */
    static FixedEncoder encoder(double c2LeadOverS1) {
        double c2s1 = 0.5 - c2LeadOverS1;
        return new FixedEncoder().put(S1, 1).put(S2, 0, 1).put(S3, 0, 0, 1)
                .put(Clauses.of(LINE).get(0), 0.5, 0.2, 0.1, Math.sqrt(0.70))
                .put(Clauses.of(LINE).get(1), c2s1, 0.5, 0, 0, Math.sqrt(1 - 0.25 - c2s1 * c2s1))
                .put(LINE, 0.5, 0.5, 0, 0, 0, Math.sqrt(0.5))
                .put(S1 + " " + S2, 1, 1);
    }

    private static List<Passage> link(SentenceEncoder enc) {
        PairAlignment p = new PairAlignment("a", "b", 0, 0, 0, List.of(), List.of(new Span(0, STORY.length())),
                List.of(new Span(0, BRIEF.length())));
        return new MeaningLinker(enc).link(p, STORY, BRIEF, Cancellation.NEVER).passages();
    }

    @Test
    void clausesBelowTheMemberFloorButClearlyAheadAndSharingWordsMakeASummary() {
        List<Passage> ps = link(encoder(0.25));
        assertThat(ps).extracting(Passage::kind).containsOnly(PassageKind.SUMMARY);
        assertThat(ps).extracting(x -> x.a().of(STORY)).containsExactly(S1, S2);
        assertThat(ps).extracting(x -> x.b().of(BRIEF)).containsOnly(BRIEF);
        assertThat(ps.get(0).score()).isCloseTo(Math.sqrt(0.5), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aClauseAboutAsCloseToTwoSentencesNamesNeither() {
        // C2 is 0.5 from S2 and 0.4 from S1: a lead of 0.10 < CLAUSE_MARGIN, so S1 is the only member: no summary
        assertThat(link(encoder(0.10))).isEmpty();
    }

    @Test
    void theRelativeRuleNeedsSharedContentWordsAFloorAndALead() {
        double[] row = {0.50, 0.30, 0.10};
        List<String> sentences = List.of(S1, S2, S3);
        assertThat(Clauses.member(C1, row, sentences)).isZero();
        // no content word in common with S1 (only the cosine and lead would say so)
        assertThat(Clauses.member("Stallholders are anxious about the fair", row, sentences)).isEqualTo(-1);
        assertThat(Clauses.member(C1, new double[] {0.44, 0.20, 0.10}, sentences)).isEqualTo(-1);
        assertThat(Clauses.member(C1, new double[] {0.50, 0.40, 0.10}, sentences)).isEqualTo(-1);
        // at MEMBER_FLOOR the cosine alone decides, as before
        assertThat(Clauses.member("Stallholders are anxious about the fair", new double[] {0.60, 0.58, 0.1},
                sentences)).isZero();
        assertThat(Clauses.shared(C1, S1)).isEqualTo(4); // spring, market, 21, march
    }

    @Test
    void theLineIsCutIntoItsTwoClauses() {
        assertThat(Clauses.of(LINE)).containsExactly(C1, "and " + C2 + ".");
    }

    @Test
    void aSubordinateAfterClauseIsCutOffButAnAfterPhraseOfTwoWordsIsNot() {
        assertThat(Clauses.of("A sinkhole opened on the high street on Monday after a water main burst under it."))
                .containsExactly("A sinkhole opened on the high street on Monday", "after a water main burst under it.");
        assertThat(Clauses.of("The council met after lunch to discuss the damage."))
                .containsExactly("The council met after lunch to discuss the damage.");
        assertThat(Clauses.of("Flood water filled the square; the council met at the hall about it."))
                .containsExactly("Flood water filled the square", "the council met at the hall about it.");
    }
}
