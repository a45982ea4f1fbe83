package org.storycompare.ingest;

import java.nio.file.Path;

/** A file that could not be read, with a message naming the problem for the user. */
public record LoadError(Path path, String message) {

    /** "name: message", for lists and stderr. */
    public String describe() {
        return path + ": " + message;
    }
}
