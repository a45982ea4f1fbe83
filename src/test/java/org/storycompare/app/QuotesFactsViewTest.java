package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.Span;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Quotes &amp; facts tab: altered quotes first, each source's version, facts with conflicts first. */
@ExtendWith(ApplicationExtension.class)
class QuotesFactsViewTest {

    private final SimpleObjectProperty<StoryAnalysis> comparison = new SimpleObjectProperty<>();
    private final List<String> revealed = new ArrayList<>();
    private QuotesFactsView view;

    static Article article(String id, String outlet, String text) {
        return new Article(id, text, new ArticleMeta(outlet, null, null, null, null, "en", null, "txt"));
    }

    @Start
    void start(Stage stage) {
        view = new QuotesFactsView(comparison, (id, span) -> revealed.add(id + "@" + span.start()));
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @Test
    void listsAlteredQuotesAndConflictingFactsAndRevealsAVersion(FxRobot robot) {
        String quote = "\"We will keep the ferry running every day until the new pier is finished,\" said Tamsin Rook, "
                + "the harbour master.";
        String altered = "\"We will keep the ferry running each day until the new pier is finished,\" said Tamsin Rook, "
                + "the harbour master.";
        Article a = article("a", "Isle Wire", "Work on the new pier at Selby Cove began on Monday. " + quote
                + " About 120 workers will build it over two summers.");
        Article b = article("b", "Cove Times", "Builders started the Selby Cove pier this week. " + quote
                + " The council says 120 workers are needed.");
        Article c = article("c", "Island Post", "The pier works at Selby Cove are under way. " + altered
                + " Some 300 workers will be hired, the contractor said.");
        StoryAnalysis comp = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(a, b, c), ProgressListener.NONE, Cancellation.NEVER);
        robot.interact(() -> comparison.set(comp));
        WaitForAsyncUtils.waitForFxEvents();

        List<TreeItem<QuotesFactsView.Row>> groups = view.quotes().getRoot().getChildren();
        assertThat(groups).isNotEmpty();
        TreeItem<QuotesFactsView.Row> first = groups.get(0);
        assertThat(first.getValue().group().hasAlterations()).isTrue();
        assertThat(first.getValue().group().speaker()).isEqualTo("Tamsin Rook");
        TreeItem<QuotesFactsView.Row> alteredRow = first.getChildren().stream()
                .filter(i -> i.getValue().version() != null && i.getValue().version().articleId().equals("c"))
                .findFirst().orElseThrow();
        assertThat(alteredRow.getValue().version().changes()).extracting(ch -> ch.describe())
                .containsExactly("every->each");

        robot.interact(() -> {
            view.quotes().getSelectionModel().select(alteredRow);
            view.quotes().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Span at = alteredRow.getValue().version().quote().span();
        assertThat(revealed).containsExactly("c@" + at.start());

        List<Fact> facts = view.facts().getItems();
        assertThat(facts).isNotEmpty();
        assertThat(facts.get(0).conflict()).isTrue();
        assertThat(facts.get(0).outliers()).containsExactly("c");
    }
}
