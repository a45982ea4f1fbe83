package org.storycompare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.Stage;

/** StoryEngine.analyse: every stage once, in order; reuse of alignments; furniture from the readers; cancel. */
class StoryAnalysisTest {

    static final String STORY = "The ferry to Selby Cove will stop running on Friday while the pier is rebuilt, the "
            + "harbour board said on Monday.\n\n\"We will keep a water taxi going for islanders who must travel,\" "
            + "said Tamsin Rook, the harbour master.\n\nAbout 120 workers will rebuild the pier over two summers.";

    static Article article(String id, String outlet, LocalDate date, String text) {
        return new Article(id, text, new ArticleMeta(outlet, null, null, date, null, "en", null, "txt"));
    }

    static final Article WIRE = article("wire", "Isle Wire", LocalDate.of(2026, 3, 2), "SELBY COVE (Isle Wire) - " + STORY);
    static final Article COPY = article("copy", "Cove Times", LocalDate.of(2026, 3, 3),
            STORY + "\n\nAbout 120 workers will rebuild the pier over two summers.\n\nRead more: island news");
    static final Article OTHER = article("other", "Hill Radio", LocalDate.of(2026, 3, 3),
            "Listeners in the hill villages told us their lanes were passable but the ford at Breck was not.");

    /** Records the stages reported, in order. */
    static class Stages implements ProgressListener {
        final List<Stage> seen = new ArrayList<>();

        @Override
        public void progress(long done, long total, String message) {
        }

        @Override
        public void stage(Stage stage) {
            seen.add(stage);
        }
    }

    final StoryEngine engine = new StoryEngine(CompareOptions.builder().paraphrase(false).build());

    @Test
    void eachStageRunsOnceInOrder() {
        Stages stages = new Stages();
        StoryAnalysis a = engine.analyse(List.of(WIRE, COPY, OTHER), stages, Cancellation.NEVER);
        assertThat(stages.seen).containsExactly(Stage.values());
        assertThat(a.articles()).extracting(Article::id).containsExactly("wire", "copy", "other");
        assertThat(a.pair("wire", "copy")).isPresent();
        assertThat(a.provenance().roles()).containsKeys("wire", "copy", "other");
        assertThat(a.quotes().groups()).isNotEmpty();
        assertThat(a.credits().of("wire")).extracting(c -> c.name()).contains("Isle Wire");
        // the copy repeats its last paragraph: found inside the source
        assertThat(a.source("copy").repeatGroups()).singleElement().satisfies(g -> assertThat(g).hasSize(2));
        assertThat(a.source("wire").repeatGroups()).isEmpty();
        // "Read more: ..." is page furniture
        assertThat(a.source("copy").boilerplate()).anySatisfy(s -> assertThat(s.of(COPY.text())).contains("Read more"));
        assertThat(a.matrix().ids()).containsExactly("wire", "copy", "other");
    }

    @Test
    void changedDetailsReuseTheAlignmentsAndRerunTheRest() {
        StoryAnalysis first = engine.analyse(List.of(WIRE, COPY, OTHER), ProgressListener.NONE, Cancellation.NEVER);
        Article redated = new Article("copy", COPY.text(), new ArticleMeta("Cove Times (edited)", null, null,
                LocalDate.of(2025, 3, 3), null, "en", null, "txt"));
        Stages stages = new Stages();
        StoryAnalysis second = engine.analyse(List.of(WIRE, redated, OTHER), stages, Cancellation.NEVER, first);
        assertThat(stages.seen).containsExactly(Stage.BOILERPLATE, Stage.REPEATS, Stage.QUOTES, Stage.FACTS,
                Stage.CREDITS, Stage.PROVENANCE);
        assertThat(second.pairs()).isSameAs(first.pairs());
        assertThat(second.article("copy").orElseThrow().meta().outlet()).isEqualTo("Cove Times (edited)");
        // the facts saw the new date: a year away from the others is a conflict now
        assertThat(second.facts().conflicts()).isNotEmpty();
        assertThat(first.facts().conflicts()).isEmpty();

        // other text, or other options: everything again
        Stages again = new Stages();
        Article edited = article("copy", "Cove Times", LocalDate.of(2026, 3, 3), COPY.text() + " More.");
        engine.analyse(List.of(WIRE, edited, OTHER), again, Cancellation.NEVER, first);
        assertThat(again.seen).containsExactly(Stage.values());
        Stages otherOptions = new Stages();
        new StoryEngine(CompareOptions.builder().paraphrase(false).minMatchWords(7).build())
                .analyse(List.of(WIRE, COPY, OTHER), otherOptions, Cancellation.NEVER, first);
        assertThat(otherOptions.seen).containsExactly(Stage.values());
    }

