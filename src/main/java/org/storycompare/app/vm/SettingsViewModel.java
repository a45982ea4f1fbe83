package org.storycompare.app.vm;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.storycompare.engine.model.CompareOptions;

/**
 * The engine options as editable properties, one per {@link CompareOptions} field. Every valid edit
 * publishes a new {@link #optionsProperty() options} value (which re-runs the comparison); an invalid
 * one leaves the options as they were and explains the problem in {@link #problemProperty()}.
 */
public final class SettingsViewModel {

    private final IntegerProperty minMatchWords = new SimpleIntegerProperty(this, "minMatchWords");
    private final IntegerProperty bridgeGap = new SimpleIntegerProperty(this, "bridgeGap");
    private final BooleanProperty paraphrase = new SimpleBooleanProperty(this, "paraphrase");
    private final DoubleProperty paraphraseThreshold = new SimpleDoubleProperty(this, "paraphraseThreshold");
    private final BooleanProperty ignoreCase = new SimpleBooleanProperty(this, "ignoreCase");
    private final BooleanProperty ignorePunctuation = new SimpleBooleanProperty(this, "ignorePunctuation");
    private final BooleanProperty ignoreNumbers = new SimpleBooleanProperty(this, "ignoreNumbers");
    private final BooleanProperty stemming = new SimpleBooleanProperty(this, "stemming");
    private final BooleanProperty meaning = new SimpleBooleanProperty(this, "meaning");
    private final ReadOnlyObjectWrapper<CompareOptions> options =
            new ReadOnlyObjectWrapper<>(this, "options", CompareOptions.DEFAULTS);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    public SettingsViewModel() {
        load(CompareOptions.DEFAULTS);
        for (Observable o : new Observable[] {minMatchWords, bridgeGap, paraphrase, paraphraseThreshold,
                ignoreCase, ignorePunctuation, ignoreNumbers, stemming, meaning}) {
            o.addListener(x -> rebuild());
        }
    }

    /** Shows {@code o} in the properties and publishes it. */
    public void load(CompareOptions o) {
        loading = true;
        try {
            minMatchWords.set(o.minMatchWords());
            bridgeGap.set(o.bridgeGap());
            paraphrase.set(o.paraphrase());
            paraphraseThreshold.set(o.paraphraseThreshold());
            ignoreCase.set(o.ignoreCase());
            ignorePunctuation.set(o.ignorePunctuation());
            ignoreNumbers.set(o.ignoreNumbers());
            stemming.set(o.stemming());
            meaning.set(o.meaning());
        } finally {
            loading = false;
        }
        problem.set("");
        options.set(o);
    }

    public void resetToDefaults() {
        load(CompareOptions.DEFAULTS);
    }

    private void rebuild() {
        if (loading) {
            return;
        }
        try {
            CompareOptions o = CompareOptions.builder().minMatchWords(minMatchWords.get()).bridgeGap(bridgeGap.get())
                    .paraphrase(paraphrase.get()).paraphraseThreshold(paraphraseThreshold.get())
                    .ignoreCase(ignoreCase.get()).ignorePunctuation(ignorePunctuation.get())
                    .ignoreNumbers(ignoreNumbers.get()).stemming(stemming.get()).meaning(meaning.get()).build();
            problem.set("");
            if (!o.equals(options.get())) {
                options.set(o);
            }
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<CompareOptions> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public CompareOptions options() {
        return options.get();
    }

    /** Why the last edit was not applied; empty when the shown values are in force. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public IntegerProperty minMatchWordsProperty() {
        return minMatchWords;
    }

    public IntegerProperty bridgeGapProperty() {
        return bridgeGap;
    }

    public BooleanProperty paraphraseProperty() {
        return paraphrase;
    }

    /** Link by meaning (the sentence model) what word-level matching left. */
    public BooleanProperty meaningProperty() {
        return meaning;
    }

    public DoubleProperty paraphraseThresholdProperty() {
        return paraphraseThreshold;
    }

    public BooleanProperty ignoreCaseProperty() {
        return ignoreCase;
    }

    public BooleanProperty ignorePunctuationProperty() {
        return ignorePunctuation;
    }

    public BooleanProperty ignoreNumbersProperty() {
        return ignoreNumbers;
    }

    public BooleanProperty stemmingProperty() {
        return stemming;
    }
}
