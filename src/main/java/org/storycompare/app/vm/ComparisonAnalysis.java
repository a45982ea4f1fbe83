package org.storycompare.app.vm;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceAnalyzer;

/**
 * An analysis of the comparison on screen (who copied whom, quotes and facts): recomputed in the background
 * whenever the comparison changes, latest wins (an older result arriving late is dropped); null while there is
 * no comparison or the analysis runs. A failure goes to {@code onFailure} on the UI executor, never swallowed.
 *
 * @param <T> the analysis result
 */
public final class ComparisonAnalysis<T> {

    /** Who likely copied whom. */
    public static final Function<Comparison, Provenance> PROVENANCE = c -> new ProvenanceAnalyzer().analyze(c);

    /** Quotes and facts of the compared articles. */
    public static final Function<Comparison, QuotesAndFacts> QUOTES_AND_FACTS = c -> {
        StoryEngine engine = new StoryEngine(c.options());
        return new QuotesAndFacts(engine.quotes(c.articles(), Cancellation.NEVER),
                engine.facts(c.articles(), Cancellation.NEVER));
    };

    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Comparison> analysed = new ReadOnlyObjectWrapper<>(this, "analysed");
    private final String what;
    private final Function<Comparison, T> analyser;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<String, Throwable> onFailure;
    private final AtomicLong generation = new AtomicLong();

    /** @param what names the analysis in failure messages, e.g. "Working out who copied whom" */
    public ComparisonAnalysis(String what, ObservableValue<Comparison> comparison, Function<Comparison, T> analyser,
                              Executor background, Executor ui, BiConsumer<String, Throwable> onFailure) {
        this.what = Objects.requireNonNull(what);
        this.analyser = Objects.requireNonNull(analyser);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.onFailure = Objects.requireNonNull(onFailure);
        comparison.addListener((o, a, b) -> update(b));
        update(comparison.getValue());
    }

    private void update(Comparison c) {
        long gen = generation.incrementAndGet();
        result.set(null);
        analysed.set(null);
        if (c == null) {
            return;
        }
        background.execute(() -> {
            try {
                T p = analyser.apply(c);
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        analysed.set(c);
                        result.set(p);
                    }
                });
            } catch (RuntimeException | Error e) {
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        onFailure.accept(what + " failed", e);
                    }
                });
            }
        });
    }

    /** The newest analysis, or null. */
    public ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The comparison the current {@link #resultProperty()} was computed from (its articles and labels). */
    public ReadOnlyObjectProperty<Comparison> analysedProperty() {
        return analysed.getReadOnlyProperty();
    }
}