    @Test
    void furnitureTheReaderMarkedJoinsWhatTheFinderFinds() {
        String text = "By Jane Doe, Isle Wire\nThe ferry stops on Friday.";
        Article a = new Article("a", text, new ArticleMeta(null, null, null, null, null, null, null, "txt",
                List.of(), List.of(new Span(0, text.indexOf('\n'))), java.util.Set.of()));
        StoryAnalysis s = engine.analyse(List.of(a, OTHER), ProgressListener.NONE, Cancellation.NEVER);
        assertThat(s.source("a").boilerplate()).containsExactly(new Span(0, text.indexOf('\n')));
        assertThat(Span.trimmed("  ab c \n", 0, 7)).isEqualTo(new Span(2, 6));
        assertThat(Span.trimmed("   ", 0, 3).isEmpty()).isTrue();
        assertThat(StoryEngine.union(List.of(new Span(0, 5), new Span(10, 12)), List.of(new Span(4, 8))))
                .containsExactly(new Span(0, 8), new Span(10, 12));
    }

    @Test
    void analysesBesideTheCallingThreadGiveWhatOneThreadGives() throws java.io.IOException {
        List<java.nio.file.Path> files;
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("storycompare.articles", "articles"));
        try (var s = java.nio.file.Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("0[1-8]-.*")).sorted().toList();
        }
        List<Article> sample = new org.storycompare.ingest.ArticleLoader().load(files).articles();
        assertThat(sample).hasSize(8);
        CompareOptions options = CompareOptions.DEFAULTS;
        StoryAnalysis one = new StoryEngine(options, new org.storycompare.engine.paraphrase.ParaphraseMatcher(), 1)
                .analyse(sample, ProgressListener.NONE, Cancellation.NEVER);
        Stages stages = new Stages();
        StoryAnalysis two = new StoryEngine(options, new org.storycompare.engine.paraphrase.ParaphraseMatcher(), 2)
                .analyse(sample, stages, Cancellation.NEVER);
        assertThat(stages.seen).containsExactly(Stage.values());
        assertThat(two.quotes()).isEqualTo(one.quotes());
        assertThat(two.facts()).isEqualTo(one.facts());
        assertThat(two.credits()).isEqualTo(one.credits());
        assertThat(two.provenance()).isEqualTo(one.provenance());
        assertThat(two.quotes().groups()).isNotEmpty();
        assertThat(two.facts().conflicts()).isNotEmpty();
    }

    @Test
    void aCancelDuringThePerSourceStagesStopsTheAnalysesBesideIt() {
        Cancellation cancel = new Cancellation();
        ProgressListener cancelAtFurniture = new Stages() {
            @Override
            public void stage(Stage stage) {
                if (stage == Stage.BOILERPLATE) {
                    cancel.cancel();
                }
            }
        };
        StoryEngine two = new StoryEngine(CompareOptions.builder().paraphrase(false).build(), null, 2);
        assertThatThrownBy(() -> two.analyse(List.of(WIRE, COPY, OTHER), cancelAtFurniture, cancel))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void aFailureBesideTheSideThreadReachesTheCallerAndAChildFlagFollowsItsParent() {
        ProgressListener failAtFurniture = new Stages() {
            @Override
            public void stage(Stage stage) {
                if (stage == Stage.BOILERPLATE) {
                    throw new IllegalStateException("listener broke");
                }
            }
        };
        StoryEngine two = new StoryEngine(CompareOptions.builder().paraphrase(false).build(), null, 2);
        assertThatThrownBy(() -> two.analyse(List.of(WIRE, COPY, OTHER), failAtFurniture, Cancellation.NEVER))
                .hasMessage("listener broke");
        Cancellation parent = new Cancellation();
        Cancellation child = Cancellation.childOf(parent);
        Cancellation sibling = Cancellation.childOf(parent);
        child.cancel();
        assertThat(parent.isCancelled()).isFalse();
        assertThat(sibling.isCancelled()).isFalse();
        parent.cancel();
        assertThat(sibling.isCancelled()).isTrue();
        assertThatThrownBy(sibling::throwIfCancelled).isInstanceOf(CancelledException.class);
        assertThat(Cancellation.childOf(Cancellation.NEVER).isCancelled()).isFalse();
    }

    @Test
    void aCancelledAnalysisStops() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThatThrownBy(() -> engine.analyse(List.of(WIRE, COPY), ProgressListener.NONE, cancel))
                .isInstanceOf(CancelledException.class);
    }
}
