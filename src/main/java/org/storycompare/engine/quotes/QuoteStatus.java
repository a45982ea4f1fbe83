package org.storycompare.engine.quotes;

/** How one article's version of a quote compares with the wording most articles use. */
public enum QuoteStatus {
    /** The same words as the majority wording (case, quotation marks, dashes, punctuation and spacing aside). */
    VERBATIM("verbatim"),
    /** Some words differ from the majority wording. */
    ALTERED("altered");

    private final String id;

    QuoteStatus(String id) {
        this.id = id;
    }

    /** The lower-case name used in reports. */
    public String id() {
        return id;
    }

    /** The status with this report name, or null. */
    public static QuoteStatus ofId(String id) {
        for (QuoteStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        return null;
    }
}
