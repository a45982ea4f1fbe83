package org.storycompare.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.storycompare.app.highlight.CreditOverlay;
import org.storycompare.app.highlight.HighlightStyles;
import org.storycompare.app.highlight.RunLookup;
import org.storycompare.app.vm.SourceRow;
import org.storycompare.app.vm.Runner;
import org.storycompare.engine.credits.Attribution;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.highlight.BoilerplateOverlay;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;

/**
 * One side of the comparison: a header naming the source, a read-only rich text area whose highlight
 * styles are computed on a background thread (short texts: at once), a gutter marking moved passages, and
 * the overview strip.
 */
public final class ArticlePane extends BorderPane {

    private static final System.Logger LOG = System.getLogger(ArticlePane.class.getName());
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    /** Texts up to this long are styled on the FX thread right away (well under a millisecond once warm). */
    static final int INLINE_STYLING_CHARS = 20_000;

    private static final double GUTTER_WIDTH = 14;
    private final boolean leftSide;
    private final Label header = new Label();
    private final Region chip = new Region();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewStrip strip = new OverviewStrip();
    private final Tooltip hoverTip = new Tooltip();
    private final Executor styleExecutor;
    private Article article;
    private PairAlignment shownPair;
    private List<Span> shownFurniture = List.of();
    private List<Attribution> credits = List.of();
    private List<Attribution> shownCredits = List.of();
    private RunLookup lookup = RunLookup.empty();
    private BitSet movedParagraphs = new BitSet();
    private Map<Integer, Span[]> repeatAt = Map.of();
    private long generation;
    private boolean viewportPending;
    private Runnable onHighlighted = () -> { };
    private IntConsumer onTextClicked = i -> { };

    /** @param side "left" or "right" (ids and where the overview strip goes) */
    public ArticlePane(String side, Runner runner) {
        this.leftSide = "left".equals(side);
        Objects.requireNonNull(runner);
        // each job replaces the pane's previous one (latest wins); a failure reaches the error banner
        this.styleExecutor = task -> runner.run("styles-" + side, "Could not highlight the " + side + " article",
                (progress, cancel) -> {
                    task.run();
                    return Boolean.TRUE;
                }, done -> { });
        getStyleClass().add("article-pane");
        setId(side + "-pane");
        header.getStyleClass().add("pane-header-label");
        header.setId(side + "-header");
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        chip.getStyleClass().add("chip");
        HBox head = new HBox(6, chip, header);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-header");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-text");
        area.setId(side + "-text");
        area.setPadding(new Insets(8, 12, 8, 4));
        area.setParagraphGraphicFactory(this::gutter);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                lookup.tooltipAt(e.getCharacterIndex()).ifPresent(t -> {
                    hoverTip.setText(t);
                    hoverTip.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverTip.hide());
        area.setOnMouseClicked(e -> {
            if (e.getClickCount() == 1 && e.isStillSincePress()) {
                onTextClicked.accept(area.getCaretPosition());
            }
        });
        strip.setId(side + "-overview");
        strip.setOnJump(f -> {
            if (article != null) {
                int offset = (int) Math.round(f * article.text().length());
                scrollToOffset(Math.min(offset, Math.max(0, area.getLength() - 1)), false);
            }
        });
        // read the viewport after the event: querying it inside RichTextFX's own notification is refused
        area.viewportDirtyEvents().subscribe(x -> requestViewportUpdate());
        setTop(head);
        setCenter(scroll);
        if (leftSide) {
            setLeft(strip);
        } else {
            setRight(strip);
        }
        show(null);
    }

    /**
     * The gutter left of a paragraph: the moved marker, or an empty spacer of the same width. The spacer is a plain
     * Region, not an empty Label: every paragraph scrolled into view gets one, and a Label (a control with a skin
     * and a text node) cost about an eighth of the FX thread's time when scrolling a long article.
     */
    private Node gutter(int paragraph) {
        Span[] copy = repeatAt.get(paragraph);
        if (copy != null) {
            return RepeatMarks.marker(copy, GUTTER_WIDTH, this::reveal);
        }
        if (!movedParagraphs.get(paragraph)) {
            Region spacer = new Region();
            spacer.setMinWidth(GUTTER_WIDTH);
            spacer.setPrefWidth(GUTTER_WIDTH);
            spacer.setMouseTransparent(true);
            return spacer;
        }
        Label mark = new Label("⇅");
        mark.getStyleClass().add("moved-marker");
        mark.setMinWidth(GUTTER_WIDTH);
        mark.setPrefWidth(GUTTER_WIDTH);
        mark.setTooltip(new Tooltip("A passage here stands elsewhere in the other source"));
        return mark;
    }

