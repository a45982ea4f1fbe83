package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The provenance tab: a family tree of the sources, the evidence, and opening a version beside its source. */
@ExtendWith(ApplicationExtension.class)
class ProvenanceViewTest {

    static final String[] STORY = {
        "Floodwater closed the lower road through Pellmouth on Friday after two days of heavy rain on the moors.",
        "The county council said crews would pump the water into the river once the level had dropped below the wall.",
        "Shops on Quay Street moved stock upstairs overnight and several stayed closed for the whole weekend.",
        "Forecasters expect drier weather from Sunday, though more rain could follow before the end of next week."
    };

    private final SimpleObjectProperty<StoryAnalysis> comparison = new SimpleObjectProperty<>();
    private final List<String> opened = new ArrayList<>();
    private ProvenanceView view;

    static Article article(String id, String outlet, LocalDate date, String... paragraphs) {
        return new Article(id, String.join("\n\n", paragraphs),
                new ArticleMeta(outlet, null, null, date, null, "en", null, "txt"));
    }

    @Start
    void start(Stage stage) {
        view = new ProvenanceView(comparison, (a, b) -> opened.add(a + "->" + b));
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    @Test
    void showsTheFamilyTreeAndOpensAVersionBesideItsSource(FxRobot robot) {
        Article wire = article("wire", "Moor Wire", LocalDate.of(2026, 1, 9), STORY);
        Article copy = article("copy", "Pellmouth Post", LocalDate.of(2026, 1, 10), STORY[0], STORY[1], STORY[2],
                "The Post's own reporter found the Quay Street bakery handing out sandbags to neighbours.");
        Article other = article("other", "Hill Radio", LocalDate.of(2026, 1, 10),
                "Listeners in the hill villages told us their lanes were passable but the ford at Breck was not.",
                "A farmer near Lowther said he had moved forty ewes to higher ground before dawn on Friday.");
        StoryAnalysis c = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(wire, copy, other), ProgressListener.NONE, Cancellation.NEVER);
        robot.interact(() -> comparison.set(c));
        WaitForAsyncUtils.waitForFxEvents();

        List<TreeItem<String>> top = view.tree().getRoot().getChildren();
        assertThat(top).extracting(TreeItem::getValue).containsExactly("wire", "other");
        assertThat(top.get(0).getChildren()).extracting(TreeItem::getValue).containsExactly("copy");

        robot.interact(() -> view.tree().getSelectionModel().select(top.get(0).getChildren().get(0)));
        assertThat(view.details().getChildren()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("Copies") && t.contains("Moor Wire"))
                .anyMatch(t -> t.contains("published 1 day after"));
        Button open = robot.lookup("#provenance-open").queryButton();
        robot.clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("wire->copy");

        robot.interact(() -> view.tree().getSelectionModel().select(top.get(1)));
        assertThat(((Label) view.details().getChildren().get(1)).getText()).startsWith("Independent");
        assertThat(robot.lookup("#provenance-open").tryQuery()).isEmpty();
    }

    /**
     * Two versions with the same text, the same date and no credits: the engine cannot tell who copied whom, and the
     * tree row and the evidence say "direction undetermined"; a dated copy's row does not.
     */
    @Test
    void saysDirectionUndeterminedWhenTheEvidenceGivesNone(FxRobot robot) {
        LocalDate day = LocalDate.of(2026, 1, 9);
        Article first = article("first", "Moor Wire", day, STORY);
        Article second = article("second", "Pellmouth Post", day, STORY);
        StoryAnalysis c = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(first, second), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(c.provenance().links()).singleElement().satisfies(l -> assertThat(l.directed()).isFalse());
        robot.interact(() -> comparison.set(c));
        WaitForAsyncUtils.waitForFxEvents();

        TreeItem<String> top = view.tree().getRoot().getChildren().get(0);
        TreeItem<String> under = top.getChildren().get(0);
        List<String> rows = robot.lookup(".tree-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TreeCell<?>) n).getText()).filter(t -> t != null).toList();
        assertThat(rows).anyMatch(t -> t.contains("direction undetermined, uncredited") && t.startsWith(
                c.article(under.getValue()).orElseThrow().label()));
        // the version at the top is not called the original: it may as well be the copy
        assertThat(rows).anyMatch(t -> t.equals(c.article(top.getValue()).orElseThrow().label()
                + " — original or copy, direction undetermined"));
        robot.interact(() -> view.tree().getSelectionModel().select(under));
        assertThat(view.details().getChildren()).filteredOn(n -> n instanceof Label)
                .extracting(n -> ((Label) n).getText())
                .anyMatch(t -> t.startsWith("Shares 100% of its words") && t.contains("direction undetermined"))
                .anyMatch(t -> t.startsWith("Direction undetermined: the evidence does not tell whether"));
        assertThat(robot.lookup("#provenance-direction").tryQuery()).isPresent();

        // with a date a day later the copy is placed, and nothing says undetermined
        Article later = article("second", "Pellmouth Post", day.plusDays(1), STORY);
        StoryAnalysis d = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(first, later), ProgressListener.NONE, Cancellation.NEVER);
        robot.interact(() -> comparison.set(d));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.tree().getSelectionModel().select(view.tree().getRoot().getChildren().get(0)
                .getChildren().get(0)));
        assertThat(robot.lookup("#provenance-direction").tryQuery()).isEmpty();
        assertThat(robot.lookup(".tree-cell").queryAll().stream().map(n -> ((javafx.scene.control.TreeCell<?>) n)
                .getText()).filter(t -> t != null)).noneMatch(t -> t.contains("undetermined"))
                .anyMatch(t -> t.equals("Moor Wire — original"));
    }
}
