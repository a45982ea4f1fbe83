package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Synchronised scrolling in the real window, scrolling the pane under the mouse: two long invented articles
 * share two paragraphs that stand at different places in each. With the toggle on, scrolling the left pane
 * to a shared paragraph brings its counterpart level with it in the right pane; scrolling through text the
 * other side lacks leaves the other pane alone; with the toggle off the other pane never moves.
 */
@ExtendWith(ApplicationExtension.class)
class SyncScrollingTest {

    static final String SHARED_1 = "Shared one: the Dunmore canal lock will close for six weeks while divers "
            + "replace the lower gates, the waterways board said on Friday.";
    static final String SHARED_2 = "Shared two: barge owners asked for a temporary mooring basin north of the "
            + "lock, and the board promised an answer before the end of the month.";
    /** Paragraph indexes of the shared paragraphs: left far down, right higher up. */
    static final int LEFT_1 = 34;
    static final int RIGHT_1 = 22;
    static final int LEFT_2 = 52;
    static final int RIGHT_2 = 60;
    /** A shared block of {@link #BLOCK} paragraphs, whose first paragraph the right article lengthened. */
    static final int LEFT_3 = 60;
    static final int RIGHT_3 = 68;
    static final int BLOCK = 5;
    static final int PARAGRAPHS = 95;

    static final String LEFT_TEXT = text("Left", LEFT_1, LEFT_2, LEFT_3);
    static final String RIGHT_TEXT = text("Right", RIGHT_1, RIGHT_2, RIGHT_3);
    static final Article LEFT = Fixtures.article("canal-left", "Dunmore Ledger", "Canal lock to close", LEFT_TEXT, 6);
    static final Article RIGHT = Fixtures.article("canal-right", "Weir Valley News", "Lock repairs", RIGHT_TEXT, 7);
    static final Passage P1 = Passage.exact(Fixtures.span(LEFT_TEXT, SHARED_1), Fixtures.span(RIGHT_TEXT, SHARED_1));
    static final Passage P2 = Passage.exact(Fixtures.span(LEFT_TEXT, SHARED_2), Fixtures.span(RIGHT_TEXT, SHARED_2));
    static final Passage P3 = new Passage(PassageKind.EDITED,
            Fixtures.span(LEFT_TEXT, String.join("\n", block(false))),
            Fixtures.span(RIGHT_TEXT, String.join("\n", block(true))), 0.9, false, List.of(), List.of());

    private static final long WAIT = 10;
    private static final int STEP = 30;
    private final MainViewModel model = new MainViewModel(Fixtures.comparing((articles, options, progress, cancel) -> {
        PairAlignment pair = new PairAlignment(LEFT.id(), RIGHT.id(), 0.1, 0.1, 0.1, List.of(P1, P2, P3),
                List.of(), List.of());
        return new Comparison(articles, List.of(pair), Map.of(), options);
    }), Runnable::run, Runnable::run);
    private MainView view;

