package org.storycompare.engine.provenance;

/**
 * What one article of a pair shows against the other, quotations and furniture left out (except quotations taken
 * over as a run, see {@link ArticleWords#reusedQuotations}).
 *
 * @param share         share of its words found in the other, 0..1
 * @param keptElsewhere its words missing from the other but shared with some third version
 * @param ownOnly       its words missing from the other and found in no other version
 * @param words         its words outside quotations
 * @param rest          how alike the two texts are outside their shared passages (idf-weighted vocabulary cosine,
 *                      0..1): low when the shared text is the only thing two different stories have in common;
 *                      NaN where relatedness does not need it (no substantial sharing, or most of one shared)
 */
record PairFacts(double share, int keptElsewhere, int ownOnly, int words, double rest) {

    static PairFacts of(ArticleWords w, boolean[] coveredByOther, boolean[] reusedQuotations, double rest) {
        int covered = 0;
        int kept = 0;
        int own = 0;
        int counted = 0;
        for (int i = 0; i < w.size(); i++) {
            if (w.quoted[i] && !reusedQuotations[i]) {
                continue;
            }
            counted++;
            if (coveredByOther[i]) {
                covered++;
            } else if (w.sharedBy[i] > 0) {
                kept++;
            } else {
                own++;
            }
        }
        return new PairFacts(counted == 0 ? 0 : (double) covered / counted, kept, own, counted, rest);
    }

    /** The same facts with the pair's {@code rest} (computed only where relatedness needs it; NaN before). */
    PairFacts withRest(double r) {
        return new PairFacts(share, keptElsewhere, ownOnly, words, r);
    }

    /** Its words found in the other. */
    int sharedWords() {
        return (int) Math.round(share * words);
    }
}
