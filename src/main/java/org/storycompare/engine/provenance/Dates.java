package org.storycompare.engine.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Article;

/** The articles' publication dates, with those far from the median set aside (and a note for each). */
final class Dates {

    private final LocalDate[] trusted;
    private final LocalDate[] given;
    private final List<DateNote> notes;

    private Dates(LocalDate[] given, LocalDate[] trusted, List<DateNote> notes) {
        this.given = given;
        this.trusted = trusted;
        this.notes = notes;
    }

    static Dates of(List<Article> arts) {
        int n = arts.size();
        LocalDate[] given = new LocalDate[n];
        List<LocalDate> sorted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            given[i] = arts.get(i).meta().published();
            if (given[i] != null) {
                sorted.add(given[i]);
            }
        }
        sorted.sort(null);
        LocalDate median = sorted.isEmpty() ? null : sorted.get((sorted.size() - 1) / 2);
        LocalDate[] trusted = new LocalDate[n];
        List<DateNote> notes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (given[i] == null) {
                continue;
            }
            long off = ProvenanceAnalyzer.days(given[i], median);
            if (sorted.size() >= 3 && off > ProvenanceAnalyzer.DATE_TOLERANCE_DAYS) {
                notes.add(new DateNote(arts.get(i).id(), given[i], median, arts.get(i).label() + " is dated "
                        + given[i] + ", " + off + " days from the other versions (median " + median
                        + "): the date was set aside as probably wrong."));
            } else {
                trusted[i] = given[i];
            }
        }
        return new Dates(given, trusted, List.copyOf(notes));
    }

    /** The date of article i when it is trusted, else null. */
    LocalDate trusted(int i) {
        return trusted[i];
    }

    LocalDate given(int i) {
        return given[i];
    }

    List<DateNote> notes() {
        return notes;
    }
}
