package org.storycompare.engine.provenance;

/**
 * What one article of a pair shows against the other, quotations left out.
 *
 * @param share         share of its words found in the other, 0..1
 * @param keptElsewhere its words missing from the other but shared with some third version
 * @param ownOnly       its words missing from the other and found in no other version
 * @param words         its words outside quotations
 */
record PairFacts(double share, int keptElsewhere, int ownOnly, int words) {

    static PairFacts of(ArticleWords w, boolean[] coveredByOther) {
        int covered = 0;
        int kept = 0;
        int own = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.quoted[i]) {
                continue;
            }
            if (coveredByOther[i]) {
                covered++;
            } else if (w.sharedBy[i] > 0) {
                kept++;
            } else {
                own++;
            }
        }
        return new PairFacts(w.unquoted == 0 ? 0 : (double) covered / w.unquoted, kept, own, w.unquoted);
    }

    /** Its words found in the other. */
    int sharedWords() {
        return (int) Math.round(share * words);
    }
}
