package org.storycompare.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;

/** The JavaFX application: opens the files named on the command line, or the bundled sample story. */
public final class StoryCompareApp extends Application {

    private final MainViewModel model = new MainViewModel();

    @Override
    public void start(Stage stage) {
        MainView view = new MainView(model);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(StoryCompareApp.class.getResource("/css/storycompare.css").toExternalForm());
        stage.setTitle("StoryCompare");
        stage.setScene(scene);
        stage.show();

        List<Path> paths = startPaths(getParameters().getUnnamed());
        if (paths.isEmpty()) {
            model.setStatus("Open article files to compare them.");
            return;
        }
        model.setStatus("Loading " + paths + " …");
        Task<LoadResult> load = new Task<>() {
            @Override
            protected LoadResult call() {
                return new ArticleLoader().load(paths);
            }
        };
        load.setOnSucceeded(e -> model.setLoaded(load.getValue()));
        load.setOnFailed(e -> model.setStatus("Could not load: " + load.getException().getMessage()));
        Thread t = new Thread(load, "load-articles");
        t.setDaemon(true);
        t.start();
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
