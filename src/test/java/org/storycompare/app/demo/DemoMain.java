package org.storycompare.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.storycompare.app.ExportActions;
import org.storycompare.app.MainView;
import org.storycompare.app.ThemeManager;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;

/**
 * Test-only launcher: the real window and engine without preferences or exports, for screenshots and for timing
 * a large pair. Args: folders/files to open, or {@code --big DIR} to write two invented
 * 50,000-word articles into DIR and open them. {@code -Ddemo.dark=true} starts in the dark theme,
 * {@code -Ddemo.tab=N} on tab N.
 */
public final class DemoMain extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        long t0 = System.nanoTime();
        MainViewModel model = new MainViewModel();
        ThemeManager theme = new ThemeManager(null);
        MainView view = new MainView(model, new RecentFiles(null), theme, ExportActions.NONE, p -> { });
        Scene scene = new Scene(view, 1400, 880);
        theme.install(scene);
        theme.darkProperty().set(Boolean.getBoolean("demo.dark"));
        long[] compared = {0};
        model.comparisonProperty().addListener((o, a, c) -> compared[0] = System.nanoTime());
        view.setOnFirstHighlight(() -> System.out.println("demo first-highlight-ms=" + (System.nanoTime() - t0) / 1_000_000
                + " (comparison to highlights: " + (System.nanoTime() - compared[0]) / 1_000_000 + " ms, "
                + model.pair().rows().size() + " passages, " + view.leftPane().area().getLength() + " chars)"));
        stage.setScene(scene);
        stage.setTitle("StoryCompare (demo)");
        stage.show();
        List<String> args = getParameters().getUnnamed();
        List<Path> paths = new ArrayList<>();
        if (!args.isEmpty() && args.get(0).equals("--big")) {
            paths.addAll(writeBig(Path.of(args.get(1))));
        } else {
            args.forEach(a -> paths.add(Path.of(a)));
        }
        view.open(paths);
        view.showTab(Integer.getInteger("demo.tab", 0));
    }

    /** Two invented 50,000-word articles: the second rewords, drops and reorders some sentences of the first. */
    static List<Path> writeBig(Path dir) throws Exception {
        Files.createDirectories(dir);
        Random r = new Random(7);
        String[] words = "river council bridge water mayor school road night report budget harbour rain market fire station village train crew plan board".split(" ");
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 5000; s++) {
            StringBuilder sent = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                sent.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]).append(s % 97 == w ? "s" : "");
            }
            sent.append(" number").append(s).append('.');
            String x = sent.toString();
            a.append(x).append(s % 6 == 5 ? "\n\n" : " ");
            int kind = r.nextInt(10);
            String y = kind < 6 ? x : kind < 8 ? x.replaceFirst(" \\w+ ", " changed ") : kind < 9 ? "Invented aside " + s + " about nothing in particular here." : x.replace(" ", "  ").replaceFirst(" \\w+", " other").replaceFirst(" \\w+ \\w+", " swapped words");
            b.append(y).append(s % 6 == 5 ? "\n\n" : " ");
        }
        Path pa = dir.resolve("big-a.txt");
        Path pb = dir.resolve("big-b.txt");
        Files.writeString(pa, a);
        Files.writeString(pb, b);
        return List.of(pa, pb);
    }
}
