package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.Fixtures;
import org.storycompare.ingest.LoadResult;

/** Loading a large folder in the window's model: every file accounted for, progress shown, Cancel stops it. */
class LoadingTest {

    @TempDir
    Path dir;

    private final Queue<Runnable> jobs = new ArrayDeque<>();
    private final List<Double> progress = new ArrayList<>();
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((a, o, p, c) -> Fixtures.comparison(a, o)), jobs::add,
            Runnable::run);

    private void files(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve(String.format("a%05d.txt", i)), "Story number " + i
                    + " of the ferry strike at Selby Cove, told by outlet " + i + ".");
        }
        Files.write(dir.resolve("broken.pdf"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("x.jpg"), new byte[] {1, 2, 3});
    }

    private void runAll() {
        while (!jobs.isEmpty()) {
            jobs.remove().run();
        }
    }

    @Test
    void aLargeFolderLoadsWithEveryFileAccountedFor() throws Exception {
        files(2_000);
        model.statusModel().progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        var loading = model.load(List.of(dir));
        assertThat(model.statusModel().runningProperty().get()).isTrue();
        runAll();
        LoadResult r = loading.getNow(null);
        assertThat(r).isNotNull();
        assertThat(r.articles()).hasSize(2_000);
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.path().getFileName().toString())
                .isEqualTo("broken.pdf"));
        assertThat(progress).anySatisfy(p -> assertThat(p).isBetween(0.01, 0.99));
        model.setLoaded(r);
        assertThat(model.sources()).hasSize(2_001);
        assertThat(model.sourcesModel().loadSummaryProperty().get())
                .isEqualTo("2000 articles loaded, 1 could not be read, 1 note (hover)");
        assertThat(model.sourcesModel().loadNotes()).singleElement().satisfies(n -> assertThat(n).contains("x.jpg"));
    }

    @Test
    void cancelStopsALoadAndSaysWhatWasNotRead() throws Exception {
        files(50);
        var loading = model.load(List.of(dir));
        model.cancel();
        runAll();
        LoadResult r = loading.getNow(null);
        assertThat(r).isNotNull();
        assertThat(r.articles().size() + r.errors().size()).isLessThan(51);
        assertThat(String.join(" ", r.notes())).contains("cancelled");
        assertThat(model.statusModel().runningProperty().get()).isFalse();
    }
}
