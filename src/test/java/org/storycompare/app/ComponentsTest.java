package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Single components: overview strip, sources panel context menu, legend, connector geometry. */
@ExtendWith(ApplicationExtension.class)
class ComponentsTest {

    private final MainViewModel model = new MainViewModel(Fixtures.comparing((a, o, p, c) -> Fixtures.comparison(a, o)),
            Runnable::run, Runnable::run);
    private final List<Double> jumps = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final OverviewStrip strip = new OverviewStrip();
    private SourcesPanel sources;

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(Fixtures.WIRE, Fixtures.POST),
                List.of(new LoadError(Path.of("/stories/broken.pdf"), "not a PDF file")), List.of()));
        sources = new SourcesPanel(model, folders::add);
        strip.setId("strip");
        strip.setPrefHeight(400);
        strip.setOnJump(jumps::add);
        strip.setCoverage(List.of(new CoverageSegment(new Span(0, 50), 1), new CoverageSegment(new Span(50, 100), 3)), 100, 3);
        stage.setScene(new Scene(new HBox(sources, strip, new VBox(new Legend())), 900, 500));
        stage.show();
    }

    @Test
    void overviewShadesByCountAndJumpsWhereClicked(FxRobot robot) {
        assertThat(strip.shade(0)).isEqualTo(Color.TRANSPARENT);
        assertThat(strip.shade(3).getOpacity()).isGreaterThan(strip.shade(1).getOpacity());
        var b = strip.localToScreen(strip.getLayoutBounds());
        robot.clickOn(b.getCenterX(), b.getMinY() + b.getHeight() * 0.75);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(jumps).hasSize(1);
        assertThat(jumps.get(0)).isBetween(0.7, 0.8);
    }

    /** Fires a context-menu item of the source row with this id (headless Monocle sends no context-menu clicks). */
    private void menu(FxRobot robot, String rowId, String item) {
        javafx.scene.control.ListCell<?> cell = robot.from(sources.list()).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof SourceRow r && r.id().equals(rowId))
                .query();
        robot.interact(() -> cell.getContextMenu().getItems().stream().filter(m -> item.equals(m.getText()))
                .findFirst().orElseThrow().fire());
    }

    @Test
    void contextMenuShowsTheFolderAndRemovesASource(FxRobot robot) {
        menu(robot, "post", "Show the file's folder");
        assertThat(folders).containsExactly(Path.of("/stories"));
        menu(robot, "post", "Remove from the comparison");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sources()).extracting(SourceRow::id).containsExactly("wire", "failed:/stories/broken.pdf");
        assertThat(model.rightProperty().get()).isNull();
        assertThat(model.comparison()).isNull();
    }

    @Test
    void failedFilesAreMarkedWithTheirReasonAndSimilarityShowsForArticles(FxRobot robot) {
        assertThat(robot.from(sources.list()).lookup("⚠ broken.pdf").tryQuery()).isPresent();
        assertThat(robot.from(sources.list()).lookup("not a PDF file").tryQuery()).isPresent();
        assertThat(robot.from(sources.list()).lookup(".list-cell.failed").tryQuery()).isPresent();
        assertThat(robot.from(sources.list()).lookup("82%").tryQuery()).isPresent();
        assertThat(robot.from(sources.list()).lookup("left").tryQuery()).isPresent();
    }

    @Test
    void theLegendNamesEveryHighlightClass(FxRobot robot) {
        for (String kind : List.of("exact", "edited", "changed", "paraphrase", "swapped", "moved", "divergent", "boilerplate")) {
            assertThat(robot.lookup(".legend-" + kind).tryQuery()).as(kind).isPresent();
        }
    }

    @Test
    void bandsJoinBothSidesWithCurvedEdges() {
        var path = ConnectorLayer.band(new double[] {10, 30}, new double[] {100, 140}, 48);
        path.setStroke(null);
        path.setFill(Color.BLACK);
        var bounds = path.getBoundsInLocal();
        assertThat(bounds.getMinY()).isEqualTo(10.0);
        assertThat(bounds.getMaxY()).isEqualTo(140.0);
        assertThat(bounds.getWidth()).isEqualTo(48.0);
        assertThat(path.getElements()).hasSize(5);
    }
}
