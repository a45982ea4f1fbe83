package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The similarity matrix of many sources: a hundred articles of which the first 44 share text with each other
 * (the 45th only a little) show as the 40 that share the most, in their order, with a title that says so;
 * a handful of sources all show.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {

    private MatrixView matrix;

    @Start
    void start(Stage stage) {
        matrix = new MatrixView((a, b) -> { });
        stage.setScene(new Scene(matrix, 900, 600));
        stage.show();
    }

    static Comparison comparison(int articles, int sharing) {
        List<Article> arts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            arts.add(new Article("a" + i, "Invented report number " + i + " about the ferry strike.", null));
        }
        List<PairAlignment> pairs = new ArrayList<>();
        for (int i = 0; i < sharing; i++) {
            for (int j = i + 1; j < sharing; j++) {
                double sim = j == sharing - 1 ? 0.01 : 0.5;
                pairs.add(new PairAlignment("a" + i, "a" + j, sim, sim, sim, List.of(), List.of(), List.of()));
            }
        }
        return new Comparison(arts, pairs, Map.of(), CompareOptions.DEFAULTS);
    }

    @Test
    void aHundredSourcesShowAsGroupsOfVersionsAndACellOpensTheClosestPair(FxRobot robot) {
        Comparison c = comparison(100, 45);
        robot.interact(() -> matrix.show(c));
        // a0..a43 contain half of each other: one group; a44 shares 1% and stays alone like the other 55
        long cells = matrix.grid().getChildren().stream().filter(n -> n.getStyleClass().contains("matrix-cell")).count();
        assertThat(cells).isEqualTo(40L * 40);
        assertThat(matrix.title().getText()).contains("100 sources in 57 groups").contains("the 40 largest shown");
        List<String> opened = new ArrayList<>();
        MatrixView clickable = new MatrixView((a, b) -> opened.add(a + "|" + b));
        robot.interact(() -> {
            clickable.show(c);
            javafx.scene.Node cell = clickable.grid().lookup("#group-0-0");
            cell.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
        });
        assertThat(opened).containsExactly("a0|a1");
        assertThat(matrix.grid().getChildren().stream().filter(n -> n instanceof javafx.scene.control.Label)
                .map(n -> ((javafx.scene.control.Label) n).getText())).contains("G1 · 44 versions");
    }

    @Test
    void aFewSourcesAllShow(FxRobot robot) {
        Comparison c = comparison(5, 5);
        robot.interact(() -> matrix.show(c));
        long cells = matrix.grid().getChildren().stream().filter(n -> n.getStyleClass().contains("matrix-cell")).count();
        assertThat(cells).isEqualTo(25);
        assertThat(matrix.title().getText()).isEqualTo("Similarity matrix — click a cell to compare that pair");
    }
}
