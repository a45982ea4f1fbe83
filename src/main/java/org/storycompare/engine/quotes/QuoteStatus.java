package org.storycompare.engine.quotes;

/** How one article's version of a quote compares with the wording most articles use. */
public enum QuoteStatus {
    /**
     * The same words as the majority wording (case, quotation marks and apostrophes, dashes, punctuation,
     * spacing and British/American spelling aside), or the majority wording with more words at its ends.
     */
    VERBATIM("verbatim"),
    /**
     * The majority wording cut: words left out only at its ends or where the version marks the cut (an
     * ellipsis or brackets); the changes list the words left out.
     */
    TRIMMED("trimmed"),
    /** Some words differ from the majority wording (changed, added inside, or silently left out inside). */
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
