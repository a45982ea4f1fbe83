package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.highlight.CreditOverlay;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The credits the analysis finds (an agency dateline, "according to", "as first reported by") are boxed in the
 * article panes, with a tooltip naming the credited outlet and a legend entry; text that credits nobody is not.
 */
@ExtendWith(ApplicationExtension.class)
class CreditHighlightTest {

    static final String WIRE = "HALDEN (Tarn News Agency) \u2014 The weir above Halden failed on Sunday night and"
            + " flooded forty homes along the lower road, the county council said on Monday.\n\n"
            + "Engineers had warned in the spring that the old stone sill was wearing thin, according to the"
            + " Moorside Gazette, which saw the survey.\n\n"
            + "Families were moved to the school hall and the river path will stay closed until the water drops.";
    static final String COPY = "The weir above Halden failed on Sunday night and flooded forty homes along the lower"
            + " road, the county council said on Monday.\n\n"
            + "Families were moved to the school hall and the river path will stay closed until the water drops.\n\n"
            + "The collapse was first reported by the Halden Courier, whose reporter lives on the lower road.";

    private final MainViewModel model = new MainViewModel((articles, options, progress, cancel, previous) ->
            new StoryEngine(options).analyse(articles, progress, cancel, previous), Runnable::run, Runnable::run);
    private MainView view;

    static Article article(String id, String outlet, String text) {
        return new Article(id, text, new ArticleMeta(outlet, "Weir fails", null, LocalDate.of(2031, 5, 4), null, "en",
                Path.of("/stories/" + id + ".txt"), "txt"));
    }

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(article("wire", "Tarn News Agency", WIRE),
                article("copy", "Riverside Weekly", COPY)), List.of(), List.of()));
        view = new MainView(model);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @Test
    void creditsAreBoxedWithATooltipNamingTheCreditedOutlet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysis() != null
                && view.leftPane().highlights().runs().stream().anyMatch(r -> r.has(CreditOverlay.CREDIT))
                && view.rightPane().highlights().runs().stream().anyMatch(r -> r.has(CreditOverlay.CREDIT)));
        WaitForAsyncUtils.waitForFxEvents();
        ArticlePane left = view.leftPane().article().id().equals("wire") ? view.leftPane() : view.rightPane();
        ArticlePane right = left == view.leftPane() ? view.rightPane() : view.leftPane();

        int dateline = WIRE.indexOf("Tarn News");
        assertThat(left.area().getStyleOfChar(dateline + 1)).contains(CreditOverlay.CREDIT);
        assertThat(left.highlights().tooltipAt(dateline)).hasValueSatisfying(t -> assertThat(t)
                .contains("Tarn News Agency").contains("agency"));
        int gazette = WIRE.indexOf("Moorside");
        assertThat(left.area().getStyleOfChar(gazette + 1)).contains(CreditOverlay.CREDIT);
        assertThat(left.area().getStyleOfChar(WIRE.indexOf("according") + 1)).contains(CreditOverlay.CREDIT);
        assertThat(left.highlights().tooltipAt(gazette)).hasValueSatisfying(t -> assertThat(t)
                .contains("Moorside Gazette").contains("according to"));
        // words that credit nobody carry no credit box
        assertThat(left.area().getStyleOfChar(WIRE.indexOf("Families") + 1)).doesNotContain(CreditOverlay.CREDIT);
        assertThat(left.area().getStyleOfChar(WIRE.indexOf("HALDEN") + 1)).doesNotContain(CreditOverlay.CREDIT);

        int courier = COPY.indexOf("Halden Courier");
        assertThat(right.area().getStyleOfChar(courier + 1)).contains(CreditOverlay.CREDIT);
        assertThat(right.highlights().tooltipAt(courier)).hasValueSatisfying(t -> assertThat(t)
                .contains("Halden Courier").contains("first reported by"));

        Node legend = robot.lookup(".legend-credit").query();
        assertThat(((Label) legend).getText()).isEqualTo("Credit");
    }
}
