package org.storycompare.engine.facts;

import java.util.List;
import java.util.Objects;

/**
 * One fact as several articles state it, e.g. how many people were evacuated.
 *
 * @param kind     a number or the publication date
 * @param subject  what is counted, e.g. "people" or "metres"; "publication date" for dates
 * @param keywords up to three content words near the first mention's number that another mention and at
 *                 least half of all mentions share, as written there, nearest first ("evacuation"); may be empty
 * @param mentions one or more per article, in article order
 * @param outliers ids of the articles whose value disagrees with the majority (numbers: a different value;
 *                 dates: more than {@value FactAnalyzer#DATE_TOLERANCE_DAYS} days from the median); empty when
 *                 the articles agree
 */
public record Fact(FactKind kind, String subject, List<String> keywords, List<FactMention> mentions,
                   List<String> outliers) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        keywords = List.copyOf(keywords);
        mentions = List.copyOf(mentions);
        outliers = List.copyOf(outliers);
    }

    /** True when the articles disagree. */
    public boolean conflict() {
        return !outliers.isEmpty();
    }
}
