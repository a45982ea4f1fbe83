package org.storycompare.app;

import java.util.Optional;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.storycompare.app.vm.SettingsViewModel;

/**
 * The engine options in a ControlsFX property sheet. Each change re-runs the comparison in the
 * background (the newest run wins); an invalid value is refused with the reason shown.
 */
public final class SettingsPanel extends BorderPane {

    private final PropertySheet sheet = new PropertySheet();
    private final Label problem = new Label();

    public SettingsPanel(SettingsViewModel settings) {
        getStyleClass().add("settings-panel");
        setId("settings");
        sheet.setId("settings-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.getItems().addAll(
                new Item(settings.minMatchWordsProperty(), Integer.class, "Matching", "Shortest exact match (words)",
                        "The fewest words in a row that count as shared text"),
                new Item(settings.bridgeGapProperty(), Integer.class, "Matching", "Bridge gap (words)",
                        "Most words in a small edit that still joins two matches into one edited passage"),
                new Item(settings.paraphraseProperty(), Boolean.class, "Paraphrase", "Find paraphrases",
                        "Look for reworded sentences in what exact and edited matching left"),
                new Item(settings.paraphraseThresholdProperty(), Double.class, "Paraphrase", "Paraphrase threshold (0–1)",
                        "Sentence similarity needed to call a pair a paraphrase"),
                new Item(settings.meaningProperty(), Boolean.class, "Meaning", "Match by meaning",
                        org.storycompare.meaning.Meaning.isAvailable()
                                ? "Link sentences and bullet lines that word-level matching left by their meaning (local sentence model, no network)"
                                : "Not available: the sentence model is not part of this build"),
                new Item(settings.ignoreCaseProperty(), Boolean.class, "Normalisation", "Ignore case",
                        "Compare words case-insensitively"),
                new Item(settings.ignorePunctuationProperty(), Boolean.class, "Normalisation", "Ignore punctuation",
                        "Punctuation does not break or take part in matches"),
                new Item(settings.ignoreNumbersProperty(), Boolean.class, "Normalisation", "Ignore numbers",
                        "Any number matches any number"),
                new Item(settings.stemmingProperty(), Boolean.class, "Normalisation", "Stemming",
                        "Compare word stems (\"reported\" = \"reports\")"));
        problem.setId("settings-problem");
        problem.getStyleClass().add("settings-problem");
        problem.textProperty().bind(settings.problemProperty());
        problem.visibleProperty().bind(settings.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button reset = new Button("Reset to defaults");
        reset.setId("settings-reset");
        reset.setOnAction(e -> settings.resetToDefaults());
        Label note = new Label("Every change re-runs the comparison in the background; the newest run wins.");
        note.getStyleClass().add("settings-note");
        Label title = new Label("Comparison settings");
        title.getStyleClass().add("section-title");
        VBox bottom = new VBox(6, problem, new HBox(10, reset, note));
        bottom.setPadding(new Insets(8));
        setTop(title);
        setCenter(sheet);
        setBottom(bottom);
    }

    public PropertySheet sheet() {
        return sheet;
    }

    /** A property sheet row backed by a view-model property. */
    static final class Item implements PropertySheet.Item {
        private final Property<?> property;
        private final Class<?> type;
        private final String category;
        private final String name;
        private final String description;

        Item(Property<?> property, Class<?> type, String category, String name, String description) {
            this.property = property;
            this.type = type;
            this.category = category;
            this.name = name;
            this.description = description;
        }

        @Override
        public Class<?> getType() {
            return type;
        }

        @Override
        public String getCategory() {
            return category;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Object getValue() {
            return property.getValue();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setValue(Object value) {
            if (value == null) {
                return;
            }
            Object v = value;
            if (type == Integer.class && value instanceof Number n) {
                v = n.intValue();
            } else if (type == Double.class && value instanceof Number n) {
                v = n.doubleValue();
            }
            if (!v.equals(property.getValue())) {
                ((Property<Object>) property).setValue(v);
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(property);
        }
    }
}
