package org.storycompare.engine.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Metadata read from an article file (or entered by hand). Any field may be null when the file does not say.
 *
 * @param author    the authors as one line ("Jane Doe, John Roe"), null when unknown
 * @param format    the reader that produced the article, e.g. "txt", "md", "html", "pdf", "docx", "json", "paste"
 * @param notes     what the reader wants the user to know about this source, in plain words: an uncertain
 *                  extraction, a cut (how much was read); shown in the sources list and every report
 * @param furniture ranges of the text that are not story text (a byline, a date line, a copyright line the
 *                  reader recognised): shown greyed like other page furniture
 * @param entered   the fields entered by hand in the window ({@link #OUTLET}, {@link #TITLE}, {@link #AUTHOR},
 *                  {@link #PUBLISHED}); the others were found in the file
 */
public record ArticleMeta(String outlet, String title, String author, LocalDate published,
                          String url, String language, Path path, String format,
                          List<String> notes, List<Span> furniture, Set<String> entered) {

    public static final String OUTLET = "outlet";
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String PUBLISHED = "published";

    public static final ArticleMeta EMPTY = new ArticleMeta(null, null, null, null, null, null, null, null);

    public ArticleMeta {
        notes = notes == null ? List.of() : List.copyOf(notes);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        entered = entered == null ? Set.of() : Set.copyOf(entered);
    }

    /** Metadata found in a file, without notes, furniture or hand-entered fields. */
    public ArticleMeta(String outlet, String title, String author, LocalDate published,
                       String url, String language, Path path, String format) {
        this(outlet, title, author, published, url, language, path, format, List.of(), List.of(), Set.of());
    }

    public ArticleMeta withOutlet(String newOutlet) {
        return new ArticleMeta(newOutlet, title, author, published, url, language, path, format, notes, furniture,
                entered);
    }

    public ArticleMeta withPath(Path newPath) {
        return new ArticleMeta(outlet, title, author, published, url, language, newPath, format, notes, furniture,
                entered);
    }

    public ArticleMeta withNotes(List<String> newNotes) {
        return new ArticleMeta(outlet, title, author, published, url, language, path, format, newNotes, furniture,
                entered);
    }

    public ArticleMeta withFurniture(List<Span> newFurniture) {
        return new ArticleMeta(outlet, title, author, published, url, language, path, format, notes, newFurniture,
                entered);
    }

    /** Whether {@code field} ({@link #OUTLET}, {@link #TITLE}, ...) was entered by hand. */
    public boolean isEntered(String field) {
        return entered.contains(field);
    }
}
