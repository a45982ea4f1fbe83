package org.storycompare.engine.provenance;

import java.util.List;

/**
 * A likely reuse: {@code derived} took text from {@code source}.
 *
 * @param share      share of the derived article's words (quotations left out) found in the source, 0..1
 * @param kind       how much was reused: "copy" (most of it), "rewrite" or "partial" (e.g. a summary)
 * @param confidence 0..1: high when dates and text agree and no other source fits as well
 * @param reasons    the evidence, as sentences for a reader
 * @param directed   true when the evidence (credits, dates, readings, text kept elsewhere) gives the direction;
 *                   false when it does not ("direction undetermined": source and derived are then only the
 *                   more and the less central version)
 * @param credit     {@value #CREDITED} when the derived version credits the source (its outlet or label among
 *                   the names it credits), {@value #UNCREDITED} when it credits others or none, "" when credits
 *                   were not given to the analysis
 */
public record ProvenanceLink(String source, String derived, double share, String kind, double confidence,
                             List<String> reasons, boolean directed, String credit) {

    public static final String CREDITED = "credited";
    public static final String UNCREDITED = "uncredited";

    public ProvenanceLink {
        reasons = List.copyOf(reasons);
        credit = credit == null ? "" : credit;
    }

    /** A directed link, credits unknown. */
    public ProvenanceLink(String source, String derived, double share, String kind, double confidence,
                          List<String> reasons) {
        this(source, derived, share, kind, confidence, reasons, true, "");
    }
}
