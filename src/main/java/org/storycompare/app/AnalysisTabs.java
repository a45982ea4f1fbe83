package org.storycompare.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs whose content is made when they are first selected. */
final class AnalysisTabs {

    private AnalysisTabs() {
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
