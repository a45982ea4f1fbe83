package org.storycompare.report;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.quotes.QuoteAnalysis;

/**
 * Everything a report shows: the story's analysis (computed once by the engine; writers only format it), the
 * files that could not be read, and who made the report when.
 */
public record Report(StoryAnalysis analysis, List<SourceError> errors, ReportInfo info) {

    public Report {
        Objects.requireNonNull(analysis, "analysis");
        errors = errors == null ? List.of() : List.copyOf(errors);
        Objects.requireNonNull(info, "info");
    }

    public Comparison comparison() {
        return analysis.comparison();
    }

    public QuoteAnalysis quotes() {
        return analysis.quotes();
    }

    public FactAnalysis facts() {
        return analysis.facts();
    }

    public Provenance provenance() {
        return analysis.provenance();
    }
}
