package org.storycompare.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.align.TokenizedText;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.text.Normalisers;
import org.storycompare.engine.text.Tokenizer;

/** Candidate pairs: a bound per article, so that many versions of one text do not cost all pairs. */
class CandidatePairsTest {

    private static List<TokenizedText> docs(List<String> texts) {
        Tokenizer t = Normalisers.tokenizer(CompareOptions.DEFAULTS);
        List<TokenizedText> out = new ArrayList<>();
        for (String s : texts) {
            out.add(new TokenizedText(s, t, CompareOptions.DEFAULTS.minMatchWords()));
        }
        return out;
    }

    @Test
    void manyVersionsOfOneTextKeepABoundedNumberOfPartnersEach() {
        RandomTexts g = new RandomTexts(11, 3000);
        List<String> base = g.paragraphs(120);
        // fewer versions than the boilerplate bound, so that every shingle counts; 7 partners kept per article
        int n = CandidatePairs.maxDocumentFrequency(48) - 2;
        int k = 7;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(RandomTexts.join(g.variant(base, 0.05, 1, 0)));
        }
        CandidatePairs index = CandidatePairs.index(docs(texts), true, k, Cancellation.NEVER);
        List<int[]> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(index.partners(i));
        }
        List<CandidatePairs.Pair> pairs = index.union(lists);
        assertThat(pairs.size()).isLessThanOrEqualTo(n * k).isLessThan(n * (n - 1) / 2);
        int[] partners = new int[n];
        Set<Long> seen = new HashSet<>();
        for (CandidatePairs.Pair p : pairs) {
            assertThat(p.a()).isLessThan(p.b());
            assertThat(seen.add(((long) p.a() << 32) | p.b())).isTrue();
            assertThat(p.sharedShingles()).isPositive();
            partners[p.a()]++;
            partners[p.b()]++;
        }
        for (int p : partners) {
            assertThat(p).isGreaterThanOrEqualTo(k);
        }
    }

    @Test
    void eachArticleKeepsItsClosestPartnersFirst() {
        RandomTexts g = new RandomTexts(12, 3000);
        List<String> base = g.paragraphs(200);
        List<String> texts = new ArrayList<>();
        texts.add(RandomTexts.join(base));
        // one close copy, then many that share only the first paragraph
        texts.add(RandomTexts.join(g.variant(base, 0.02, 0, 0)));
        for (int i = 0; i < 10; i++) {
            List<String> own = new ArrayList<>(g.paragraphs(200));
            own.set(0, base.get(0));
            texts.add(RandomTexts.join(own));
        }
        CandidatePairs index = CandidatePairs.index(docs(texts), false, 5, Cancellation.NEVER);
        int[] best = index.partners(0);
        assertThat(best).hasSize(3 * 5);
        assertThat(best[0]).isEqualTo(1);
        assertThat(best[1]).isGreaterThan(best[4]);
    }

    @Test
    void theSameCandidatesWhateverTheOrderOfWork() {
        RandomTexts g = new RandomTexts(13, 3000);
        List<String> base = g.paragraphs(100);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            texts.add(RandomTexts.join(g.variant(base, 0.1, 1, 0)));
        }
        List<TokenizedText> d = docs(texts);
        CandidatePairs index = CandidatePairs.index(d, true, 7, Cancellation.NEVER);
        List<int[]> backwards = new ArrayList<>();
        for (int i = d.size() - 1; i >= 0; i--) {
            backwards.add(0, index.partners(i));
        }
        List<int[]> forwards = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            forwards.add(index.partners(i));
        }
        assertThat(index.union(backwards)).isEqualTo(index.union(forwards)).hasSizeLessThanOrEqualTo(60 * 7);
    }
}
