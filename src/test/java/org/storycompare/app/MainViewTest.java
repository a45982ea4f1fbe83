package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
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

/**
 * Headless component test of the window: clicking sources changes what the panes show, swap, failed
 * files listed with their reason; and an engine that fails is reported in the banner, not swallowed.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    /** An engine that throws, for the error banner. */
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        throw new UnsupportedOperationException("a failing engine (test)");
    }), Runnable::run, Runnable::run);
    private MainView view;

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(
                article("wire", "Lakeside Wire", "Dam inspection ordered", "The dam at Orrin Lake will be inspected."),
                article("post", "Orrin Evening Post", "Inspectors head to dam", "Inspectors head to the Orrin dam."),
                article("digest", "Daily Digest", "Dam news in brief", "- Inspection ordered\n- Residents calm")),
                List.of(new LoadError(Path.of("broken.txt"), "the file is empty")), List.of()));
        view = new MainView(model);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    private Node inSources(FxRobot robot, String text) {
        return robot.from(view.sourcesPanel().list()).lookup(text).query();
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
        robot.clickOn(inSources(robot, "Daily Digest"));
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
        assertThat(inSources(robot, "the file is empty")).isNotNull();
        robot.clickOn(inSources(robot, "⚠ broken.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.rightPane().area().getText()).isEqualTo("The dam at Orrin Lake will be inspected.");
        assertThat(robot.lookup("#load-summary").queryLabeled().getText())
                .isEqualTo("3 articles loaded, 1 could not be read");
    }

    @Test
    void ctrlClickShowsASourceInTheLeftPane(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL).clickOn(inSources(robot, "Daily Digest"))
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.leftPane().area().getText()).isEqualTo("- Inspection ordered\n- Residents calm");
        assertThat(view.rightPane().area().getText()).isEqualTo("Inspectors head to the Orrin dam.");
    }

    @Test
    void theEngineFailureIsShownInTheBannerAndCanBeDismissed(FxRobot robot) {
        Node banner = robot.lookup("#error-banner").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .contains("Could not compare the articles").contains("a failing engine (test)");
        robot.clickOn("#error-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
        assertThat(view.leftPane().highlights().runs()).isEmpty();
    }

    private static Article article(String id, String outlet, String title, String text) {
        return new Article(id, text, new ArticleMeta(outlet, title, null, null, null, "en", null, "txt"));
    }

    /** Every tab has a View menu item that shows its shortcut, Ctrl+1 to Ctrl+6 in tab order, and the shortcut works. */
    @Test
    void everyTabHasAViewMenuShortcut(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu viewMenu = bar.getMenus().stream().filter(m -> m.getText().equals("View"))
                .findFirst().orElseThrow();
        var tabs = view.tabs().getTabs();
        for (int i = 0; i < tabs.size(); i++) {
            String title = tabs.get(i).getText();
            javafx.scene.control.MenuItem item = viewMenu.getItems().stream()
                    .filter(m -> title.equalsIgnoreCase(m.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no View menu item for the " + title + " tab"));
            assertThat(item.getAccelerator()).as(title).isEqualTo(
                    javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + (i + 1)));
        }
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT6)
                .release(javafx.scene.input.KeyCode.DIGIT6, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.tabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Notes");
    }
}
