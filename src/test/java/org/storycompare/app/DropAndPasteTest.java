package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on the real engine, driven as a user would: files dragged onto it from another window
 * (a real JavaFX drag and drop gesture that Monocle delivers through the scene's drag machinery; only the
 * operating system's file manager is replaced, by a small drag source beside the window's content), and an article pasted from the
 * system clipboard with Ctrl+Shift+V or the tool bar button.
 */
@ExtendWith(ApplicationExtension.class)
class DropAndPasteTest {

    /** Invented: a paragraph two outlets share word for word. */
    private static final String SHARED = "Ferry services across the Tamsin Strait were halted on Thursday after a "
            + "crane barge broke loose from its moorings near the northern pier, the harbour office said. Crews "
            + "spent the night securing the barge and expect the first crossings to resume by Saturday morning.";
    private static final long WAIT = 20;

    @TempDir
    Path dir;

    private final List<List<String>> runs = new CopyOnWriteArrayList<>();
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        runs.add(articles.stream().map(Article::id).toList());
        return new org.storycompare.engine.StoryEngine(options).compare(articles, progress, cancel);
    }), null, null, null, Platform::runLater);
    private final List<DragEvent> overs = new ArrayList<>();
    private final List<DragEvent> drops = new ArrayList<>();
    private volatile Map<DataFormat, Object> toDrag = Map.of();
    private MainView view;
    private Label dragSource;

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST), List.of(), List.of()));
        view = new MainView(model, new RecentFiles(null), new ThemeManager(null),
                ExportActions.NONE, p -> { });
        // stands in for the file manager: a drag from here carries files, as one from the desktop does. It sits
        // beside the window's content in the same scene, as Monocle delivers a drag only within one window.
        dragSource = new Label("files");
        dragSource.setId("drag-source");
        dragSource.setMinSize(100, 60);
        dragSource.setOnDragDetected(e -> {
            dragSource.startDragAndDrop(TransferMode.COPY, TransferMode.MOVE)
                    .setContent(toDrag);
            e.consume();
        });
        HBox.setHgrow(view, Priority.ALWAYS);
        Scene scene = new Scene(new HBox(view, dragSource), 1200, 720);
        // what the window answered: drag events share their accept / drop-completed state with their copies
        scene.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == dragSource && e.getTarget() != dragSource) {
                overs.add(e);
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, drops::add);
        stage.setScene(scene);
        stage.show();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private SourceRow row(String fileName) {
        return model.sources().stream()
                .filter(r -> r.path().map(p -> p.getFileName().toString().equals(fileName)).orElse(false))
                .findFirst().orElse(null);
    }

    private void awaitComparisonOf(String... ids) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            Comparison c = model.comparison();
            return c != null && c.articles().stream().map(Article::id).toList().containsAll(List.of(ids));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void drag(List<Path> paths, Node target, FxRobot robot) {
        drag(Map.of(DataFormat.FILES, paths.stream().map(Path::toFile).toList()), target, robot);
    }

    private void drag(Map<DataFormat, Object> content, Node target, FxRobot robot) {
        toDrag = content;
        robot.drag(dragSource).dropTo(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window accepted the drag as a copy while it was over it, and completed the drop. */
    private void assertDropped() {
        assertThat(overs).isNotEmpty().allSatisfy(e -> assertThat(e.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY));
        assertThat(drops).hasSize(1);
        assertThat(drops.get(0).isDropCompleted()).isTrue();
    }

    @Test
    void filesDroppedOnTheWindowAreListedComparedAndAnUnreadableOneShowsItsReason(FxRobot robot) throws Exception {
        Path gazette = write("harbour-gazette.txt", SHARED + "\n\nThe harbour master declined to comment.");
        Path courier = write("strait-courier.txt", "Travellers faced long queues.\n\n" + SHARED);
        Path empty = write("empty-notes.txt", "");

        drag(List.of(gazette, courier, empty), robot.lookup("#left-text").query(), robot);

        assertDropped();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> row("strait-courier.txt") != null);
        SourceRow g = row("harbour-gazette.txt");
        SourceRow c = row("strait-courier.txt");
        assertThat(g.isLoaded()).isTrue();
        assertThat(c.isLoaded()).isTrue();
        SourceRow bad = row("empty-notes.txt");
        assertThat(bad.isLoaded()).isFalse();
        assertThat(bad.error().message()).isEqualTo("the file is empty");
        assertThat(robot.from(view.sourcesPanel().list()).lookup("⚠ empty-notes.txt").tryQuery()).isPresent();
        assertThat(robot.from(view.sourcesPanel().list()).lookup("the file is empty").tryQuery()).isPresent();
        assertThat(robot.lookup("#load-summary").queryLabeled().getText())
                .isEqualTo("4 articles loaded, 1 could not be read");

        awaitComparisonOf("wire", "post", g.id(), c.id());
        assertThat(runs.get(runs.size() - 1)).containsExactly("wire", "post", g.id(), c.id());
        assertThat(model.comparison().pair(g.id(), c.id())).hasValueSatisfying(p ->
                assertThat(p.similarity()).isGreaterThan(0.3));
        // the dropped pair is one click away and shows the shared paragraph highlighted
        robot.interact(() -> model.openPair(g.id(), c.id()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !view.rightPane().highlights().runs().isEmpty());
        int inShared = Files.readString(courier).indexOf("crane barge");
        assertThat(view.rightPane().area().getStyleOfChar(inShared)).contains("exact");
    }

    @Test
    void aFolderDroppedOnTheSourcesListIsOpened(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("strait"));
        Files.writeString(folder.resolve("a-ledger.txt"), SHARED);
        Files.writeString(folder.resolve("b-bulletin.txt"), "Queues at the pier.\n\n" + SHARED);

        drag(List.of(folder), view.sourcesPanel().list(), robot);

        assertDropped();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> row("b-bulletin.txt") != null);
        awaitComparisonOf(row("a-ledger.txt").id(), row("b-bulletin.txt").id());
        assertThat(model.comparison().articles()).hasSize(4);
    }

    @Test
    void aDragOfTextRatherThanFilesIsRefused(FxRobot robot) {
        drag(Map.of(DataFormat.PLAIN_TEXT, SHARED), robot.lookup("#right-text").query(), robot);
        assertThat(overs).isNotEmpty().allSatisfy(e -> assertThat(e.isAccepted()).isFalse());
        // Monocle still delivers the drop to the window; it must not complete it
        assertThat(drops).allSatisfy(e -> assertThat(e.isDropCompleted()).isFalse());
        assertThat(model.sources()).hasSize(2);
    }

    private void pasteWithShortcut(FxRobot robot) {
        robot.clickOn("#legend");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlShiftVAddsTheClipboardTextAsANewComparedSource(FxRobot robot) throws Exception {
        String text = "  Tamsin Strait ferries halted\n\n" + SHARED + "\n\nOne reader wrote in to complain.  ";
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        pasteWithShortcut(robot);

        SourceRow pasted = model.sources().get(model.sources().size() - 1);
        assertThat(pasted.label()).isEqualTo("Pasted text 1");
        assertThat(robot.from(view.sourcesPanel().list()).lookup("Pasted text 1").tryQuery()).isPresent();
        assertThat(view.rightPane().area().getText()).isEqualTo(text.strip());
        assertThat(view.rightPane().header().getText()).startsWith("Pasted text 1");
        awaitComparisonOf("wire", "post", pasted.id());

        // a second paste, through the tool bar button, shares the paragraph with the first
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
                "Strait news.\n\n" + SHARED)));
        robot.clickOn("#paste");
        WaitForAsyncUtils.waitForFxEvents();
        SourceRow second = model.sources().get(model.sources().size() - 1);
        assertThat(second.label()).isEqualTo("Pasted text 2");
        awaitComparisonOf(pasted.id(), second.id());
        assertThat(model.comparison().pair(pasted.id(), second.id())).isPresent();
        assertThat(model.statusModel().errorProperty().get()).isEmpty();
    }

    @Test
    void anEmptyOrNonTextClipboardGivesAClearMessage(FxRobot robot) throws Exception {
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        pasteWithShortcut(robot);
        assertThat(robot.lookup("#error-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .isEqualTo("The clipboard holds no text to add as an article.");

        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, " \n\t ")));
        robot.clickOn("#error-close");
        pasteWithShortcut(robot);
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .isEqualTo("The clipboard holds no text to add as an article.");

        Path file = write("clip.txt", SHARED);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.FILES, List.of(file.toFile()))));
        pasteWithShortcut(robot);
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .startsWith("The clipboard holds files, not text");

        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, new WritableImage(4, 4))));
        pasteWithShortcut(robot);
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .startsWith("The clipboard holds an image, not text");
        assertThat(model.sources()).hasSize(2);
    }
}
