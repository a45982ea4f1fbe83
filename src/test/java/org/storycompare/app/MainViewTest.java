package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless component test of the first window: clicking sources changes what the panes show. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private final MainViewModel model = new MainViewModel();
    private MainView view;

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(
                article("wire", "Lakeside Wire", "Dam inspection ordered", "The dam at Orrin Lake will be inspected."),
                article("post", "Orrin Evening Post", "Inspectors head to dam", "Inspectors head to the Orrin dam."),
                article("digest", "Daily Digest", "Dam news in brief", "- Inspection ordered\n- Residents calm")),
                List.of(new LoadError(Path.of("broken.txt"), "the file is empty")), List.of()));
        view = new MainView(model);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void opensWithTheFirstTwoSourcesSideBySide(FxRobot robot) {
        assertThat(view.leftPane().area().getText()).isEqualTo("The dam at Orrin Lake will be inspected.");
        assertThat(view.rightPane().area().getText()).isEqualTo("Inspectors head to the Orrin dam.");
        assertThat(view.leftPane().header().getText()).isEqualTo("Lakeside Wire — Dam inspection ordered");
    }

    @Test
    void clickingASourceShowsItInTheRightPane(FxRobot robot) {
        ListView<?> sources = robot.lookup("#sources").queryListView();
        assertThat(sources.getItems()).hasSize(4);
        robot.clickOn("Daily Digest\nDam news in brief");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.rightPane().area().getText()).isEqualTo("- Inspection ordered\n- Residents calm");
        assertThat(view.rightPane().header().getText()).startsWith("Daily Digest");
        assertThat(view.leftPane().area().getText()).isEqualTo("The dam at Orrin Lake will be inspected.");
    }

    @Test
    void swapExchangesThePanesAndFailedFilesStayListedWithTheirReason(FxRobot robot) {
        robot.clickOn("#swap");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.leftPane().area().getText()).isEqualTo("Inspectors head to the Orrin dam.");
        assertThat(view.rightPane().area().getText()).isEqualTo("The dam at Orrin Lake will be inspected.");
        robot.clickOn("⚠ broken.txt\nthe file is empty");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.rightPane().area().getText()).isEqualTo("The dam at Orrin Lake will be inspected.");
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("3 articles loaded, 1 could not be read");
    }

    private static Article article(String id, String outlet, String title, String text) {
        return new Article(id, text, new ArticleMeta(outlet, title, null, null, null, "en", null, "txt"));
    }
}