    /** Invented filler paragraphs with the shared ones at the given indexes. */
    static String text(String side, int at1, int at2, int at3) {
        List<String> pars = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            pars.add(i == at1 ? SHARED_1 : i == at2 ? SHARED_2
                    : i >= at3 && i < at3 + BLOCK ? block(side.equals("Right")).get(i - at3)
                    : side + " paragraph " + i + ": residents of Dunmore talked about the weather and the fair.");
        }
        return String.join("\n", pars);
    }

    /** The shared block; the right side's first paragraph has two sentences more. */
    static List<String> block(boolean right) {
        List<String> pars = new ArrayList<>();
        for (int i = 0; i < BLOCK; i++) {
            pars.add("Block " + i + ": the lock keeper recalled the winter the canal froze and skaters reached the weir.");
        }
        if (right) {
            pars.set(0, pars.get(0) + " The Weir Valley News first reported that winter in a special edition."
                    + " Older readers still keep copies of it in their kitchen drawers, the keeper added.");
        }
        return pars;
    }

    @Start
    void start(Stage stage) {
        model.setLoaded(new LoadResult(List.of(LEFT, RIGHT), List.of(), List.of()));
        view = new MainView(model);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    private void awaitHighlights() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !view.leftPane().highlights().runs().isEmpty()
                && !view.rightPane().highlights().runs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shows(ArticlePane pane, Span span) {
        Span v = pane.visibleRange();
        return v.start() <= span.start() && span.end() <= v.end();
    }

    /**
     * With the mouse over the left pane, scrolls it down {@link #STEP} pixels at a time until {@code done} (at
     * most 200 steps). The scroll position is moved as the mouse wheel moves it ({@code scrollYBy}); Monocle's
     * own wheel events move one pixel each and make a test of this length take minutes.
     */
    private void scrollLeftDownUntil(FxRobot robot, BooleanSupplier done) throws Exception {
        robot.moveTo("#left-text");
        for (int i = 0; i < 200 && !fx(done); i++) {
            scrollLeftDown(robot);
        }
        assertThat(fx(done)).as("scrolled far enough").isTrue();
    }

    private void scrollLeftDown(FxRobot robot) {
        robot.interact(() -> view.leftPane().area().scrollYBy(STEP));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean fx(BooleanSupplier s) throws Exception {
        return WaitForAsyncUtils.asyncFx(s::getAsBoolean).get(WAIT, TimeUnit.SECONDS);
    }

    /** Screen y of the top of the paragraph holding {@code offset}; NaN when it is not laid out. */
    private static double top(ArticlePane pane, int offset) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int par = pane.area().offsetToPosition(offset, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            return pane.area().getParagraphBoundsOnScreen(par).map(Bounds::getMinY).orElse(Double.NaN);
        }).get(WAIT, TimeUnit.SECONDS);
    }

    /** The pane's scroll position, read on the FX thread. */
    private static double scrollY(ArticlePane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.area().getEstimatedScrollY()).get(WAIT, TimeUnit.SECONDS);
    }

    @Test
    void scrollingTheLeftPaneToASharedParagraphBringsItsCounterpartLevel(FxRobot robot) throws Exception {
        awaitHighlights();
        assertThat(view.comparePane().syncScrollingProperty().get()).isTrue();
        assertThat(fx(() -> shows(view.rightPane(), P1.b()))).as("counterpart not in view at first").isFalse();

        // through the left article's own lead: the first shared paragraph is still out of view
        scrollLeftDownUntil(robot, () -> view.leftPane().visibleRange().start() > 0);
        assertThat(fx(() -> shows(view.leftPane(), P1.a()))).isFalse();
        assertThat(scrollY(view.rightPane())).as("right pane left alone").isZero();

        scrollLeftDownUntil(robot, () -> shows(view.leftPane(), P1.a()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> shows(view.rightPane(), P1.b())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> shows(view.leftPane(), P1.a()))).isTrue();
        double line = WaitForAsyncUtils.asyncFx(() -> view.leftPane().area().getParagraphBoundsOnScreen(
                view.leftPane().area().visibleParToAllParIndex(0)).map(Bounds::getHeight).orElse(30.0)).get();
        assertThat(top(view.rightPane(), P1.b().start())).as("counterpart level with the left paragraph")
                .isCloseTo(top(view.leftPane(), P1.a().start()), org.assertj.core.data.Offset.offset(line));

        // on to the second shared paragraph: the right pane follows to its counterpart
        scrollLeftDownUntil(robot, () -> !shows(view.leftPane(), P1.a())
                && shows(view.leftPane(), P2.a()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> shows(view.rightPane(), P2.b())));
    }

    @Test
    void withTheToggleOffTheOtherPaneStays(FxRobot robot) throws Exception {
        awaitHighlights();
        robot.clickOn("#legend");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.comparePane().syncScrollingProperty().get()).isFalse();
        assertThat(robot.lookup("#sync").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();

        scrollLeftDownUntil(robot, () -> shows(view.leftPane(), P1.a()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scrollY(view.rightPane())).isZero();
        assertThat(fx(() -> shows(view.rightPane(), P1.b()))).isFalse();

        // on again (tool bar button): the next wheel notch brings the counterpart
        robot.clickOn("#sync");
        assertThat(view.comparePane().syncScrollingProperty().get()).isTrue();
        scrollLeftDownUntil(robot, () -> shows(view.rightPane(), P1.b()));
        assertThat(fx(() -> shows(view.leftPane(), P1.a()))).isTrue();
    }

    @Test
    void thePaneUnderTheMouseLeadsEvenWhenTheOtherHasTheFocus(FxRobot robot) throws Exception {
        awaitHighlights();
        robot.clickOn("#right-text");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.rightPane().area().isFocused()).isTrue();

        // the second shared paragraph stands near the end of the right article, which cannot scroll far enough
        // to level it once it nears the top of the left pane: the right pane must not then pull the left back
        scrollLeftDownUntil(robot, () -> shows(view.leftPane(), P2.a()));
        double y = scrollY(view.leftPane());
        for (int i = 0; i < 100 && !fx(() -> view.leftPane().visibleRange().start() >= P2.a().start()); i++) {
            scrollLeftDown(robot);
            assertThat(scrollY(view.leftPane())).as("the left pane moves on down").isGreaterThan(y);
            y = scrollY(view.leftPane());
        }
        assertThat(fx(() -> view.leftPane().visibleRange().start() >= P2.a().start())).isTrue();
        assertThat(fx(() -> shows(view.rightPane(), P2.b()))).isTrue();
    }

    @Test
    void insideALongSharedPassageTheSameParagraphIsLevelledOnBothSides(FxRobot robot) throws Exception {
        awaitHighlights();
        // down until the third paragraph of the shared block is the first one in view on the left
        scrollLeftDownUntil(robot, () -> view.leftPane().area().visibleParToAllParIndex(0) >= LEFT_3 + 2);
        int k = WaitForAsyncUtils.asyncFx(() -> view.leftPane().area().visibleParToAllParIndex(0)).get() - LEFT_3;
        assertThat(k).isBetween(2, BLOCK - 1);
        WaitForAsyncUtils.waitForFxEvents();
        double line = WaitForAsyncUtils.asyncFx(() -> view.leftPane().area().getParagraphBoundsOnScreen(LEFT_3 + k)
                .map(Bounds::getHeight).orElse(30.0)).get() / 2;
        int leftOffset = WaitForAsyncUtils.asyncFx(() -> view.leftPane().area().getAbsolutePosition(LEFT_3 + k, 0)).get();
        int rightOffset = WaitForAsyncUtils.asyncFx(() -> view.rightPane().area().getAbsolutePosition(RIGHT_3 + k, 0)).get();
        assertThat(top(view.rightPane(), rightOffset)).as("paragraph %d of the block level on both sides", k)
                .isCloseTo(top(view.leftPane(), leftOffset), org.assertj.core.data.Offset.offset(line));
    }
}
