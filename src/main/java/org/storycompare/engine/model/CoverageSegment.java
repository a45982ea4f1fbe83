package org.storycompare.engine.model;

/** A run of an article's text whose words are shared with {@code sources} other sources (the heat map). */
public record CoverageSegment(Span span, int sources) {
}
