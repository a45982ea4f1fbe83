package org.storycompare.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * Loads files and folders into articles. Bad files become {@link LoadError}s; the rest of the batch still loads.
 * Files are only ever read.
 *
 * <p>First cut: plain UTF-8 text for .txt and .md. The full readers (issue 3) replace the body of this class.
 */
public final class ArticleLoader {

    public LoadResult load(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(f -> {
                        if (supported(f)) {
                            loadOne(f, articles, errors);
                        } else {
                            notes.add(f + ": skipped, not an article format");
                        }
                    });
                } catch (IOException e) {
                    errors.add(new LoadError(p, "cannot list folder: " + e.getMessage()));
                }
            } else {
                loadOne(p, articles, errors);
            }
        }
        return new LoadResult(articles, errors, notes);
    }

    private static boolean supported(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md");
    }

    private static void loadOne(Path f, List<Article> articles, List<LoadError> errors) {
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString();
            articles.add(new Article(name, text,
                    new ArticleMeta(null, name, null, null, null, null, f, "txt")));
        } catch (IOException e) {
            errors.add(new LoadError(f, "cannot read: " + e.getMessage()));
        }
    }
}
