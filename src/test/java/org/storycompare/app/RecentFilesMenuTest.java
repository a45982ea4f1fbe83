package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Open Recent in the real window: files opened (through the same path as Open Files… after its
 * dialog) are listed newest first, without duplicates, at most {@link RecentFiles#MAX}; choosing one opens it
 * again; a file that has gone away gives a message and leaves the list. The list is kept in preferences under
 * the test's own temporary folder ({@link DirectoryPreferences}), never in the user's home.
 */
@ExtendWith(ApplicationExtension.class)
class RecentFilesMenuTest {

    private static final long WAIT = 20;

    @TempDir
    Path dir;

    private final List<List<String>> runs = new CopyOnWriteArrayList<>();
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        runs.add(articles.stream().map(Article::id).toList());
        return new Comparison(articles, List.of(), Map.of(), options);
    }), Runnable::run, Runnable::run);
    private final FxRobot robot = new FxRobot();
    private Preferences prefs;
    private MainView view;

    @Start
    void start(Stage stage) {
        prefs = DirectoryPreferences.root(dir.resolve("prefs")).node("org/storycompare/app");
        view = new MainView(model, new RecentFiles(prefs), new ThemeManager(null),
                ExportActions.NONE, p -> { });
        stage.setScene(new Scene(view, 1000, 640));
        stage.show();
    }

    private Path article(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "Invented story " + name + ": the Tamsin ferry ran late again.");
    }

    /** Opens the path as File > Open Files… does once its dialog closes, and waits until it is loaded. */
    private void open(Path p) throws Exception {
        robot.interact(() -> view.open(List.of(p)));
        // the list and the sources are updated in one FX event once the file is read
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !view.recentFiles().items().isEmpty()
                && view.recentFiles().items().get(0).equals(p.toAbsolutePath().normalize()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Menu recentMenu() {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream()
                .filter(m -> "menu-recent".equals(m.getId())).findFirst().orElseThrow();
    }

    /** The entries of File > Open Recent, above its separator. */
    private List<String> entries() {
        return recentMenu().getItems().stream().takeWhile(m -> !(m instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
    }

    private void choose(Path p) {
        MenuItem item = recentMenu().getItems().stream().filter(m -> p.toString().equals(m.getText()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private SourceRow row(Path p) {
        return model.sources().stream().filter(r -> r.path().map(p::equals).orElse(false)).findFirst().orElse(null);
    }

    @Test
    void listsOpenedFilesNewestFirstWithoutDuplicatesCappedAndKeepsThem() throws Exception {
        assertThat(entries()).containsExactly("(none yet)");
        Path first = article("first.txt");
        Path second = article("second.txt");
        open(first);
        open(second);
        open(first);
        assertThat(entries()).containsExactly(first.toString(), second.toString());
        assertThat(model.sources()).hasSize(2);

        Path[] more = new Path[RecentFiles.MAX];
        for (int i = 0; i < more.length; i++) {
            more[i] = article("more-" + i + ".txt");
            open(more[i]);
        }
        List<String> expected = new java.util.ArrayList<>();
        for (int i = more.length - 1; i >= 0; i--) {
            expected.add(more[i].toString());
        }
        assertThat(entries()).containsExactlyElementsOf(expected);
        open(more[3]);
        assertThat(entries()).hasSize(RecentFiles.MAX).startsWith(more[3].toString(), more[9].toString(),
                more[8].toString()).doesNotHaveDuplicates().doesNotContain(first.toString(), second.toString());

        // kept in the test's own preferences folder and read back by a new list
        assertThat(((DirectoryPreferences) prefs).file()).startsWith(dir).isRegularFile();
        assertThat(new RecentFiles(prefs).items()).map(Path::toString).containsExactlyElementsOf(entries());
    }

    @Test
    void choosingAnEntryOpensItAgain() throws Exception {
        Path ferry = article("ferry.txt");
        Path pier = article("pier.txt");
        open(ferry);
        open(pier);
        robot.interact(() -> model.remove(row(ferry)));
        assertThat(row(ferry)).isNull();
        int before = runs.size();

        choose(ferry);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> row(ferry) != null && runs.size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(ferry).isLoaded()).isTrue();
        assertThat(runs.get(runs.size() - 1)).contains(row(ferry).id(), row(pier).id());
        assertThat(entries()).containsExactly(ferry.toString(), pier.toString());
        assertThat(model.statusModel().errorProperty().get()).isEmpty();
    }

    @Test
    void aFileThatHasGoneAwayGivesAMessageAndLeavesTheList() throws Exception {
        Path gone = article("gone.txt");
        Path kept = article("kept.txt");
        open(gone);
        open(kept);
        robot.interact(() -> model.remove(row(gone)));
        Files.delete(gone);

        choose(gone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#error-text").queryLabeled().getText())
                .isEqualTo("Cannot open " + gone + " again: it no longer exists (moved, renamed or deleted)."
                        + " It was removed from File > Open Recent.");
        assertThat(entries()).containsExactly(kept.toString());
        assertThat(model.sources()).extracting(SourceRow::label).containsExactly(row(kept).label());
        assertThat(new RecentFiles(prefs).items()).containsExactly(kept);

        robot.interact(() -> recentMenu().getItems().stream().filter(m -> "Clear Recent".equals(m.getText()))
                .findFirst().orElseThrow().fire());
        assertThat(entries()).containsExactly("(none yet)");
        assertThat(new RecentFiles(prefs).items()).isEmpty();
    }
}
