package org.storycompare.workspace;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;

/**
 * Run in a child JVM by {@link WorkspaceStoreTest}: starts saving a workspace, says "HALF" on stdout once part
 * of it is written, then hangs so the test can kill the process mid-save.
 */
public final class SlowSaveMain {

    private SlowSaveMain() {
    }

    public static void main(String[] args) throws IOException {
        Workspace ws = new Workspace(List.of(new Article("late", "x ".repeat(100_000), null)),
                CompareOptions.DEFAULTS, null, null, "second version");
        new WorkspaceStore(out -> new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                if (++written == 5000) {
                    out.flush();
                    System.out.println("HALF");
                    System.out.flush();
                    try {
                        Thread.sleep(120_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }).save(ws, Path.of(args[0]));
    }
}
