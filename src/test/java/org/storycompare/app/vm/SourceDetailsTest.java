package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.ingest.LoadResult;
import org.storycompare.workspace.WorkspaceStore;

/** Editing a source's details: marked as entered by hand, analysed again with the alignments reused, saved. */
class SourceDetailsTest {

    @TempDir
    Path dir;

    private final List<StoryAnalysis> previousSeen = new ArrayList<>();
    private final List<List<Article>> runs = new ArrayList<>();
    private final MainViewModel model = new MainViewModel((articles, options, progress, cancel, previous) -> {
        previousSeen.add(previous);
        runs.add(articles);
        return Fixtures.analysis(Fixtures.comparison(articles, options));
    }, Runnable::run, Runnable::run);

    @Test
    void editedDetailsAreMarkedAnalysedAgainWithThePreviousAnalysisAndSaved() throws Exception {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST), List.of(), List.of()));
        StoryAnalysis before = model.analysis();
        SourceRow post = model.sourcesModel().find("post");

        model.editDetails(post, new SourceDetails("Orrin Post", post.article().meta().title(), "Ann Lee, Bo Chan",
                LocalDate.of(2025, 1, 2)));

        ArticleMeta m = post.article().meta();
        assertThat(m.outlet()).isEqualTo("Orrin Post");
        assertThat(m.author()).isEqualTo("Ann Lee, Bo Chan");
        assertThat(m.published()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(m.entered()).containsExactlyInAnyOrder(ArticleMeta.OUTLET, ArticleMeta.AUTHOR,
                ArticleMeta.PUBLISHED);
        assertThat(SourceDetails.origin(post.article(), ArticleMeta.TITLE, m.title())).isEqualTo("found in the file");
        assertThat(SourceDetails.origin(post.article(), ArticleMeta.OUTLET, m.outlet())).isEqualTo("entered by hand");
        // analysed again, handed the analysis on screen so that the engine can reuse its alignments
        assertThat(runs).hasSize(2);
        assertThat(previousSeen.get(1)).isSameAs(before);
        assertThat(model.analysis().article("post").orElseThrow().meta().outlet()).isEqualTo("Orrin Post");
        assertThat(post.label()).isEqualTo("Orrin Post");

        // the same details again change nothing
        model.editDetails(post, SourceDetails.of(post.article()));
        assertThat(runs).hasSize(2);

        // kept in the saved workspace, with which fields were entered by hand
        Path file = dir.resolve("w.storycompare");
        new WorkspaceStore().save(model.workspace().snapshot(), file);
        Article back = new WorkspaceStore().load(file).workspace().sources().stream()
                .filter(a -> a.id().equals("post")).findFirst().orElseThrow();
        assertThat(back.meta().outlet()).isEqualTo("Orrin Post");
        assertThat(back.meta().entered()).isEqualTo(m.entered());
    }
}
