package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * What a reader found in one file, before the loader adds the id, path, format and fallbacks
 * (outlet from the URL host or file name, language guessed from the text).
 * Any metadata field may be null.
 *
 * @param notes     plain-word notes for the user (an uncertain extraction, what was cut); never null
 * @param furniture ranges of {@code text} that are not story text (byline, date line, copyright line); never null
 */
public record ParsedArticle(String text, String outlet, String title, String author, LocalDate published,
                            String url, String language, String id, List<String> notes, List<Span> furniture) {

    /** Without notes or furniture. */
    public ParsedArticle(String text, String outlet, String title, String author, LocalDate published,
                         String url, String language, String id) {
        this(text, outlet, title, author, published, url, language, id, List.of(), List.of());
    }

    public ParsedArticle {
        notes = notes == null ? List.of() : List.copyOf(notes);
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        Objects.requireNonNull(text, "text");
        outlet = blankToNull(outlet);
        title = blankToNull(title);
        author = blankToNull(author);
        url = blankToNull(url);
        language = blankToNull(language);
        id = blankToNull(id);
    }

    /** A body without metadata. */
    public static ParsedArticle of(String text) {
        return new ParsedArticle(text, null, null, null, null, null, null, null);
    }

    /** The same with one more note. */
    public ParsedArticle withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new ParsedArticle(text, outlet, title, author, published, url, language, id, more, furniture);
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
