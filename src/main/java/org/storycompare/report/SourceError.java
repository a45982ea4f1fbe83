package org.storycompare.report;

/** A file that could not be read, as listed in a report: the path as given and the problem. */
public record SourceError(String path, String message) {
}