    /**
     * Marks the text this article repeats inside itself: a ↻ in the gutter of each copy; its tooltip says which
     * copy it is, a click goes to the next copy.
     */
    public void setRepeats(List<List<Span>> groups) {
        Map<Integer, Span[]> at = article == null ? Map.of() : RepeatMarks.byParagraph(article.text(), groups);
        if (!at.equals(repeatAt)) {
            repeatAt = at;
            area.setParagraphGraphicFactory(this::gutter);
        }
    }

    /** The paragraphs (as the text area splits on newlines) where a repeated text starts, for tests. */
    public java.util.Set<Integer> repeatedParagraphs() {
        return java.util.Set.copyOf(repeatAt.keySet());
    }

    /** Shows a source's text without highlights (or clears the pane for null / a failed file). */
    public void show(SourceRow item) {
        Article next = item == null || !item.isLoaded() ? null : item.article();
        chip.getStyleClass().removeIf(c -> c.startsWith("chip-"));
        if (next == null) {
            header.setText("(no source)");
        } else {
            chip.getStyleClass().add("chip-" + item.colour());
            String title = item.title().map(t -> " — " + t).orElse("");
            header.setText(item.label() + title);
        }
        if (next != article) {
            article = next;
            repeatAt = Map.of();
            credits = List.of();
            shownCredits = List.of();
            shownPair = null;
            generation++;
            lookup = RunLookup.empty();
            movedParagraphs = new BitSet();
            area.replaceText(next == null ? "" : next.text());
            area.moveTo(0);
            area.requestFollowCaret();
        }
    }

    /**
     * The credits of the article shown (where it says its story came from), highlighted with the next
     * {@link #highlight} call, with or without a pair; credits of another article are ignored.
     */
    public void setCredits(List<Attribution> given) {
        String id = article == null ? null : article.id();
        credits = given == null ? List.of() : given.stream().filter(a -> a.source().equals(id)).toList();
    }

    /**
     * Paints the highlights of {@code pair} on this pane's article ({@code sideA}: the article is the pair's
     * A side), page furniture greyed. Styles of a long text are computed in the runner's lane of this pane and
     * applied on the FX thread; a newer call wins.
     * A null pair, or one that does not name this article, clears the highlights.
     */
    public void highlight(PairAlignment pair, boolean sideA, List<Span> furniture) {
        if (article == null) {
            return;
        }
        String ownId = pair == null ? null : sideA ? pair.aId() : pair.bId();
        PairAlignment p = article.id().equals(ownId) ? pair : null;
        if (p == shownPair && p != null && furniture.equals(shownFurniture) && credits.equals(shownCredits)) {
            return;
        }
        long gen = ++generation;
        shownPair = p;
        shownFurniture = furniture;
        shownCredits = credits;
        List<Attribution> cr = credits;
        Article a = article;
        if (p == null) {
            List<StyledRun> runs = CreditOverlay.alone(cr, a.text().length()); // no pair: only the article's credits
            lookup = new RunLookup(runs);
            movedParagraphs = new BitSet();
            area.setStyleSpans(0, runs.isEmpty() ? HighlightStyles.plain(area.getLength())
                    : HighlightStyles.toStyleSpans(runs, a.text().length()));
            area.setParagraphGraphicFactory(this::gutter);
            return;
        }
        long t0 = System.nanoTime();
        // a short text is styled at once, so its first layout already has the highlights; long ones off the FX thread
        Executor styler = a.text().length() <= INLINE_STYLING_CHARS ? Runnable::run : styleExecutor;
        Executor applier = styler == styleExecutor ? Platform::runLater : Runnable::run;
        styler.execute(() -> {
            List<StyledRun> runs = CreditOverlay.apply(BoilerplateOverlay.apply(
                    HighlightSpans.forSide(p, sideA, a.text().length()), furniture), cr, a.text().length());
            StyleSpans<Collection<String>> spans = HighlightStyles.toStyleSpans(runs, a.text().length());
            BitSet moved = movedParagraphs(a.text(), p, sideA);
            long t1 = System.nanoTime();
            applier.execute(() -> {
                if (gen != generation || a != article) {
                    return;
                }
                long t2 = System.nanoTime();
                area.setStyleSpans(0, spans);
                lookup = new RunLookup(runs);
                movedParagraphs = moved;
                area.setParagraphGraphicFactory(this::gutter);
                long t3 = System.nanoTime();
                String timing = String.format("highlights of %s: %d runs computed in %d ms, waited %d ms, applied in %d ms",
                        a.id(), runs.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
                LOG.log(System.Logger.Level.DEBUG, timing);
                if (Boolean.getBoolean("storycompare.timing")) {
                    System.out.println("phase styles-applied-" + (leftSide ? "left" : "right") + " ms="
                            + (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getStartTime()) + " (" + timing + ")");
                }
                onHighlighted.run();
            });
        });
    }

    /** Paragraph indexes (as the text area splits on newlines) where a moved passage starts. */
    static BitSet movedParagraphs(String text, PairAlignment p, boolean sideA) {
        List<Integer> starts = new ArrayList<>();
        for (Passage x : p.passages()) {
            if (x.moved()) {
                starts.add((sideA ? x.a() : x.b()).start());
            }
        }
        BitSet out = new BitSet();
        if (starts.isEmpty()) {
            return out;
        }
        starts.sort(null);
        int par = 0;
        int i = 0;
        for (int s : starts) {
            for (; i < Math.min(s, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    par++;
                }
            }
            out.set(par);
        }
        return out;
    }

    /** Shows the article's coverage heat in the overview strip; {@code others} is the number of other sources. */
    public void setCoverage(List<CoverageSegment> coverage, int others) {
        strip.setCoverage(coverage, article == null ? 1 : article.text().length(), others);
    }

    /** Scrolls so that {@code offset} is near the top of the view; with {@code flash}, selects and flashes it. */
    public void scrollToOffset(int offset, boolean flash) {
        if (area.getLength() == 0) {
            return;
        }
        int o = Math.max(0, Math.min(offset, area.getLength()));
        int par = area.offsetToPosition(o, Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, par));
        if (!flash) {
            area.moveTo(o);
        }
    }

