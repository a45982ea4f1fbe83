package org.storycompare.app.vm;

import org.storycompare.report.ReportInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;
import org.storycompare.report.PairSelection;
import org.storycompare.report.Report;
import org.storycompare.workspace.LoadedWorkspace;
import org.storycompare.workspace.WorkspaceStore;

/** Saving, reopening and exporting from the window's state, without a window. */
class WorkspaceViewModelTest {

    private static MainViewModel newModel() {
        return new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> Fixtures.comparison(articles, options)),
                Runnable::run, Runnable::run);
    }

    @TempDir
    Path dir;

    @Test
    void aSavedWorkspaceReopensWithItsSourcesSettingsPairAndNotes() throws Exception {
        MainViewModel model = newModel();
        // pasted sources: no file behind them, so nothing can have changed on disk
        model.setLoaded(new LoadResult(List.of(withPath(Fixtures.WIRE, null), withPath(Fixtures.DIGEST, null),
                withPath(Fixtures.POST, null)), List.of(), List.of()));
        model.openPair("post", "wire");
        CompareOptions options = CompareOptions.builder().minMatchWords(7).stemming(true).build();
        model.settings().load(options);
        model.workspace().notesProperty().set("Check the evacuation figure with the council.");
        Path file = dir.resolve("story.storycompare");
        new WorkspaceStore().save(model.workspace().snapshot(), file);

        MainViewModel reopened = newModel();
        LoadedWorkspace lw = new WorkspaceStore().load(file);
        List<String> problems = reopened.workspace().apply(lw, file);

        assertThat(problems).isEmpty();
        assertThat(reopened.sources()).extracting(SourceRow::id).containsExactly("wire", "digest", "post");
        assertThat(reopened.sources().get(0).article().text()).isEqualTo(Fixtures.WIRE.text());
        assertThat(reopened.leftProperty().get().id()).isEqualTo("post");
        assertThat(reopened.rightProperty().get().id()).isEqualTo("wire");
        assertThat(reopened.settings().options()).isEqualTo(options);
        assertThat(reopened.workspace().notesProperty().get()).isEqualTo("Check the evacuation figure with the council.");
        assertThat(reopened.workspace().fileProperty().get()).isEqualTo(file);
        assertThat(reopened.comparison()).isNotNull();
    }

    @Test
    void reopeningSaysWhichFilesChangedOrWentMissing(@TempDir Path articles) throws Exception {
        Path a = Files.writeString(articles.resolve("a.txt"), "The bridge reopened on Monday after repairs.");
        Path b = Files.writeString(articles.resolve("b.txt"), "The bridge reopened on Monday after long repairs.");
        MainViewModel model = newModel();
        model.setLoaded(new LoadResult(List.of(withPath(Fixtures.WIRE, a), withPath(Fixtures.POST, b)),
                List.of(), List.of()));
        Path file = dir.resolve("w.storycompare");
        new WorkspaceStore().save(model.workspace().snapshot(), file);
        Files.writeString(a, "Edited after the save.");
        Files.delete(b);

        MainViewModel reopened = newModel();
        List<String> problems = reopened.workspace().apply(new WorkspaceStore().load(file), file);
        assertThat(problems).hasSize(2);
        assertThat(String.join("\n", problems)).contains("a.txt").contains("b.txt");
        assertThat(reopened.statusModel().errorProperty().get()).contains("changed since the workspace was saved");
        assertThat(reopened.sources()).hasSize(2);
    }

    @Test
    void theReportCarriesTheComparisonAndTheFailedFiles() {
        MainViewModel model = newModel();
        assertThatThrownBy(() -> model.workspace().report()).hasMessageContaining("no comparison");
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST),
                List.of(new LoadError(Path.of("broken.pdf"), "the PDF has no text layer")), List.of()));
        Report r = model.workspace().report();
        assertThat(r.comparison().articles()).extracting(Article::id).containsExactly("wire", "post");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("broken.pdf");
            assertThat(e.message()).isEqualTo("the PDF has no text layer");
        });
        assertThat(r.info().version()).isEqualTo(ReportInfo.appVersion());
    }

    @Test
    void exportScopesAreLedByThePairOnScreen() {
        MainViewModel model = newModel();
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.DIGEST, Fixtures.POST), List.of(), List.of()));
        model.openPair("post", "wire");
        assertThat(model.workspace().selection(ExportScope.PAIR_ON_SCREEN)).isEqualTo(new PairSelection(1, "post", "wire"));
        assertThat(model.workspace().selection(ExportScope.TOP_10)).isEqualTo(new PairSelection(11, "post", "wire"));
        assertThat(model.workspace().selection(ExportScope.ALL).limit()).isEqualTo(Integer.MAX_VALUE);
    }

    private static Article withPath(Article a, Path p) {
        return new Article(a.id(), a.text(), a.meta().withPath(p));
    }
}
