package org.storycompare.engine.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The one rule for a publication date that is probably wrong: it lies more than {@value #TOLERANCE_DAYS} days
 * from the median of the articles' dates. Used by the fact comparison (a date conflict) and by the provenance
 * analysis (which then does not order the versions by that date).
 */
public final class PublicationDates {

    /** Days a publication date may lie from the median before it counts as an anomaly. */
    public static final int TOLERANCE_DAYS = 30;

    private PublicationDates() {
    }

    /** The median (the lower one of an even count) of {@code dates}, or null when there are none. */
    public static LocalDate median(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        return dates.stream().sorted().skip((dates.size() - 1) / 2).findFirst().orElseThrow();
    }

    /** Days between {@code date} and {@code median}. */
    public static long distance(LocalDate date, LocalDate median) {
        return Math.abs(ChronoUnit.DAYS.between(date, median));
    }

    /** True when {@code date} lies too far from {@code median}. */
    public static boolean isAnomaly(LocalDate date, LocalDate median) {
        return distance(date, median) > TOLERANCE_DAYS;
    }
}
