package org.storycompare.app.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.storycompare.app.ExportActions;
import org.storycompare.app.MainView;
import org.storycompare.app.ThemeManager;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.app.vm.RecentFiles;

/**
 * A logged run of scrolling a big pair (not a test): the real window and engine open the two invented
 * 55,000-word articles of {@link DemoMain#writeBig}; once both panes are highlighted and the comparison is done,
 * the left pane is scrolled on every frame with synchronised scrolling on (the right pane follows, connectors and
 * overview strips redraw), first by 40 px a frame (fast wheel scrolling), then by 2,000 px a frame (dragging the
 * scroll bar). Prints the time between frames: median, 95th and 99th percentile, the longest, and how many frames
 * took longer than 33 ms (below 30 frames a second). Needs a display; {@code -Dprism.order=sw} for Xvfb;
 * {@code -Dscroll.sync=false} scrolls with synchronised scrolling off.
 */
public final class ScrollTimingMain {

    private ScrollTimingMain() {
    }

    /** A plain main class (not an Application), so the class path start works. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window being timed. */
    public static final class Window extends Application {

        private static final int SLOW_FRAMES = 600;
        private static final int FAST_FRAMES = 150;

        private MainView view;

        @Override
        public void start(Stage stage) throws Exception {
            MainViewModel model = new MainViewModel();
            ThemeManager theme = new ThemeManager(null);
            theme.applyUserAgentStylesheet();
            view = new MainView(model, new RecentFiles(null), theme, ExportActions.NONE, p -> { });
            Scene scene = new Scene(view, 1400, 880);
            theme.install(scene);
            stage.setScene(scene);
            stage.setTitle("StoryCompare (scroll timing)");
            stage.show();
            Path dir = Files.createTempDirectory("storycompare-scroll");
            view.setOnFirstHighlight(() -> settleThen(model));
            view.open(DemoMain.writeBig(dir));
        }

        /** Waits until the comparison is done and 1.5 s have passed (the window idle), then scrolls. */
        private void settleThen(MainViewModel model) {
            PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
            settle.setOnFinished(e -> {
                if (model.comparisonProperty().get() != null) {
                    scroll();
                } else {
                    settleThen(model);
                }
            });
            settle.play();
        }

        private void scroll() {
            view.comparePane().syncScrollingProperty().set(!"false".equals(System.getProperty("scroll.sync")));
            view.leftPane().area().requestFocus();
            System.out.println("scroll-timing: " + view.leftPane().area().getLength() + " and "
                    + view.rightPane().area().getLength() + " chars, " + view.leftPane().highlights().runs().size()
                    + " and " + view.rightPane().highlights().runs().size() + " highlight runs");
            List<Long> slow = new ArrayList<>();
            List<Long> fast = new ArrayList<>();
            new AnimationTimer() {
                private long last;
                private int frame;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        (frame <= SLOW_FRAMES ? slow : fast).add(now - last);
                    }
                    last = now;
                    frame++;
                    if (frame <= SLOW_FRAMES) {
                        view.leftPane().area().scrollYBy(40);
                    } else if (frame <= SLOW_FRAMES + FAST_FRAMES) {
                        view.leftPane().area().scrollYBy(2000);
                    } else {
                        stop();
                        report("40 px a frame", slow);
                        report("2,000 px a frame", fast);
                        System.out.println("scroll-timing: left pane at y=" + Math.round(view.leftPane().area().getEstimatedScrollY())
                                + ", right pane at y=" + Math.round(view.rightPane().area().getEstimatedScrollY()));
                        Platform.exit();
                    }
                }
            }.start();
        }

        private static void report(String what, List<Long> intervals) {
            long[] ms = intervals.stream().mapToLong(Long::longValue).sorted().toArray();
            long over = Arrays.stream(ms).filter(n -> n > 33_000_000L).count();
            System.out.printf("scroll-timing %s: %d frames, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                            + "%d frames over 33 ms%n", what, ms.length, at(ms, 0.5), at(ms, 0.95), at(ms, 0.99),
                    ms[ms.length - 1] / 1e6, over);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
        }

    }
}
