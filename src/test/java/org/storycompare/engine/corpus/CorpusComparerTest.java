package org.storycompare.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.ProgressListener;

class CorpusComparerTest {

    static final String WIRE = "The harbour board of Wrenmouth voted late on Thursday to close the old ferry pier.";
    static final String QUOTE = "We will fight this closure in every court in the land, said Councillor Ada Fenwick.";
    static final CompareOptions NO_PARAPHRASE = CompareOptions.builder().paraphrase(false).build();

    static List<Article> story() {
        return List.of(
            new Article("wire", WIRE + " " + QUOTE + " Repairs were judged too costly by the engineers.", null),
            new Article("copy1", "Local news. " + WIRE + " Islanders are angry. " + QUOTE, null),
            new Article("copy2", QUOTE + " Ferries will stop in May. Nothing else was decided yet.", null),
            new Article("other", "A bakery in Portlow won a prize for its rye bread on Sunday afternoon.", null));
    }

    @Test
    void comparesAllSharingPairsInOrderWithCoverage() {
        List<long[]> progress = new ArrayList<>();
        ProgressListener pl = (done, total, msg) -> progress.add(new long[] {done, total});
        Comparison c = new StoryEngine(NO_PARAPHRASE, ParaphraseFinder.NONE, 2).compare(story(), pl, Cancellation.NEVER);
        assertThat(c.pairs()).extracting(p -> p.aId() + "-" + p.bId())
                .containsExactly("wire-copy1", "wire-copy2", "copy1-copy2");
        assertThat(c.pair("copy2", "wire")).get().extracting(PairAlignment::aId).isEqualTo("copy2");
        assertThat(c.pair("wire", "other")).isEmpty();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(progress.get(progress.size() - 1)[1]);

        Map<String, List<CoverageSegment>> cov = c.coverage();
        String wire = story().get(0).text();
        // the quote is in all three related articles: 2 other sources; the wire sentence in 1; the rest in none
        assertThat(sourcesAt(cov.get("wire"), wire.indexOf("fight"))).isEqualTo(2);
        assertThat(sourcesAt(cov.get("wire"), wire.indexOf("ferry"))).isEqualTo(1);
        assertThat(sourcesAt(cov.get("wire"), wire.indexOf("costly"))).isEqualTo(0);
        assertThat(cov.get("other")).extracting(CoverageSegment::sources).containsExactly(0);

        SimilarityMatrix m = SimilarityMatrix.of(c);
        assertThat(m.similarity(0, 1)).isEqualTo(m.similarity(1, 0)).isGreaterThan(0.5);
        assertThat(m.containment(2, 0)).isGreaterThan(m.containment(0, 2));
        assertThat(m.similarity(0, 3)).isZero();
    }

    private static int sourcesAt(List<CoverageSegment> segments, int offset) {
        return segments.stream().filter(s -> s.span().contains(offset)).findFirst().orElseThrow().sources();
    }

