package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;

/** The main view model with a hand-made engine and direct executors: no window. */
class MainViewModelTest {

    private final List<List<String>> runs = new ArrayList<>();
    private final List<CompareOptions> optionsSeen = new ArrayList<>();
    private RuntimeException failWith;
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        runs.add(articles.stream().map(Article::id).toList());
        optionsSeen.add(options);
        if (failWith != null) {
            throw failWith;
        }
        return Fixtures.comparison(articles, options);
    }), Runnable::run, Runnable::run);

    private void load() {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.DIGEST, Fixtures.POST),
                List.of(new LoadError(Path.of("broken.txt"), "the file is empty")), List.of()));
    }

    private SourceRow row(String id) {
        return model.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void loadingShowsTheFirstTwoArticlesListsFailuresAndComparesOnce() {
        load();
        assertThat(model.leftProperty().get().id()).isEqualTo("wire");
        assertThat(model.rightProperty().get().id()).isEqualTo("digest");
        assertThat(model.sources()).hasSize(4);
        SourceRow failed = model.sources().get(3);
        assertThat(failed.isLoaded()).isFalse();
        assertThat(failed.label()).isEqualTo("broken.txt");
        assertThat(failed.error().message()).isEqualTo("the file is empty");
        assertThat(model.sourcesModel().loadSummaryProperty().get()).isEqualTo("3 articles loaded, 1 could not be read");
        assertThat(runs).containsExactly(List.of("wire", "digest", "post"));
        assertThat(model.statusModel().statusProperty().get()).isEqualTo("Compared 3 articles: 1 pair shares text");
    }

    @Test
    void similarityIsToTheLeftArticleAndSortingFollowsIt() {
        load();
        assertThat(row("wire").similarity()).isEqualTo(1.0);
        assertThat(row("post").similarity()).isEqualTo(0.82);
        assertThat(row("digest").similarity()).isNaN();
        model.sourcesModel().sortOrderProperty().set(SortOrder.SIMILARITY);
        assertThat(model.sourcesModel().sorted()).extracting(SourceRow::id)
                .containsExactly("wire", "post", "digest", "failed:broken.txt");
        model.showLeft(row("digest"));
        assertThat(row("post").similarity()).isNaN();
        assertThat(model.sourcesModel().sorted().get(0).id()).isEqualTo("digest");
    }

    @Test
    void sortingByDateAndOutletKeepsFailedFilesLast() {
        load();
        model.sourcesModel().sortOrderProperty().set(SortOrder.OUTLET);
        assertThat(model.sourcesModel().sorted()).extracting(SourceRow::label)
                .containsExactly("Daily Digest", "Lakeside Wire", "Orrin Evening Post", "broken.txt");
        model.sourcesModel().sortOrderProperty().set(SortOrder.DATE);
        assertThat(model.sourcesModel().sorted()).extracting(SourceRow::id)
                .containsExactly("wire", "post", "digest", "failed:broken.txt");
    }

    @Test
    void theShownPairIsOrientedLeftToRightAndSwapMirrorsIt() {
        load();
        model.showRight(row("post"));
        assertThat(model.pair().alignment().aId()).isEqualTo("wire");
        assertThat(model.pair().rows()).hasSize(3);
        model.swap();
        assertThat(model.leftProperty().get().id()).isEqualTo("post");
        assertThat(model.pair().alignment().aId()).isEqualTo("post");
        assertThat(model.pair().rows().get(0).leftSnippet()).isEqualTo("Residents were told to stay calm.");
        model.showRight(row("digest"));
        assertThat(model.pair().alignment()).isNull();
        assertThat(model.pair().rows()).isEmpty();
    }

    @Test
    void excludingASourceComparesAgainWithoutIt() {
        load();
        row("digest").includedProperty().set(false);
        assertThat(runs.get(runs.size() - 1)).containsExactly("wire", "post");
        row("post").includedProperty().set(false);
        assertThat(runs).hasSize(2);
        assertThat(model.comparison()).isNull();
        assertThat(model.statusModel().statusProperty().get()).isEqualTo("Include at least two articles to compare them.");
    }

    @Test
    void anEngineFailureIsShownInTheBannerAndStatusNeverSwallowed() {
        failWith = new UnsupportedOperationException("a failing engine (test)");
        load();
        assertThat(model.comparison()).isNull();
        assertThat(model.statusModel().errorProperty().get())
                .isEqualTo("Could not compare the articles — a failing engine (test)");
        assertThat(model.statusModel().statusProperty().get()).contains("a failing engine (test)");
        assertThat(model.statusModel().runningProperty().get()).isFalse();
        model.statusModel().dismissError();
        assertThat(model.statusModel().errorProperty().get()).isEmpty();
    }

    @Test
    void changedSettingsReRunTheComparisonWithTheNewOptions() {
        load();
        model.settings().minMatchWordsProperty().set(8);
        assertThat(runs).hasSize(2);
        assertThat(optionsSeen.get(1).minMatchWords()).isEqualTo(8);
    }

    @Test
    void removingAndPastingSourcesKeepThePanesFilled() {
        load();
        model.remove(row("wire"));
        assertThat(model.leftProperty().get().id()).isEqualTo("post");
        assertThat(runs.get(runs.size() - 1)).containsExactly("digest", "post");
        SourceRow pasted = model.addPasted("  Officials said the dam is safe.  ");
        assertThat(pasted.id()).isEqualTo("pasted-1");
        assertThat(pasted.label()).isEqualTo("Pasted text 1");
        assertThat(pasted.article().text()).isEqualTo("Officials said the dam is safe.");
        assertThat(model.rightProperty().get()).isSameAs(pasted);
        assertThat(model.addPasted("   ")).isNull();
        assertThat(model.statusModel().errorProperty().get()).contains("clipboard holds no text");
    }

    @Test
    void openingTheSameFileTwiceAddsItOnceAndClashingIdsAreMadeUnique() {
        load();
        model.addLoaded(new LoadResult(List.of(Fixtures.WIRE), List.of(), List.of()));
        assertThat(model.sources()).hasSize(4);
        Article other = new Article("wire", "Another wire text.", Fixtures.WIRE.meta().withPath(Path.of("/elsewhere/wire.txt")));
        model.addLoaded(new LoadResult(List.of(other), List.of(), List.of()));
        assertThat(model.sources()).extracting(SourceRow::id).contains("wire", "wire~2");
    }

    @Test
    void matrixClickOpensThePair() {
        load();
        model.openPair("post", "wire");
        assertThat(model.leftProperty().get().id()).isEqualTo("post");
        assertThat(model.rightProperty().get().id()).isEqualTo("wire");
        assertThat(model.pair().alignment().aId()).isEqualTo("post");
    }

    @Test
    void pastFortySourcesTheAnalysisComesWithGroupsOfVersionsMadeInTheBackground() {
        load();
        assertThat(model.comparison()).isNotNull();
        assertThat(model.groups(model.comparison())).as("three sources: the matrix shows them one by one").isNull();
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < MainViewModel.MATRIX_SOURCES + 1; i++) {
            many.add(new Article("s" + i, "Invented report " + i + " on the ferry strike.", null));
        }
        model.setLoaded(new LoadResult(many, List.of(), List.of()));
        var groups = model.groups(model.comparison());
        assertThat(groups).isNotNull();
        assertThat(groups.clusters()).hasSize(MainViewModel.MATRIX_SOURCES + 1);
        assertThat(model.groups(Fixtures.comparison(many, CompareOptions.DEFAULTS))).as("another comparison").isNull();
    }
}
