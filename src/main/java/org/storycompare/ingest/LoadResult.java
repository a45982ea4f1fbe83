package org.storycompare.ingest;

import java.util.List;
import org.storycompare.engine.model.Article;

/** What a batch load produced: the articles read and the files that could not be read. */
public record LoadResult(List<Article> articles, List<LoadError> errors, List<String> notes) {

    public LoadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }
}
