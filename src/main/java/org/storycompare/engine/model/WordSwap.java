package org.storycompare.engine.model;

/**
 * A word of A that stands as another word in B inside a paraphrase, e.g. "appalled" -> "horrified".
 *
 * @param reason why the two were paired: "synonym", "stem", "garbled" (character n-gram look-alike) or "other"
 */
public record WordSwap(Span a, Span b, String from, String to, String reason) {
}
