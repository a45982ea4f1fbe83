package org.storycompare.engine.credits;

/** What a credit names. */
public enum CreditKind {
    /** A news agency (wire service): AP, Reuters, AFP, ... */
    AGENCY,
    /** A newspaper, broadcaster, magazine, site or programme. */
    OUTLET,
    /** A person (a reporter contributing, a tip). */
    PERSON,
    /** Another organisation (a company, a ministry, a polling firm). */
    ORGANISATION,
    /** A document (a report, a filing, a statement, a study). */
    DOCUMENT;

    /** The lower-case name used in reports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
