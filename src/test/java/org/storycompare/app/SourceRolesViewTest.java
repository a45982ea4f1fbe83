package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.vm.AnalysisEngine;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.app.vm.RecentFiles;
import org.storycompare.ingest.ArticleLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sources list of the real window (real engine, bundled story) shows each source's likely role on its own
 * line once the comparison is done: the wire as the original, the rewrite as a copy of it, the independent report.
 */
@ExtendWith(ApplicationExtension.class)
class SourceRolesViewTest {

    private final MainViewModel model = new MainViewModel(AnalysisEngine.STORY_ENGINE, null, null,
            null, Platform::runLater);
    private MainView view;

    @Start
    void start(Stage stage) {
        view = new MainView(model, new RecentFiles(null), new ThemeManager(null),
                ExportActions.NONE, p -> { });
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        model.setLoaded(new ArticleLoader().load(List.of(Path.of(System.getProperty("storycompare.articles", "articles")))));
    }

    @Test
    void everyRowShowsItsRole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".source-role").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().equals("independent")));
        List<String> shown = robot.lookup(".source-role").queryAll().stream().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).toList();
        assertThat(shown).contains("original", "copy of Northgate Press Agency",
                "partial copy of Northgate Press Agency", "independent");
    }

    @Test
    void repeatedParagraphsAreMarkedInTheirPane(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.analysis() != null);
        SourceRow herald = model.sources().stream().filter(r -> r.id().startsWith("04-")).findFirst().orElseThrow();
        robot.interact(() -> model.showRight(herald));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.rightPane().repeatedParagraphs().isEmpty());
        // two repeated texts (the headline; two paragraphs that follow each other), each twice: four copies
        assertThat(view.rightPane().repeatedParagraphs()).hasSize(4).contains(0);
        assertThat(view.leftPane().repeatedParagraphs()).isEmpty(); // the wire repeats nothing
        assertThat(robot.lookup(".repeat-marker").queryAll()).isNotEmpty();
    }
}
