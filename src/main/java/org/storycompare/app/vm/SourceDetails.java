package org.storycompare.app.vm;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

/**
 * A source's details as the user sees and edits them: outlet, title, authors and publication date; each null
 * (or blank) when unknown.
 */
public record SourceDetails(String outlet, String title, String author, LocalDate published) {

    public SourceDetails {
        outlet = blankToNull(outlet);
        title = blankToNull(title);
        author = blankToNull(author);
    }

    /** The details of an article as they stand. */
    public static SourceDetails of(Article a) {
        ArticleMeta m = a.meta();
        return new SourceDetails(m.outlet(), m.title(), m.author(), m.published());
    }

    /**
     * The article with these details: a field that differs from the article's is marked as entered by hand; one
     * that is unchanged keeps its mark.
     */
    public Article applyTo(Article a) {
        ArticleMeta m = a.meta();
        Set<String> entered = new HashSet<>(m.entered());
        mark(entered, ArticleMeta.OUTLET, m.outlet(), outlet);
        mark(entered, ArticleMeta.TITLE, m.title(), title);
        mark(entered, ArticleMeta.AUTHOR, m.author(), author);
        mark(entered, ArticleMeta.PUBLISHED, m.published(), published);
        return new Article(a.id(), a.text(), new ArticleMeta(outlet, title, author, published, m.url(), m.language(),
                m.path(), m.format(), m.notes(), m.furniture(), entered));
    }

    private static void mark(Set<String> entered, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            entered.add(field);
        }
    }

    /** Where a field's value came from, for the details panel: "entered by hand", "found in the file" or "not found". */
    public static String origin(Article a, String field, Object value) {
        if (a.meta().isEntered(field)) {
            return "entered by hand";
        }
        return value == null ? "not found in the file" : "found in the file";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
