package org.storycompare.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.storycompare.app.vm.ExportScope;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.WorkspaceViewModel;
import org.storycompare.report.PairSelection;
import org.storycompare.report.Report;
import org.storycompare.report.ReportFormat;
import org.storycompare.io.AtomicFiles;
import org.storycompare.io.OutputGuard;
import org.storycompare.workspace.LoadedWorkspace;
import org.storycompare.workspace.Workspace;
import org.storycompare.workspace.WorkspaceStore;

/**
 * File &gt; Export and the workspace items: dialogs on the FX thread, writing and reading on a background
 * thread, failures shown in the window. Files are written atomically.
 */
public final class ReportActions implements ExportActions {

    /** What the export dialog asks: the format and which pairs to show in full. */
    record ExportChoice(ReportFormat format, ExportScope scope) {
    }

    private final WorkspaceStore store = new WorkspaceStore();

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void export(Window owner, MainViewModel model) {
        WorkspaceViewModel ws = model.workspace();
        Report report;
        try {
            report = ws.report();
        } catch (IllegalStateException e) {
            model.statusModel().reportProblem(e.getMessage());
            return;
        }
        Optional<ExportChoice> choice = askExport(owner);
        if (choice.isEmpty()) {
            return;
        }
        ReportFormat format = choice.get().format();
        PairSelection pairs = ws.selection(choice.get().scope());
        FileChooser fc = new FileChooser();
        fc.setTitle("Export comparison as " + format.name());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name() + " report",
                "*." + format.extension()));
        fc.setInitialFileName("storycompare-report." + format.extension());
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path target = withExtension(f.toPath(), format.extension());
        if (refused(model, target)) {
            return;
        }
        run(model, "Exporting " + target.getFileName(), () -> {
            AtomicFiles.write(target, out -> format.write(report, pairs, out));
            return target;
        }, p -> model.statusModel().setStatus("Exported " + format.name() + " report to " + p));
    }

    @Override
    public void saveWorkspace(Window owner, MainViewModel model) {
        WorkspaceViewModel ws = model.workspace();
        Workspace snapshot = ws.snapshot();
        if (snapshot.sources().isEmpty()) {
            model.statusModel().reportProblem("There is nothing to save yet: open some articles first.");
            return;
        }
        FileChooser fc = workspaceChooser("Save workspace");
        Path current = ws.fileProperty().get();
        if (current != null && current.getParent() != null) {
            fc.setInitialDirectory(current.getParent().toFile());
            fc.setInitialFileName(current.getFileName().toString());
        } else {
            fc.setInitialFileName("comparison" + WorkspaceStore.EXTENSION);
        }
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path target = withExtension(f.toPath(), WorkspaceStore.EXTENSION.substring(1));
        if (refused(model, target)) {
            return;
        }
        run(model, "Saving " + target.getFileName(), () -> {
            store.save(snapshot, target);
            return target;
        }, p -> {
            ws.fileProperty().set(p);
            model.statusModel().setStatus("Saved workspace " + p);
        });
    }

    @Override
    public void openWorkspace(Window owner, MainViewModel model) {
        File f = workspaceChooser("Open workspace").showOpenDialog(owner);
        if (f == null) {
            return;
        }
        Path file = f.toPath();
        run(model, "Opening " + file.getFileName(), () -> store.load(file),
                (LoadedWorkspace lw) -> model.workspace().apply(lw, file));
    }

    private static FileChooser workspaceChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("StoryCompare workspace",
                "*" + WorkspaceStore.EXTENSION));
        return fc;
    }

    /** Shows why {@code target} may not be written (it is, or links to, an article file); true when refused. */
    static boolean refused(MainViewModel model, Path target) {
        java.util.List<Path> inputs = model.sources().stream().map(r -> r.path().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        Optional<String> problem = OutputGuard.problem(target, inputs,
                org.storycompare.ingest.ReaderRegistry.standard().extensions());
        problem.ifPresent(p -> model.statusModel().reportProblem("Not written: " + p));
        return problem.isPresent();
    }

    /** Adds the extension when the user typed a name without it. */
    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + ext) ? p : p.resolveSibling(name + "." + ext);
    }

    private static Optional<ExportChoice> askExport(Window owner) {
        Dialog<ExportChoice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export comparison");
        d.setHeaderText("Export the comparison as a report");
        ChoiceBox<ReportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ReportFormat.values());
        format.setValue(ReportFormat.HTML);
        format.setId("export-format");
        ChoiceBox<ExportScope> scope = new ChoiceBox<>();
        scope.getItems().setAll(ExportScope.values());
        scope.setValue(ExportScope.TOP_10);
        scope.setId("export-scope");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Pairs shown side by side"), scope);
        grid.add(new Label("HTML and PDF show these pairs in full; JSON, CSV and Markdown hold every pair."),
                0, 2, 2, 1);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new ExportChoice(format.getValue(), scope.getValue()) : null);
        return d.showAndWait();
    }

    /** Runs work in the runner's "files" lane (queued, never replaced); success goes to {@code done}, failure to the banner. */
    private static <T> void run(MainViewModel model, String what, Callable<T> work, Consumer<T> done) {
        model.statusModel().setStatus(what + " …");
        model.runner().queue("files", what + " failed", false, (progress, cancel) -> work.call(), done);
    }
}
