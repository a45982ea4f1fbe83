package org.storycompare.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storycompare.app.vm.AnalysisEngine;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/** Invented articles and a hand-made comparison of them, standing in for the engine in UI tests. */
public final class Fixtures {

    public static final String WIRE_TEXT = "The dam at Orrin Lake will be inspected on Monday, officials said.\n"
            + "Residents were told to stay calm.\n"
            + "The mayor called the report appalling.";
    public static final String POST_TEXT = "Residents were told to stay calm.\n"
            + "The dam at Orrin Lake will be checked on Monday, officials said.\n"
            + "The mayor called the report horrifying.\n"
            + "A hotline opened at noon.";
    public static final String DIGEST_TEXT = "- Inspection ordered\n- Residents calm";

    public static final Article WIRE = article("wire", "Lakeside Wire", "Dam inspection ordered", WIRE_TEXT, 3);
    public static final Article POST = article("post", "Orrin Evening Post", "Inspectors head to dam", POST_TEXT, 4);
    public static final Article DIGEST = article("digest", "Daily Digest", "Dam news in brief", DIGEST_TEXT, 5);

    private Fixtures() {
    }

    public static Article article(String id, String outlet, String title, String text, int day) {
        return new Article(id, text, new ArticleMeta(outlet, title, null, LocalDate.of(2031, 3, day), null, "en",
                Path.of("/stories/" + id + ".txt"), "txt"));
    }

    public static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part);
        }
        return new Span(i, i + part.length());
    }

    /** The wire/post alignment: an edited sentence, a moved exact sentence, a paraphrase; post adds a line. */
    public static PairAlignment wirePost() {
        String damA = "The dam at Orrin Lake will be inspected on Monday, officials said.";
        String damB = "The dam at Orrin Lake will be checked on Monday, officials said.";
        String calm = "Residents were told to stay calm.";
        String mayorA = "The mayor called the report appalling.";
        String mayorB = "The mayor called the report horrifying.";
        Passage edited = new Passage(PassageKind.EDITED, span(WIRE_TEXT, damA), span(POST_TEXT, damB), 0.9, false,
                List.of(new WordChange(span(WIRE_TEXT, "inspected"), span(POST_TEXT, "checked"))), List.of());
        Passage exact = Passage.exact(span(WIRE_TEXT, calm), span(POST_TEXT, calm)).withMoved(true);
        Passage para = new Passage(PassageKind.PARAPHRASE, span(WIRE_TEXT, mayorA), span(POST_TEXT, mayorB), 0.8,
                false, List.of(), List.of(new WordSwap(span(WIRE_TEXT, "appalling"), span(POST_TEXT, "horrifying"),
                "appalling", "horrifying", "synonym")));
        return new PairAlignment("wire", "post", 0.82, 0.95, 0.75, List.of(edited, exact, para),
                List.of(), List.of(span(POST_TEXT, "A hotline opened at noon.")));
    }

    /** A comparison of the given articles holding {@link #wirePost()} when both wire and post take part. */
    public static Comparison comparison(List<Article> articles, CompareOptions options) {
        List<PairAlignment> pairs = new ArrayList<>();
        boolean wire = articles.stream().anyMatch(a -> a.id().equals("wire"));
        boolean post = articles.stream().anyMatch(a -> a.id().equals("post"));
        if (wire && post) {
            pairs.add(wirePost());
        }
        Map<String, List<CoverageSegment>> coverage = wire && post
                ? Map.of("wire", List.of(new CoverageSegment(new Span(0, WIRE_TEXT.length()), 1)),
                        "post", List.of(new CoverageSegment(span(POST_TEXT, "Residents were told to stay calm."), 1)))
                : Map.of();
        return new Comparison(articles, pairs, coverage, options);
    }

    /** An engine stand-in that only aligns: {@code comparer}'s comparison, with no quotes, facts or provenance. */
    public static AnalysisEngine comparing(Comparing comparer) {
        return (articles, options, progress, cancel, previous) ->
                analysis(comparer.compare(articles, options, progress, cancel));
    }

    /** A story analysis holding only {@code c}'s alignments. */
    public static StoryAnalysis analysis(Comparison c) {
        return c == null ? null : new StoryAnalysis(c, Map.of(), null, null, null);
    }

    /** What a test engine computes: the alignments of the articles. */
    @FunctionalInterface
    public interface Comparing {
        Comparison compare(List<Article> articles, CompareOptions options, ProgressListener progress,
                           Cancellation cancel);
    }
}
