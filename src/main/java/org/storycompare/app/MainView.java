package org.storycompare.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;
import org.storycompare.ingest.LoadResult;

/**
 * The main window's content: menu and tool bar, error banner, find bar; tabs for the comparison
 * (sources, legend, the two panes with connectors and overview strips, the passage table), the
 * similarity matrix and the settings; a status bar with progress.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final RecentFiles recent;
    private final ThemeManager theme;
    private final SourcesPanel sourcesPanel;
    private final ComparePane comparePane;
    private final PassageTablePanel passagePanel;
    private final MatrixView matrix;
    private final SettingsPanel settings;
    private final FindBar findBar;
    private final TabPane tabs = new TabPane();
    private final BooleanProperty passageTableShown = new SimpleBooleanProperty(this, "passageTableShown", true);
    private final StatusBar statusBar;
    private Runnable onFirstHighlight;

    /** A view for tests: recent files in memory, no exports. */
    public MainView(MainViewModel model) {
        this(model, new RecentFiles(null), new ThemeManager(null), ExportActions.NONE, p -> { });
    }

    /** The window's content; all background work (loading, analysis, highlighting) goes through the model's runner. */
    public MainView(MainViewModel model, RecentFiles recent, ThemeManager theme, ExportActions export,
                    Consumer<Path> folderOpener) {
        this.model = model;
        this.recent = recent;
        this.theme = theme;
        getStyleClass().add("main-view");

        sourcesPanel = new SourcesPanel(model, folderOpener);
        comparePane = new ComparePane(model);
        passagePanel = new PassageTablePanel(model.pair());
        matrix = new MatrixView((a, b) -> {
            model.openPair(a, b);
            showTab(0);
        });
        settings = new SettingsPanel(model.settings());
        findBar = new FindBar(comparePane::lastFocused);

        SplitPane vertical = new SplitPane(comparePane, passagePanel);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        passageTableShown.addListener((o, a, b) -> {
            if (b) {
                vertical.getItems().add(passagePanel);
                vertical.setDividerPositions(0.72);
            } else {
                vertical.getItems().remove(passagePanel);
            }
        });
        VBox compareBox = new VBox(new Legend(), vertical);
        VBox.setVgrow(vertical, Priority.ALWAYS);
        SplitPane main = new SplitPane(sourcesPanel, compareBox);
        main.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(sourcesPanel, false);

        Tab compareTab = new Tab("Compare", main);
        compareTab.setGraphic(Icons.of(MaterialDesignS.SWAP_HORIZONTAL));
        // the other tabs get their content when first shown: their skins and styles then cost nothing at start-up
        Tab matrixTab = AnalysisTabs.lazy("Similarity matrix", matrix);
        matrixTab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignG.GRID));
        Tab provenanceTab = AnalysisTabs.lazy("Provenance", () -> new ProvenanceView(model.analysisProperty(), (a, b) -> {
            model.openPair(a, b);
            showTab(0);
        }));
        provenanceTab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FAMILY_TREE));
        Tab quotesTab = AnalysisTabs.lazy("Quotes & facts", () -> new QuotesFactsView(model.analysisProperty(), this::reveal));
        quotesTab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FORMAT_QUOTE_CLOSE));
        Tab settingsTab = AnalysisTabs.lazy("Settings", settings);
        settingsTab.setGraphic(Icons.of(MaterialDesignC.COG));
        javafx.scene.control.TextArea notes = new javafx.scene.control.TextArea();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPromptText("Notes on this comparison: saved with the workspace (File > Save Workspace).");
        notes.textProperty().bindBidirectional(model.workspace().notesProperty());
        Tab notesTab = AnalysisTabs.lazy("Notes", notes);
        notesTab.setGraphic(Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignN.NOTE_TEXT_OUTLINE));
        tabs.getTabs().addAll(compareTab, matrixTab, provenanceTab, quotesTab, settingsTab, notesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");


        setTop(new VBox(MenuBarFactory.create(this, export), toolBar(), ErrorBanner.create(model), findBar));
        setCenter(tabs);
        statusBar = ErrorBanner.statusBar(model);
        setBottom(statusBar);

        model.comparisonProperty().addListener((o, a, b) -> matrix.show(b, model.groups(b)));
        model.leftProperty().addListener((o, a, b) -> sourcesPanel.refreshMarkers());
        model.rightProperty().addListener((o, a, b) -> sourcesPanel.refreshMarkers());
        matrix.show(model.comparison(), model.groups(model.comparison()));
        Runnable highlighted = () -> {
            Runnable r = onFirstHighlight;
            onFirstHighlight = null;
            if (r != null) {
                r.run();
            }
        };
        comparePane.leftPane().setOnHighlighted(highlighted);
        comparePane.rightPane().setOnHighlighted(highlighted);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private ToolBar toolBar() {
        ToggleButton sync = new ToggleButton(null, Icons.of(MaterialDesignS.SYNC));
        sync.setId("sync");
        Tips.install(sync, "Synchronised scrolling on matches (Ctrl+L)");
        sync.selectedProperty().bindBidirectional(comparePane.syncScrollingProperty());
        ToggleButton dark = new ToggleButton(null, Icons.of(MaterialDesignT.THEME_LIGHT_DARK));
        dark.setId("dark");
        Tips.install(dark, "Dark theme (Ctrl+Shift+D)");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        Button swap = button("swap", "Swap ⇄", MaterialDesignS.SWAP_HORIZONTAL, "Swap the left and right sources (Ctrl+Shift+X)", this::swap);
        return new ToolBar(
                button("open", null, MaterialDesignF.FILE_DOCUMENT_MULTIPLE, "Open files (Ctrl+O)", this::openFiles),
                button("open-folder", null, MaterialDesignF.FOLDER_OPEN, "Open a folder (Ctrl+Shift+O)", this::openFolder),
                button("paste", null, MaterialDesignC.CONTENT_PASTE, "Paste an article from the clipboard (Ctrl+Shift+V)", this::pasteArticle),
                new Separator(Orientation.VERTICAL),
                button("show-left", "To left", MaterialDesignA.ARROW_LEFT_BOLD, "Show the selected source in the left pane (Ctrl+Shift+L or Ctrl+click)", this::showSelectedLeft),
                swap,
                new Separator(Orientation.VERTICAL),
                button("previous", null, MaterialDesignA.ARROW_UP, "Previous passage (Shift+F8)", this::previousPassage),
                button("next", null, MaterialDesignA.ARROW_DOWN, "Next passage (F8)", this::nextPassage),
                sync,
                button("find", null, MaterialDesignM.MAGNIFY, "Find in text (Ctrl+F)", this::find),
                new Separator(Orientation.VERTICAL), dark);
    }

    private static Button button(String id, String text, Ikon icon, String tip, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        Tips.install(b, tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Loads files and folders in the background and adds them to the sources; remembers them as recent. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        open(paths, model.load(paths));
    }

    /**
     * Adds what {@code loading} (a load of {@code paths} already under way, e.g. started while the window was
     * being built) produces to the sources and remembers the paths as recent; a failed load goes to the banner.
     */
    public void open(List<Path> paths, CompletableFuture<LoadResult> loading) {
        if (!loading.isDone() && model.statusModel().statusProperty().get().isEmpty()) {
            model.statusModel().setStatus("Loading " + (paths.size() == 1 ? paths.get(0) : paths.size() + " files")
                    + " …");
        }
        loading.whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                recent.add(paths);
                model.addLoaded(result);
            }
        }));
    }

    /**
     * Opens an entry of File &gt; Open Recent again. One that no longer exists is dropped from the list, with a
     * message naming it, instead of being added to the sources as an unreadable file.
     */
    public void openRecent(Path path) {
        if (!Files.exists(path)) {
            recent.remove(path);
            model.statusModel().reportProblem("Cannot open " + path + " again: it no longer exists (moved, renamed or deleted)."
                    + " It was removed from File > Open Recent.");
            return;
        }
        open(List.of(path));
    }

    public void openFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            open(files.stream().map(File::toPath).toList());
        }
    }

    public void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        File dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            open(List.of(dir.toPath()));
        }
    }

    /** Adds the text on the clipboard as a new source; says what the clipboard holds when it is not text. */
    public void pasteArticle() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString() || !(cb.hasFiles() || cb.hasImage())) {
            model.addPasted(cb.hasString() ? cb.getString() : null);
        } else if (cb.hasFiles()) {
            model.statusModel().reportProblem("The clipboard holds files, not text: open them with File > Open Files or drop them"
                    + " on the window.");
        } else {
            model.statusModel().reportProblem("The clipboard holds an image, not text: copy the article's text and paste again.");
        }
    }

    public void find() {
        showTab(0);
        findBar.open();
    }

    public void nextPassage() {
        if (!model.pair().next()) {
            model.statusModel().setStatus("No shared passages in this pair.");
        }
    }

    public void previousPassage() {
        if (!model.pair().previous()) {
            model.statusModel().setStatus("No shared passages in this pair.");
        }
    }

    public void swap() {
        model.swap();
    }

    public void showSelectedLeft() {
        model.showLeft(sourcesPanel.selected());
    }

    public void showSelectedRight() {
        model.showRight(sourcesPanel.selected());
    }

    /** 0: compare, 1: matrix, 2: settings. */
    /** Shows the article with this id in the right pane, scrolled to {@code span}, on the Compare tab. */
    void reveal(String articleId, org.storycompare.engine.model.Span span) {
        model.sources().stream().filter(r -> r.id().equals(articleId) && r.isLoaded()).findFirst().ifPresent(row -> {
            if (model.leftProperty().get() != row) {
                model.showRight(row);
            }
            showTab(0);
            ArticlePane pane = model.leftProperty().get() == row ? comparePane.leftPane() : comparePane.rightPane();
            javafx.application.Platform.runLater(() -> pane.reveal(span));
        });
    }

    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    public void showHelp() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(getScene().getWindow());
        a.setTitle("Colours and shortcuts");
        a.setHeaderText("StoryCompare — colours and shortcuts");
        a.setContentText("""
                Exact shared: blue tint, solid underline.
                Edited: orange tint, dashed underline; changed words bold.
                Paraphrase: purple tint, dotted underline; swapped words italic (hover for the pair).
                Moved: ⇅ in the margin, thick underline. Only in this source: yellow tint, no underline.

                Click a source: right pane. Ctrl+click: left pane. Click a passage: show its counterpart.
                F8 / Shift+F8: next / previous passage. Ctrl+F: find. Ctrl+L: synchronised scrolling.
                Ctrl+1/2/3: compare, matrix, settings. See docs/window.md.""");
        a.show();
    }

    public void quit() {
        Platform.exit();
    }

    /** Runs {@code r} once, the first time a pane shows a highlighted pair (for start-up timing). */
    public void setOnFirstHighlight(Runnable r) {
        onFirstHighlight = r;
    }

    public BooleanProperty passageTableShownProperty() {
        return passageTableShown;
    }

    public MainViewModel model() {
        return model;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public ThemeManager theme() {
        return theme;
    }

    public ArticlePane leftPane() {
        return comparePane.leftPane();
    }

    public ArticlePane rightPane() {
        return comparePane.rightPane();
    }

    public ComparePane comparePane() {
        return comparePane;
    }

    public SourcesPanel sourcesPanel() {
        return sourcesPanel;
    }

    public PassageTablePanel passagePanel() {
        return passagePanel;
    }

    public MatrixView matrix() {
        return matrix;
    }

    public SettingsPanel settings() {
        return settings;
    }

    public FindBar findBar() {
        return findBar;
    }

    public TabPane tabs() {
        return tabs;
    }
}
