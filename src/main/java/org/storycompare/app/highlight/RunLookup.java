package org.storycompare.app.highlight;

import java.util.List;
import java.util.Optional;
import org.storycompare.engine.highlight.StyledRun;

/** Finds the highlight run under a character offset (binary search), e.g. for the hover tooltip. */
public final class RunLookup {

    private final List<StyledRun> runs;

    /** @param runs sorted, non-overlapping runs as {@code HighlightSpans.forSide} returns them */
    public RunLookup(List<StyledRun> runs) {
        this.runs = List.copyOf(runs);
    }

    public static RunLookup empty() {
        return new RunLookup(List.of());
    }

    public List<StyledRun> runs() {
        return runs;
    }

    /** The run containing {@code offset}, if any. */
    public Optional<StyledRun> at(int offset) {
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            StyledRun r = runs.get(mid);
            if (offset < r.span().start()) {
                hi = mid - 1;
            } else if (offset >= r.span().end()) {
                lo = mid + 1;
            } else {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The tooltip text at {@code offset}: the run's own tooltip, absent over plain text. */
    public Optional<String> tooltipAt(int offset) {
        return at(offset).map(StyledRun::tooltip).filter(t -> !t.isBlank());
    }
}
