package org.storycompare.report;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Comparison;

/**
 * Everything a report shows: the comparison, the files that could not be read, and who made it when.
 */
public record Report(Comparison comparison, List<SourceError> errors, ReportInfo info) {

    public Report {
        Objects.requireNonNull(comparison, "comparison");
        errors = errors == null ? List.of() : List.copyOf(errors);
        Objects.requireNonNull(info, "info");
    }
}
