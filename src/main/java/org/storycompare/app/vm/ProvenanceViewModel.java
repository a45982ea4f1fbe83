package org.storycompare.app.vm;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceAnalyzer;

/**
 * Who likely copied whom, for the comparison on screen: recomputed in the background whenever the comparison
 * changes, latest wins (an older result arriving late is dropped); null while there is no comparison or the
 * analysis runs. A failure goes to {@code onFailure} on the UI executor, never swallowed.
 */
public final class ProvenanceViewModel {

    /** The real analysis. */
    public static final Function<Comparison, Provenance> ANALYSER = c -> new ProvenanceAnalyzer().analyze(c);

    private final ReadOnlyObjectWrapper<Provenance> provenance = new ReadOnlyObjectWrapper<>(this, "provenance");
    private final ReadOnlyObjectWrapper<Comparison> analysed = new ReadOnlyObjectWrapper<>(this, "analysed");
    private final Function<Comparison, Provenance> analyser;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<String, Throwable> onFailure;
    private final AtomicLong generation = new AtomicLong();

    public ProvenanceViewModel(ObservableValue<Comparison> comparison, Function<Comparison, Provenance> analyser,
                               Executor background, Executor ui, BiConsumer<String, Throwable> onFailure) {
        this.analyser = Objects.requireNonNull(analyser);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.onFailure = Objects.requireNonNull(onFailure);
        comparison.addListener((o, a, b) -> update(b));
        update(comparison.getValue());
    }

    private void update(Comparison c) {
        long gen = generation.incrementAndGet();
        provenance.set(null);
        analysed.set(null);
        if (c == null) {
            return;
        }
        background.execute(() -> {
            try {
                Provenance p = analyser.apply(c);
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        analysed.set(c);
                        provenance.set(p);
                    }
                });
            } catch (RuntimeException | Error e) {
                ui.execute(() -> {
                    if (generation.get() == gen) {
                        onFailure.accept("Working out who copied whom failed", e);
                    }
                });
            }
        });
    }

    /** The newest analysis, or null. */
    public ReadOnlyObjectProperty<Provenance> provenanceProperty() {
        return provenance.getReadOnlyProperty();
    }

    /** The comparison the current {@link #provenanceProperty()} was computed from (its articles and labels). */
    public ReadOnlyObjectProperty<Comparison> analysedProperty() {
        return analysed.getReadOnlyProperty();
    }
}
