package org.storycompare.engine.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.facts.PublicationDates;
import org.storycompare.engine.model.Article;

/**
 * The articles' publication dates, with those far from the median ({@link PublicationDates}) set aside and a note
 * for each; with fewer than three dates none is set aside.
 */
final class Dates {

    private final LocalDate[] trusted;
    private final List<DateNote> notes;

    private Dates(LocalDate[] trusted, List<DateNote> notes) {
        this.trusted = trusted;
        this.notes = notes;
    }

    static Dates of(List<Article> arts) {
        int n = arts.size();
        LocalDate[] given = new LocalDate[n];
        List<LocalDate> known = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            given[i] = arts.get(i).meta().published();
            if (given[i] != null) {
                known.add(given[i]);
            }
        }
        LocalDate median = PublicationDates.median(known);
        LocalDate[] trusted = new LocalDate[n];
        List<DateNote> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (given[i] == null) {
                continue;
            }
            if (known.size() >= 3 && PublicationDates.isAnomaly(given[i], median)) {
                notes.add(new DateNote(arts.get(i).id(), given[i], median, arts.get(i).label() + " is dated "
                        + given[i] + ", " + PublicationDates.distance(given[i], median)
                        + " days from the other versions (median " + median
                        + "): the date was set aside as probably wrong."));
            } else {
                trusted[i] = given[i];
            }
        }
        return new Dates(trusted, List.copyOf(notes));
    }

    /** The date of article i when it is trusted, else null. */
    LocalDate trusted(int i) {
        return trusted[i];
    }

    List<DateNote> notes() {
        return notes;
    }
}
