package org.storycompare.app.vm;

import org.storycompare.engine.StoryAnalysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.storycompare.engine.model.Article;
import org.storycompare.ingest.LoadResult;
import org.storycompare.report.PairSelection;
import org.storycompare.report.Report;
import org.storycompare.report.ReportInfo;
import org.storycompare.report.SourceError;
import org.storycompare.workspace.FileStatus;
import org.storycompare.workspace.LoadedWorkspace;
import org.storycompare.workspace.Workspace;

/**
 * The bridge between the window's state and the report and workspace layers: what a report or a saved
 * workspace holds, and how a reopened workspace is put back on screen. No scene-graph classes.
 */
public final class WorkspaceViewModel {

    private final MainViewModel main;
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");

    WorkspaceViewModel(MainViewModel main) {
        this.main = main;
    }

    /** Free-text notes saved with the workspace. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** The workspace file last saved or opened (null before either). */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The workspace as it stands: every loaded source (with its text), the settings, the pair on screen, notes. */
    public Workspace snapshot() {
        List<Article> sources = new ArrayList<>();
        main.sources().stream().filter(SourceRow::isLoaded).forEach(r -> sources.add(r.article()));
        SourceRow l = main.leftProperty().get();
        SourceRow r = main.rightProperty().get();
        return new Workspace(sources, main.settings().options(), l == null ? null : l.id(),
                r == null ? null : r.id(), notes.get());
    }

    /**
     * Puts a reopened workspace on screen: its sources, settings and pair, and its notes. Returns one line
     * per source whose file changed or went missing since the save (the saved copy of the text is used).
     */
    public List<String> apply(LoadedWorkspace loaded, Path from) {
        Workspace ws = loaded.workspace();
        main.settings().load(ws.settings());
        main.setLoaded(new LoadResult(ws.sources(), List.of(), List.of()));
        if (ws.leftId() != null && ws.rightId() != null) {
            main.openPair(ws.leftId(), ws.rightId());
        }
        notes.set(ws.notes());
        file.set(from);
        List<String> problems = loaded.problems().stream().map(FileStatus::describe).toList();
        main.statusModel().setStatus("Opened workspace " + from.getFileName() + " with " + ws.sources().size() + " sources"
                + (problems.isEmpty() ? "" : "; " + problems.size() + " changed on disk since it was saved"));
        if (!problems.isEmpty()) {
            main.statusModel().reportProblem("Files changed since the workspace was saved (the saved copies are shown): "
                    + String.join("; ", problems));
        }
        return problems;
    }

    /**
     * The report of the analysis on screen, with the files that failed to load as errors: nothing is computed
     * here, the writers format the analysis the window shows.
     */
    public Report report() {
        StoryAnalysis a = main.analysis();
        if (a == null) {
            throw new IllegalStateException("There is no comparison to export yet: open two or more articles"
                    + (main.statusModel().runningProperty().get() ? ", or wait until the comparison has ended." : "."));
        }
        List<SourceError> errors = main.sources().stream().filter(r -> !r.isLoaded())
                .map(r -> new SourceError(r.error().path() == null ? null : r.error().path().toString(),
                        r.error().message())).toList();
        return new Report(a, errors, ReportInfo.now());
    }

    /** The pairs to show in full for a scope, led by the pair on screen when there is one. */
    public PairSelection selection(ExportScope scope) {
        PairSelection base = switch (scope) {
            case PAIR_ON_SCREEN -> new PairSelection(1);
            case TOP_10 -> new PairSelection(11);
            case ALL -> PairSelection.ALL;
        };
        SourceRow l = main.leftProperty().get();
        SourceRow r = main.rightProperty().get();
        return l == null || r == null ? base : base.startingWith(l.id(), r.id());
    }
}
