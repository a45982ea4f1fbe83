package org.storycompare.report;

import java.util.List;
import java.util.Objects;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactAnalyzer;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteAnalyzer;

/**
 * Everything a report shows: the comparison, the files that could not be read, who made it when, and the
 * quotes and facts of the compared articles.
 *
 * @param quotes the quotes matched across the articles, or null when they were not analysed (a JSON report
 *               written before they existed); writers then show "Not analysed"
 * @param facts  the facts compared across the articles, or null when not analysed
 */
public record Report(Comparison comparison, List<SourceError> errors, ReportInfo info, QuoteAnalysis quotes,
                     FactAnalysis facts) {

    public Report {
        Objects.requireNonNull(comparison, "comparison");
        errors = errors == null ? List.of() : List.copyOf(errors);
        Objects.requireNonNull(info, "info");
    }

    /**
     * A report that analyses the quotes and facts of the comparison's articles here (quick: linear in the text
     * plus the matching of the quotes and numbers found).
     */
    public Report(Comparison comparison, List<SourceError> errors, ReportInfo info) {
        this(comparison, errors, info,
                new QuoteAnalyzer().analyse(Objects.requireNonNull(comparison, "comparison").articles(),
                        Cancellation.NEVER),
                new FactAnalyzer().analyse(comparison.articles(), Cancellation.NEVER));
    }
}
