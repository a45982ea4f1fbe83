package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a reader found in one file, before the loader adds the id, path, format and fallbacks
 * (outlet from the URL host or file name, language guessed from the text).
 * Any metadata field may be null.
 */
public record ParsedArticle(String text, String outlet, String title, String author, LocalDate published,
                            String url, String language, String id) {

    public ParsedArticle {
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

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
