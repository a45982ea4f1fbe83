package org.storycompare.workspace;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;

/**
 * A saved comparison session: the sources (each with a copy of its text and metadata, so the workspace opens
 * even when the files have moved), the settings, the pair on screen and the user's notes.
 *
 * @param leftId  id of the source shown on the left, or null
 * @param rightId id of the source shown on the right, or null
 * @param notes   free text, never null
 */
public record Workspace(List<Article> sources, CompareOptions settings, String leftId, String rightId,
                        String notes) {

    public Workspace {
        sources = List.copyOf(sources);
        settings = settings == null ? CompareOptions.DEFAULTS : settings;
        notes = notes == null ? "" : notes;
        for (String id : new String[] {leftId, rightId}) {
            if (id != null && sources.stream().noneMatch(a -> a.id().equals(id))) {
                throw new IllegalArgumentException("the pair on screen names '" + id + "', which is not a source");
            }
        }
        Objects.requireNonNull(settings);
    }
}
