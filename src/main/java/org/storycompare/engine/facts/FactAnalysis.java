package org.storycompare.engine.facts;

import java.util.List;

/**
 * Facts stated by at least two articles (numbers with their nouns, publication dates), conflicts first, then
 * in order of first appearance.
 */
public record FactAnalysis(List<Fact> facts) {

    public static final FactAnalysis EMPTY = new FactAnalysis(List.of());

    public FactAnalysis {
        facts = List.copyOf(facts);
    }

    /** The facts the articles disagree on. */
    public List<Fact> conflicts() {
        return facts.stream().filter(Fact::conflict).toList();
    }
}
