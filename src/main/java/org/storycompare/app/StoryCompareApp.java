package org.storycompare.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.storycompare.app.vm.Background;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;

/**
 * The JavaFX application: opens the files and folders named on the command line, or with none the
 * bundled articles/ folder, and compares them. With {@code -Dstorycompare.timing=true} it prints
 * {@code first-highlight-ms=N}, the time from JVM start to the first highlighted pair (always logged at INFO).
 */
public final class StoryCompareApp extends Application {

    private static final System.Logger LOG = System.getLogger(StoryCompareApp.class.getName());
    private static volatile ExportActions exportActions = new ReportActions();

    private final MainViewModel model = new MainViewModel();

    /** Plugs in File &gt; Export and the workspace items; call before the window opens. */
    public static void setExportActions(ExportActions actions) {
        exportActions = Objects.requireNonNull(actions);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userRoot().node("org/storycompare/app");
        ThemeManager theme = new ThemeManager(prefs);
        MainView view = new MainView(model, Background.WORK, new RecentFiles(prefs), theme, exportActions,
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        Scene scene = new Scene(view, 1400, 880);
        theme.install(scene);
        stage.setTitle("StoryCompare");
        stage.setScene(scene);
        view.setOnFirstHighlight(StoryCompareApp::logFirstHighlight);
        stage.show();

        List<Path> paths = startPaths(getParameters().getUnnamed());
        if (paths.isEmpty()) {
            model.setStatus("Open article files or a folder (File > Open) to compare them.");
            return;
        }
        view.open(paths);
    }

    private static void logFirstHighlight() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.log(System.Logger.Level.INFO, "first highlighted pair shown {0} ms after start", ms);
        if (Boolean.getBoolean("storycompare.timing")) {
            System.out.println("first-highlight-ms=" + ms);
        }
    }

    /** The paths given as arguments; with none, the bundled articles/ folder when it can be found. */
    static List<Path> startPaths(List<String> args) {
        if (!args.isEmpty()) {
            return args.stream().map(Path::of).toList();
        }
        String prop = System.getProperty("storycompare.articles");
        for (Path candidate : new Path[] {prop == null ? null : Path.of(prop), Path.of("articles")}) {
            if (candidate != null && Files.isDirectory(candidate)) {
                return List.of(candidate.toAbsolutePath().normalize());
            }
        }
        return List.of();
    }
}
