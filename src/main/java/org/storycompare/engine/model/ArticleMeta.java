package org.storycompare.engine.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Metadata read from an article file. Any field may be null when the file does not say.
 *
 * @param format the reader that produced the article, e.g. "txt", "md", "html", "pdf", "docx", "json", "paste"
 */
public record ArticleMeta(String outlet, String title, String author, LocalDate published,
                          String url, String language, Path path, String format) {

    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, null, null, null, null);

    public ArticleMeta withOutlet(String newOutlet) {
        return new ArticleMeta(newOutlet, title, author, published, url, language, path, format);
    }

    public ArticleMeta withPath(Path newPath) {
        return new ArticleMeta(outlet, title, author, published, url, language, newPath, format);
    }
}
