package org.storycompare.engine.provenance;

import java.util.List;

/**
 * A likely reuse: {@code derived} took text from {@code source}.
 *
 * @param share      share of the derived article's words (quotations left out) found in the source, 0..1
 * @param kind       how much was reused: "copy" (most of it), "rewrite" or "partial" (e.g. a summary)
 * @param confidence 0..1: high when dates and text agree and no other source fits as well
 * @param reasons    the evidence, as sentences for a reader
 */
public record ProvenanceLink(String source, String derived, double share, String kind, double confidence,
                             List<String> reasons) {

    public ProvenanceLink {
        reasons = List.copyOf(reasons);
    }
}
