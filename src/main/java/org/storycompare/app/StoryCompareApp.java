package org.storycompare.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.application.Platform;
import org.storycompare.app.vm.AnalysisEngine;
import org.storycompare.app.vm.PairEngine;
import org.storycompare.app.vm.Runner;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;
import org.storycompare.app.highlight.HighlightStyles;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;

/**
 * The JavaFX application: opens the files and folders named on the command line, or with none the
 * bundled articles/ folder, and compares them. With {@code -Dstorycompare.timing=true} it prints
 * {@code first-highlight-ms=N}, the time from JVM start to the first highlighted pair (always logged at INFO).
 * With {@code -Dstorycompare.cdsTraining=true} it quits once the first pair is highlighted: the packaging
 * build runs it so to record the classes of a start-up in a class-data-sharing archive (packaging/README.md).
 */
public final class StoryCompareApp extends Application {

    private static final System.Logger LOG = System.getLogger(StoryCompareApp.class.getName());
    /** The runner lane of the start-up warm-up and the early alignment of the first pair. */
    private static final String WARM_UP = "warm-up";
    private static volatile ExportActions exportActions = new ReportActions();

    private final PairEngine pairEngine = PairEngine.remembering(PairEngine.STORY_ENGINE);
    private final MainViewModel model = new MainViewModel(AnalysisEngine.STORY_ENGINE, pairEngine, null, null,
            Platform::runLater);
    private List<Path> paths = List.of();
    private CompletableFuture<LoadResult> loading;

    /** Plugs in File &gt; Export and the workspace items; call before the window opens. */
    public static void setExportActions(ExportActions actions) {
        exportActions = Objects.requireNonNull(actions);
    }

    /**
     * Runs on the launcher thread while the FX thread waits to build the window: starts reading the articles
     * and warming up the engine (the paraphrase matcher's first use loads WordNet, about a second) in the background, so
     * both overlap with building and showing the window.
     */
    @Override
    public void init() {
        paths = startPaths(getParameters().getUnnamed());
        Runner runner = model.runner();
        runner.queue(WARM_UP, "Warming up", false, (progress, cancel) -> {
            warmUp();
            return Boolean.TRUE;
        }, done -> { });
        if (!paths.isEmpty()) {
            List<Path> p = paths;
            CompareOptions options = model.settings().options();
            loading = new CompletableFuture<>();
            runner.queue("load", "Could not open " + p, false, (progress, cancel) -> {
                LoadResult r = new ArticleLoader().load(p);
                // the window shows the first two articles: align them now (after the warm-up, in its lane);
                // the window's own request then finds them done
                if (r.articles().size() >= 2) {
                    runner.queue(WARM_UP, "Aligning the first pair", false, (pr, c) -> {
                        pairEngine.align(r.articles().get(0), r.articles().get(1), options, Cancellation.NEVER);
                        phase("first-pair-prealigned");
                        return Boolean.TRUE;
                    }, done -> { });
                }
                return r;
            }, loading::complete);
        }
    }

    /**
     * Loads WordNet, the engine's classes and the highlighting code by aligning two tiny invented articles
     * (a copied sentence, an edit and a paraphrase) and styling the result; a failure only costs the warm-up.
     */
    static void warmUp() {
        try {
            String a = "The river council met on Tuesday night to discuss the bridge budget. "
                    + "The mayor said the old bridge would reopen in spring. Fishing is allowed again.";
            String b = "The river council met on Tuesday evening to discuss the bridge budget. "
                    + "According to the mayor, the aged bridge will open again in the spring. Boats wait.";
            PairAlignment p = new StoryEngine(CompareOptions.DEFAULTS).align(
                    new Article("warm-a", a, null), new Article("warm-b", b, null), Cancellation.NEVER);
            HighlightStyles.toStyleSpans(HighlightSpans.forSide(p, true, a.length()), a.length());
            phase("engine-warm");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "engine warm-up failed", e);
        }
    }

    @Override
    public void start(Stage stage) {
        phase("fx-start");
        Preferences prefs = Preferences.userRoot().node("org/storycompare/app");
        phase("prefs");
        ThemeManager theme = new ThemeManager(prefs);
        phase("theme-manager");
        theme.applyUserAgentStylesheet(); // before the first control: no Modena parse
        phase("ua-stylesheet");
        MainView view = new MainView(model, new RecentFiles(prefs), theme, exportActions,
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        Scene scene = new Scene(view, 1400, 880);
        theme.install(scene);
        stage.setTitle("StoryCompare");
        stage.setScene(scene);
        view.setOnFirstHighlight(StoryCompareApp::logFirstHighlight);
        phase("view-built");
        stage.show();
        phase("stage-shown");
        model.sourcesModel().loadSummaryProperty().addListener((o, a, b) -> phase("loaded"));
        model.pair().alignmentProperty().addListener((o, a, b) -> phase("pair-aligned"));
        model.comparisonProperty().addListener((o, a, b) -> phase("compared"));
        model.rightProperty().addListener((o, a, b) -> phase("right-chosen"));

        if (paths.isEmpty()) {
            model.statusModel().setStatus("Open article files or a folder (File > Open) to compare them.");
            return;
        }
        view.open(paths, loading);
    }

    private static void logFirstHighlight() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.log(System.Logger.Level.INFO, "first highlighted pair shown {0} ms after start", ms);
        if (Boolean.getBoolean("storycompare.timing")) {
            System.out.println("first-highlight-ms=" + ms);
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                System.out.println("process-cpu-ms=" + os.getProcessCpuTime() / 1_000_000);
            }
            printThreadCpu();
        }
        if (Boolean.getBoolean("storycompare.cdsTraining")) {
            // after the next pulse (so the painting classes are recorded too); exit() writes the CDS archive
            Platform.runLater(() -> Platform.runLater(() -> {
                System.out.println("cds-training: start-up recorded, quitting");
                Platform.exit();
                System.exit(0);
            }));
        }
    }

    /** Prints {@code thread-cpu-ms NAME=N} per thread name (Linux: /proc/self/task), JIT compiler threads included. */
    private static void printThreadCpu() {
        java.util.Map<String, Long> ticks = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat = Files.readString(t.resolve("stat"));
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[0-9 ]+$", "");
                String[] f = stat.substring(close + 2).split(" ");
                ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        ticks.forEach((name, n) -> System.out.println("thread-cpu-ms " + name.replace(' ', '_') + "=" + n * 10));
    }

    /** With {@code -Dstorycompare.timing=true}, prints {@code phase NAME ms=N}: milliseconds since JVM start. */
    static void phase(String name) {
        if (Boolean.getBoolean("storycompare.timing")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("phase " + name + " ms=" + ms);
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
