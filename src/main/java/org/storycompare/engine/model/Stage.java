package org.storycompare.engine.model;

/**
 * The stages of {@code StoryEngine.analyse}, in the order they run. Each is reported once to
 * {@link ProgressListener#stage} when it starts.
 */
public enum Stage {
    ALIGN("Aligning the articles"),
    BOILERPLATE("Finding page furniture"),
    REPEATS("Finding repeated paragraphs"),
    QUOTES("Matching quotes"),
    FACTS("Comparing facts"),
    CREDITS("Finding who credits whom"),
    PROVENANCE("Working out who copied whom");

    private final String description;

    Stage(String description) {
        this.description = description;
    }

    /** What the stage does, for a status bar. */
    public String description() {
        return description;
    }
}
