package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/** Corpus-wide blocking keeps paraphrased sentence pairs and drops pairs that share only common words. */
class SentenceBlockingTest {

    private static final String ORIGINAL = "Emergency crews quickly sealed off four streets around the collapse.";
    private static final String SPUN = "Emergency teams rapidly closed off four streets around the collapse.";

    /** Filler sentences that share the frequent words "said", "council", "town" and little else. */
    private static List<String> fillers(int n) {
        String[] nouns = {"bakery", "ferry", "orchard", "museum", "library", "harbour", "quarry", "stadium", "chapel",
            "brewery", "mill", "lighthouse"};
        String[] verbs = {"reopened", "painted", "sold", "extended", "inspected", "insured", "moved", "renamed"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("The town council said the " + nouns[i % nouns.length] + " was " + verbs[(i / 3) % verbs.length]
                    + " in week " + (i + 1) + ".");
        }
        return out;
    }

    @Test
    void aParaphraseStaysAllowedAmongManySentencesThatShareCommonWords() {
        ParaphraseMatcher m = new ParaphraseMatcher().forComparison();
        List<String> fill = fillers(300);
        String a = ORIGINAL + "\n\n" + String.join(" ", fill.subList(0, 150));
        String b = String.join(" ", fill.subList(150, 300)) + "\n\n" + SPUN;
        m.prepare(a);
        m.prepare(b);
        ParaphraseFinder.Blocking blocking = m.blocking();
        assertThat(blocking.size()).isEqualTo(302);
        for (int i = 0; i < blocking.size(); i++) {
            blocking.rank(i);
        }
        assertThat(blocking.finish()).contains("302 distinct sentences");
        List<Passage> found = m.match(a, List.of(new Span(0, a.length())), b, List.of(new Span(0, b.length())),
                CompareOptions.DEFAULTS, Cancellation.NEVER);
        assertThat(found).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PassageKind.PARAPHRASE);
            assertThat(a.substring(p.a().start(), p.a().end())).startsWith("Emergency crews");
            assertThat(b.substring(p.b().start(), p.b().end())).startsWith("Emergency teams");
        });
    }

    @Test
    void eachSentenceKeepsABoundedNumberOfPartners() {
        MatchSession s = new MatchSession(Lexicon.shared(), true);
        List<String> fill = fillers(400);
        s.prepare(String.join(" ", fill));
        SentenceBlocking b = s.blocking();
        for (int i = 0; i < b.size(); i++) {
            b.rank(i);
        }
        b.finish();
        assertThat(b.size()).isEqualTo(400);
        assertThat(b.allowedPairs()).isPositive().isLessThanOrEqualTo(400 * SentenceBlocking.PER_SENTENCE)
                .isLessThan(400 * 399 / 2);
        // blocking changes nothing until the session is told to use it
        PSent x = PSent.of(fill.get(0), Lexicon.shared());
        assertThat(s.allows(x, x)).isTrue();
    }
}
