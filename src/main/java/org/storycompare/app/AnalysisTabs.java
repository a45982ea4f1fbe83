package org.storycompare.app;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import org.storycompare.app.vm.ComparisonAnalysis;
import org.storycompare.app.vm.MainViewModel;

/**
 * Tabs made on first view, and those that analyse the whole comparison (who copied whom, quotes and facts):
 * each runs its analysis in the background whenever the comparison changes (newest wins); failures go to the
 * error banner.
 */
final class AnalysisTabs {

    private AnalysisTabs() {
    }

    static ProvenanceView provenance(MainViewModel model, Executor background, BiConsumer<String, String> openPair) {
        return new ProvenanceView(model.provenance(), openPair); // the model works it out for the sources list too
    }

    static QuotesFactsView quotesAndFacts(MainViewModel model, Executor background, QuotesFactsView.Revealer reveal) {
        return new QuotesFactsView(new ComparisonAnalysis<>("Finding quotes and facts", model.comparisonProperty(),
                ComparisonAnalysis.QUOTES_AND_FACTS, background, Platform::runLater, model::reportError), reveal);
    }

    /** A tab whose content is put in when the tab is first selected. */
    static Tab lazy(String title, Node content) {
        return lazy(title, () -> content);
    }

    /** A tab whose content is made when the tab is first selected (analyses then start only if wanted). */
    static Tab lazy(String title, java.util.function.Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.setContent(content.get());
                    o.removeListener(this);
                }
            }
        });
        return tab;
    }
}