    @Test
    void resultsDoNotDependOnThreads() {
        RandomTexts g = new RandomTexts(11, 4000);
        List<String> shared = g.paragraphs(200);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> ps = g.paragraphs(150);
            ps.add(shared.get(i % shared.size()));
            articles.add(new Article("d" + i, RandomTexts.join(ps), null));
        }
        Comparison one = new StoryEngine(NO_PARAPHRASE, ParaphraseFinder.NONE, 1).compare(articles, null, null);
        Comparison two = new StoryEngine(NO_PARAPHRASE, ParaphraseFinder.NONE, 3).compare(articles, null, null);
        assertThat(two).isEqualTo(one);
        assertThat(one.pairs()).isNotEmpty().hasSizeLessThan(40 * 39 / 2);
    }

    @Test
    void boilerplateSharedByManyDoesNotMakeCandidates() {
        RandomTexts g = new RandomTexts(5, 4000);
        String footer = "Copyright Wrenmouth Gazette all rights reserved do not reproduce without written permission.";
        List<Article> articles = new ArrayList<>();
        int n = CandidatePairs.maxDocumentFrequency(60) + 1;
        for (int i = 0; i < n; i++) {
            articles.add(new Article("d" + i, RandomTexts.join(g.paragraphs(60)) + "\n\n" + footer, null));
        }
        Comparison c = new StoryEngine(NO_PARAPHRASE).compare(articles, null, null);
        assertThat(c.pairs()).isEmpty();
    }

    @Test
    void smallCorpusWithParaphraseAlignsEveryPair() {
        ParaphraseFinder none = (ta, ra, tb, rb, o, cc) -> List.of();
        Comparison c = new StoryEngine(CompareOptions.DEFAULTS, none, 1).compare(story(), null, null);
        assertThat(c.pairs()).hasSize(6);
    }

    @Test
    void aLargeCorpusWithParaphraseIsBlockedInStagesAndGivesTheSameResultOnAnyNumberOfThreads() {
        int n = CorpusComparer.ALL_PAIRS_UP_TO + 6;
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(new Article("v" + i,
                    org.storycompare.engine.paraphrase.ArticleGen.article(i % 5, 8, i % 2 == 1), null));
        }
        ParaphraseFinder matcher = new org.storycompare.engine.paraphrase.ParaphraseMatcher();
        List<String> stages = new ArrayList<>();
        ProgressListener pl = (done, total, msg) -> stages.add(msg.replaceAll("[0-9]+", "#"));
        Comparison one = new StoryEngine(CompareOptions.DEFAULTS, matcher, 1).compare(articles, pl, null);
        Comparison two = new StoryEngine(CompareOptions.DEFAULTS, matcher, 2).compare(articles, null, null);
        assertThat(two).isEqualTo(one);
        assertThat(one.pairs()).hasSizeLessThanOrEqualTo(n * CandidatePairs.PER_ARTICLE).hasSizeLessThan(n * (n - 1) / 2);
        assertThat(one.pairs()).anySatisfy(p -> assertThat(p.passages())
                .anySatisfy(x -> assertThat(x.kind()).isEqualTo(org.storycompare.engine.model.PassageKind.PARAPHRASE)));
        assertThat(stages).contains("Blocking the sentence pairs of # sentences",
                "Ranked partners of # of # sentences", "Ranked partners of # of # articles", "Aligning # pairs");
    }

    @Test
    void cancellingWhileSentencesAreBlockedStopsTheComparisonBeforeAnyPairIsAligned() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i <= CorpusComparer.ALL_PAIRS_UP_TO; i++) {
            articles.add(new Article("v" + i, org.storycompare.engine.paraphrase.ArticleGen.article(i % 3, 6, false), null));
        }
        Cancellation cancel = new Cancellation();
        List<String> seen = new ArrayList<>();
        ProgressListener pl = (done, total, msg) -> {
            seen.add(msg);
            if (msg.startsWith("Blocking")) {
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> new StoryEngine(CompareOptions.DEFAULTS,
                new org.storycompare.engine.paraphrase.ParaphraseMatcher(), 2).compare(articles, pl, cancel))
                .isInstanceOf(CancelledException.class);
        assertThat(seen).noneMatch(m -> m.startsWith("Aligning"));
    }

    @Test
    void cancellationStopsTheComparison() {
        Cancellation cancel = new Cancellation();
        ProgressListener pl = (done, total, msg) -> cancel.cancel();
        assertThatThrownBy(() -> new StoryEngine(NO_PARAPHRASE, ParaphraseFinder.NONE, 2).compare(story(), pl, cancel))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void duplicateIdsAreRejected() {
        List<Article> twice = List.of(new Article("x", WIRE, null), new Article("x", QUOTE, null));
        assertThatThrownBy(() -> new StoryEngine(NO_PARAPHRASE).compare(twice, null, null))
                .hasMessageContaining("same id: x");
    }
}
