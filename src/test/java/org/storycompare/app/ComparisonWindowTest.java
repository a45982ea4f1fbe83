package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.engine.model.Article;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a hand-made comparison: highlights, markers, connectors, navigation, table, matrix, settings, find. */
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile List<Article> lastRun = List.of();
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        runs.incrementAndGet();
        lastRun = articles;
        return Fixtures.comparison(articles, options);
    }), Runnable::run, Runnable::run);
    private MainView view;

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST, Fixtures.DIGEST), List.of(), List.of()));
        view = new MainView(model);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private void awaitHighlights() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.leftPane().highlights().runs().isEmpty()
                && !view.rightPane().highlights().runs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int at(String text, String part) {
        return text.indexOf(part);
    }

    @Test
    void panesShowTheHighlightClassesMarkersCoverageAndBands() throws Exception {
        awaitHighlights();
        var left = view.leftPane().area();
        var right = view.rightPane().area();
        assertThat(left.getStyleOfChar(at(Fixtures.WIRE_TEXT, "inspected") + 1)).containsExactly("changed", "edited");
        assertThat(left.getStyleOfChar(at(Fixtures.WIRE_TEXT, "Orrin") + 1)).containsExactly("edited");
        assertThat(left.getStyleOfChar(at(Fixtures.WIRE_TEXT, "calm") + 1)).containsExactly("exact", "moved");
        assertThat(left.getStyleOfChar(at(Fixtures.WIRE_TEXT, "appalling") + 1)).containsExactly("paraphrase", "swapped");
        assertThat(right.getStyleOfChar(at(Fixtures.POST_TEXT, "hotline") + 1)).containsExactly("divergent");
        assertThat(view.leftPane().movedParagraphs().stream().toArray()).containsExactly(1);
        assertThat(view.rightPane().movedParagraphs().stream().toArray()).containsExactly(0);
        assertThat(view.leftPane().overview().segments()).hasSize(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.comparePane().connectors().bandCount() == 3);
        assertThat(view.passagePanel().table().getItems()).hasSize(3);
    }

    /**
     * The connector layer reuses its band nodes (a redraw moves them), and none is left over after switching to a
     * pair with no shared passage; back on the first pair each band again has its passage's kind and starts level
     * with the passage's first line in the left pane.
     */
    @Test
    void bandsAreReusedWithoutLeftoversAndFollowTheirPassages(FxRobot robot) throws Exception {
        awaitHighlights();
        var connectors = view.comparePane().connectors();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> connectors.bandCount() == 3);
        robot.interact(() -> model.showRight(row("digest")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> connectors.bandCount() == 0);
        robot.interact(() -> model.showRight(row("post")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> connectors.bandCount() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        var passages = model.pair().alignment().passages();
        for (int i = 0; i < 3; i++) {
            var band = (javafx.scene.shape.Path) connectors.getChildren().get(i);
            assertThat(band.getStyleClass()).as("band %d", i).contains("band", "band-" + passages.get(i).kind().id());
            int start = passages.get(i).a().start();
            double expectedTop = WaitForAsyncUtils.asyncFx(() -> connectors.screenToLocal(
                    view.leftPane().area().getCharacterBoundsOnScreen(start, start + 1).orElseThrow()).getMinY())
                    .get(5, TimeUnit.SECONDS);
            double top = ((javafx.scene.shape.MoveTo) band.getElements().get(0)).getY();
            assertThat(top).as("top of band %d", i).isCloseTo(expectedTop, org.assertj.core.data.Offset.offset(1.0));
        }
        var before = List.copyOf(connectors.getChildren());
        robot.interact(connectors::redraw);
        assertThat(connectors.getChildren()).as("a redraw moves the same nodes").containsExactlyElementsOf(before);
    }

    private org.storycompare.app.vm.SourceRow row(String id) {
        return model.sources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void clickingAPassageRevealsItsCounterpart(FxRobot robot) throws Exception {
        awaitHighlights();
        int i = at(Fixtures.POST_TEXT, "horrifying");
        Bounds b = WaitForAsyncUtils.asyncFx(() -> view.rightPane().area().getCharacterBoundsOnScreen(i, i + 1))
                .get(5, TimeUnit.SECONDS).orElseThrow();
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pair().current()).isEqualTo(2);
        assertThat(view.leftPane().area().getSelectedText()).isEqualTo("The mayor called the report appalling.");
        assertThat(view.passagePanel().table().getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void f8StepsThroughPassagesAndTheTableFollows(FxRobot robot) throws Exception {
        awaitHighlights();
        robot.clickOn("#legend");
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pair().current()).isZero();
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pair().current()).isEqualTo(1);
        assertThat(view.rightPane().area().getSelectedText()).isEqualTo("Residents were told to stay calm.");
        robot.push(KeyCode.SHIFT, KeyCode.F8);
        robot.push(KeyCode.SHIFT, KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pair().current()).isEqualTo(2);
        robot.interact(() -> view.passagePanel().table().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.pair().current()).isZero();
        assertThat(view.leftPane().area().getSelectedText()).startsWith("The dam at Orrin Lake will be inspected");
    }

    @Test
    void aMatrixCellOpensThatPair(FxRobot robot) throws Exception {
        awaitHighlights();
        robot.interact(() -> view.showTab(1));
        Node cell = robot.lookup("#cell-post-wire").query();
        robot.moveTo(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.matrix().info().getText()).contains("95% of Lakeside Wire is in Orrin Evening Post")
                .contains("75% of Orrin Evening Post is in Lakeside Wire");
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(model.leftProperty().get().id()).isEqualTo("post");
        assertThat(view.leftPane().area().getText()).isEqualTo(Fixtures.POST_TEXT);
    }

    @Test
    void settingsAndTheIncludeBoxReRunTheComparison(FxRobot robot) throws Exception {
        awaitHighlights();
        int before = runs.get();
        robot.interact(() -> view.showTab(4));
        assertThat(view.settings().sheet().getItems()).hasSize(9);
        robot.interact(() -> view.settings().sheet().getItems().get(0).setValue(7));
        assertThat(runs.get()).isEqualTo(before + 1);
        assertThat(model.settings().options().minMatchWords()).isEqualTo(7);
        assertThat(view.settings().sheet().getItems().get(4).getName()).isEqualTo("Match by meaning");
        robot.interact(() -> view.settings().sheet().getItems().get(4).setValue(false));
        assertThat(runs.get()).isEqualTo(before + 2);
        assertThat(model.settings().options().meaning()).isFalse();
        before++;
        robot.interact(() -> view.showTab(0));
        CheckBox digestBox = robot.from(view.sourcesPanel().list()).lookup(".check-box").nth(2).queryAs(CheckBox.class);
        robot.clickOn(digestBox);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs.get()).isEqualTo(before + 2);
        assertThat(lastRun).extracting(Article::id).containsExactly("wire", "post");
        assertThat(model.rightProperty().get().id()).isEqualTo("post");
    }

    @Test
    void ctrlFFindsInTheFocusedPane(FxRobot robot) throws Exception {
        awaitHighlights();
        robot.clickOn("#legend");
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.findBar().isVisible()).isTrue();
        robot.write("the");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.findBar().count().getText()).isEqualTo("1 of 3");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.findBar().count().getText()).isEqualTo("2 of 3");
        assertThat(view.leftPane().area().getSelectedText()).isEqualTo("The");
        robot.push(KeyCode.ESCAPE);
        assertThat(view.findBar().isVisible()).isFalse();
    }
}