    /** Scrolls to a span, selects it and flashes it briefly. */
    public void reveal(Span span) {
        int s = Math.max(0, Math.min(span.start(), area.getLength()));
        int e = Math.max(s, Math.min(span.end(), area.getLength()));
        int par = area.offsetToPosition(s, Bias.Forward).getMajor();
        area.showParagraphAtTop(Math.max(0, par - 1));
        area.selectRange(s, e);
        area.pseudoClassStateChanged(FLASH, true);
        PauseTransition off = new PauseTransition(javafx.util.Duration.millis(700));
        off.setOnFinished(x -> area.pseudoClassStateChanged(FLASH, false));
        off.play();
    }

    /** The characters of the visible paragraphs, [start, end); empty when nothing is shown. */
    public Span visibleRange() {
        int n = area.getVisibleParagraphs().size();
        if (n == 0 || area.getLength() == 0) {
            return new Span(0, 0);
        }
        try {
            int first = area.visibleParToAllParIndex(0);
            int last = area.visibleParToAllParIndex(n - 1);
            int start = area.getAbsolutePosition(first, 0);
            int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
            return new Span(start, Math.max(start, end));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Span(0, 0); // the viewport is being rebuilt; the next pulse redraws
        }
    }

    private void requestViewportUpdate() {
        if (!viewportPending) {
            viewportPending = true;
            Platform.runLater(() -> {
                viewportPending = false;
                updateViewport();
            });
        }
    }

    private void updateViewport() {
        int len = area.getLength();
        if (len == 0) {
            strip.setViewport(0, 0);
            return;
        }
        Span v = visibleRange();
        strip.setViewport((double) v.start() / len, (double) v.end() / len);
    }

    public void setOnHighlighted(Runnable r) {
        onHighlighted = r == null ? () -> { } : r;
    }

    /** Called with the caret offset after a plain click in the text. */
    public void setOnTextClicked(IntConsumer c) {
        onTextClicked = c == null ? i -> { } : c;
    }

    public boolean isLeftSide() {
        return leftSide;
    }

    public Article article() {
        return article;
    }

    /** The highlight runs now applied (empty while none are). */
    public RunLookup highlights() {
        return lookup;
    }

    /** Paragraphs marked as holding the start of a moved passage. */
    public BitSet movedParagraphs() {
        return (BitSet) movedParagraphs.clone();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public VirtualizedScrollPane<StyleClassedTextArea> scrollPane() {
        return scroll;
    }

    public OverviewStrip overview() {
        return strip;
    }

    public Label header() {
        return header;
    }
}
