package org.storycompare.engine.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.facts.PublicationDates;
import org.storycompare.engine.model.Article;

/** Writes a link's evidence as sentences and weighs it into a confidence. */
final class Reasons {

    private final List<Article> arts;
    private final Dates dates;
    private final Credits credits;

    Reasons(List<Article> arts, Dates dates, Credits credits) {
        this.arts = arts;
        this.dates = dates;
        this.credits = credits;
    }

    ProvenanceLink link(int source, int derived, double share, String kind, PairGrid<PairFacts> f, int readings,
                        List<Integer> close, boolean directed) {
        String src = arts.get(source).label();
        String der = arts.get(derived).label();
        List<String> out = new ArrayList<>();
        double confidence = 0.4;
        out.add(ProvenanceAnalyzer.percent(share) + " of " + der + "'s words (quotations and stock phrases left out)"
                + " are found in " + src + ("partial".equals(kind) ? ": partial reuse." : "."));
        if (!directed) {
            out.add("Direction undetermined: neither credits, dates, readings nor the text kept elsewhere tell which"
                    + " came first; " + src + " is shown first as the version that shares more with the others.");
            confidence -= 0.2;
        }
        String credit = "";
        if (credits.known()) {
            boolean credited = credits.credits(derived, source);
            credit = credited ? ProvenanceLink.CREDITED : ProvenanceLink.UNCREDITED;
            if (credited) {
                out.add("Credited reuse: " + der + " credits " + src + ".");
                confidence += 0.2;
            } else {
                out.add("Uncredited reuse: " + der + " does not credit " + src + ".");
            }
        }
        LocalDate ds = dates.trusted(source);
        LocalDate dd = dates.trusted(derived);
        if (ds != null && dd != null) {
            long days = PublicationDates.distance(ds, dd);
            if (days == 0) {
                out.add("Both were published on " + ds + ".");
            } else {
                out.add(der + " was published " + days + (days == 1 ? " day" : " days") + " after " + src + ".");
                confidence += 0.25;
            }
        } else {
            Article missing = dd == null ? arts.get(derived) : arts.get(source);
            out.add(missing.label() + " has no trusted publication date.");
        }
        if (readings >= ProvenanceAnalyzer.MIN_READINGS) {
            out.add("Where the two read differently, " + src + "'s wording is the one other versions share ("
                    + readings + (readings == 1 ? " place" : " places") + " more than the reverse); " + der
                    + "'s replacements (synonyms, misspellings) are its own.");
            confidence += 0.25;
        } else if (readings <= -ProvenanceAnalyzer.MIN_READINGS) {
            out.add("Where the two read differently, " + der + "'s words are the ones other versions carry.");
            confidence -= 0.15;
        }
        int evidence = ProvenanceAnalyzer.textEvidence(f, source, derived);
        if (evidence >= ProvenanceAnalyzer.minEvidence(f, source, derived)) {
            String s = src + " keeps " + f.get(source, derived).keptElsewhere()
                    + " words that other versions also carry and " + der + " lacks";
            int own = f.get(derived, source).ownOnly();
            out.add(s + (own > 0 ? "; " + der + " adds " + own + " words found in no other version." : "."));
            confidence += 0.2;
        } else if (evidence <= -ProvenanceAnalyzer.minEvidence(f, source, derived)) {
            out.add("The texts alone would point the other way: " + der + " keeps more of what other versions carry.");
            confidence -= 0.2;
        }
        List<String> others = new ArrayList<>();
        for (int y : close) {
            if (y != source) {
                others.add(arts.get(y).label() + " (" + ProvenanceAnalyzer.percent(f.get(derived, y).share()) + ")");
            }
        }
        if (!others.isEmpty()) {
            out.add("Also close: " + String.join(", ", others) + "; " + src
                    + " was chosen as the version that shares most with all the others.");
            confidence -= Math.min(0.2, 0.05 * others.size());
        }
        confidence = Math.max(0.05, Math.min(0.95, confidence));
        return new ProvenanceLink(arts.get(source).id(), arts.get(derived).id(), share, kind, confidence, out,
                directed, credit);
    }
}
