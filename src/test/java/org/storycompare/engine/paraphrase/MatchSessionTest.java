package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/** The per-comparison matcher (article sentences and scores kept across pairs) finds what the plain one finds. */
class MatchSessionTest {

    private final ParaphraseMatcher plain = new ParaphraseMatcher();

    @Test
    void sessionMatcherFindsTheSamePassagesOverManyPairsAndRegions() {
        ParaphraseMatcher session = plain.forComparison();
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            texts.add(ArticleGen.article(5 + k % 2, 30, k >= 2));
        }
        texts.add(texts.get(0).replace("Monday", "Wednesday,\nlate") + "\nMr. Hale met Dr. Ford.");
        texts.forEach(session::prepare);
        Random r = new Random(3);
        int found = 0;
        for (int round = 0; round < 40; round++) {
            String a = texts.get(r.nextInt(texts.size()));
            String b = texts.get(r.nextInt(texts.size()));
            // regions cut anywhere: inside words, inside sentences, at line breaks
            List<Span> ra = regions(a, r);
            List<Span> rb = regions(b, r);
            List<Passage> expected = plain.match(a, ra, b, rb, CompareOptions.DEFAULTS, Cancellation.NEVER);
            List<Passage> got = session.match(a, ra, b, rb, CompareOptions.DEFAULTS, Cancellation.NEVER);
            assertThat(got).isEqualTo(expected);
            found += got.size();
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void theSameSentenceInTwoArticlesIsPreparedOnceAndPlacedAtEachOffset() {
        MatchSession s = new MatchSession(Lexicon.shared(), true);
        String x = "Crews sealed the broken dam on Monday after heavy rain.";
        String a = "Hello.\n" + x;
        String b = "Good day to you.\n" + x;
        List<ParaphraseMatcher.Unit> ua = s.units(a, List.of(new Span(0, a.length())), 3, Cancellation.NEVER);
        List<ParaphraseMatcher.Unit> ub = s.units(b, List.of(new Span(0, b.length())), 3, Cancellation.NEVER);
        assertThat(ua).hasSize(1);
        assertThat(ub).hasSize(1);
        assertThat(ua.get(0).sent()).isSameAs(ub.get(0).sent());
        assertThat(a.substring(ua.get(0).start(), ua.get(0).end())).isEqualTo(x.substring(0, x.length() - 1));
        assertThat(b.substring(ub.get(0).start(), ub.get(0).end())).isEqualTo(x.substring(0, x.length() - 1));
        assertThat(ub.get(0).span(0)).isEqualTo(new Span(b.indexOf("Crews"), b.indexOf("Crews") + 5));
    }

    private static List<Span> regions(String t, Random r) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int len = 1 + r.nextInt(Math.max(1, t.length() / 3));
            int end = Math.min(t.length(), pos + len);
            if (r.nextInt(3) > 0) {
                out.add(new Span(pos, end));
            }
            pos = end + r.nextInt(40);
        }
        return out;
    }
}
