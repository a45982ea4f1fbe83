package org.storycompare.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures loading a big folder (docs/reliability.md): {@code FolderLoadMain FOLDER} prints how many files the
 * folder holds, how many became articles, errors and notes (every file must be one of them), and the time.
 */
public final class FolderLoadMain {

    private FolderLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).count();
        }
        long t0 = System.nanoTime();
        LoadResult r = new ArticleLoader().load(List.of(folder));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%d files: %d articles, %d errors, %d notes (sum %d); %d ms%n", files, r.articles().size(),
                r.errors().size(), r.notes().size(), r.articles().size() + r.errors().size() + r.notes().size(), ms);
    }
}
