package org.storycompare.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;
import org.storycompare.ingest.ArticleLoader;

/**
 * A re-run of the same texts with other options takes the last comparison's paraphrase session (sentences,
 * scored sentence pairs, blocking) and gives what a fresh session gives.
 */
class SessionReuseTest {

    /** 72 versions (past the 64 up to which every pair is tried): the sample story's eight, nine times each. */
    static List<Article> versions() throws IOException {
        Path dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("0[1-8]-.*")).sorted().toList();
        }
        List<Article> sample = new ArticleLoader().load(files).articles();
        List<Article> out = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            for (Article a : sample) {
                out.add(new Article(k + "-" + a.id(), a.text() + "\n\nEdition " + k + " of " + a.id() + ".", a.meta()));
            }
        }
        return out;
    }

    @Test
    void aReRunWithOtherOptionsReusesTheSessionAndGivesWhatAFreshOneGives() throws IOException {
        List<Article> articles = versions();
        List<String> texts = articles.stream().map(Article::text).toList();
        ParaphraseMatcher shared = new ParaphraseMatcher();
        assertThat(shared.forComparison(texts).blocked()).isFalse();
        new StoryEngine(CompareOptions.DEFAULTS, shared, 1).compare(articles, ProgressListener.NONE, Cancellation.NEVER);
        // the session of that comparison, blocking finished, is handed back for the same texts only
        assertThat(shared.forComparison(texts).blocked()).isTrue();
        assertThat(shared.forComparison(texts.subList(1, texts.size())).blocked()).isFalse();
        new StoryEngine(CompareOptions.DEFAULTS, shared, 1).compare(articles, ProgressListener.NONE, Cancellation.NEVER);
        for (double threshold : new double[] {0.7, 0.3}) {
            CompareOptions other = CompareOptions.DEFAULTS.toBuilder().bridgeGap(6).paraphraseThreshold(threshold).build();
            Comparison reused = new StoryEngine(other, shared, 1).compare(articles, ProgressListener.NONE, Cancellation.NEVER);
            Comparison fresh = new StoryEngine(other, new ParaphraseMatcher(), 1)
                    .compare(articles, ProgressListener.NONE, Cancellation.NEVER);
            assertThat(reused.pairs()).hasSameSizeAs(fresh.pairs());
            for (int i = 0; i < fresh.pairs().size(); i++) {
                PairAlignment r = reused.pairs().get(i);
                PairAlignment f = fresh.pairs().get(i);
                assertThat(r).as("pair %s / %s at threshold %s", f.aId(), f.bId(), threshold).isEqualTo(f);
            }
            assertThat(reused.pairs().stream().flatMap(p -> p.passages().stream())
                    .filter(p -> p.kind() == PassageKind.PARAPHRASE).count()).isPositive();
        }
    }
}
