package org.storycompare.engine.facts;

/** What a {@link Fact} is about. */
public enum FactKind {
    /** A number with its noun ("214 residents", "about 180 people"), compared across articles. */
    NUMBER("number"),
    /** The articles' publication dates (from their metadata). */
    PUBLICATION_DATE("publication-date");

    private final String id;

    FactKind(String id) {
        this.id = id;
    }

    /** The lower-case name used in reports. */
    public String id() {
        return id;
    }

    /** The kind with this report name, or null. */
    public static FactKind ofId(String id) {
        for (FactKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
