package org.storycompare.workspace;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How a workspace source's file compares with what it was when the workspace was saved.
 *
 * @param path the file as recorded, or null for pasted text
 */
public record FileStatus(String sourceId, Path path, State state) {

    /** The states of a source file. */
    public enum State {
        /** The file holds the same bytes as at save time. */
        UNCHANGED,
        /** The file is there but its content differs from save time (or it was unreadable then). */
        CHANGED,
        /** The file is gone or cannot be read; the workspace keeps its saved copy of the text. */
        MISSING,
        /** The source did not come from a file (pasted text). */
        NO_FILE;

        /** Lower-case name: "unchanged", "changed", "missing", "no-file". */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** "path: changed", for a message to the user. */
    public String describe() {
        return (path == null ? sourceId : path.toString()) + ": " + state.id();
    }
}
