package org.storycompare.report.archfixture;

import java.util.List;
import org.storycompare.engine.model.Cancellation;

/** Breaks "only the engine runs analyses" on purpose: ArchitectureTest checks the rule catches it. */
public final class BadWriter {

    public Object quotes() {
        return new org.storycompare.engine.quotes.QuoteAnalyzer().analyse(List.of(), Cancellation.NEVER);
    }
}
