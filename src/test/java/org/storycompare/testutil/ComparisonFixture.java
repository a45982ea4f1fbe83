package org.storycompare.testutil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.StoryEngine;
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

/**
 * Builds comparisons by hand for report and workspace tests, without the engine.
 * Spans are found by searching substrings, so tests read like the texts they describe.
 * All texts are invented.
 */
public final class ComparisonFixture {

    /** A hostile article body: markup, script, event handlers, javascript: links and style tricks. */
    public static final String HOSTILE = "Mayor <script>alert('x')</script> of Brindlewick "
            + "<img src=x onerror=\"alert(1)\"> said <a href=\"javascript:alert(2)\">click</a> the bridge "
            + "<style>body{display:none}</style> will reopen <div style=\"position:fixed\">now</div> & \"soon\".";

    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final List<PairAlignment> pairs = new ArrayList<>();
    private final Map<String, List<CoverageSegment>> coverage = new HashMap<>();
    private CompareOptions options = CompareOptions.DEFAULTS;

    public ComparisonFixture article(String id, String outlet, String text) {
        ArticleMeta meta = new ArticleMeta(outlet, "Title of " + id, "Reporter " + id.toUpperCase(),
                LocalDate.of(2024, 3, 1 + articles.size() % 28), "https://example.org/" + id, "en",
                Path.of("/tmp/articles/" + id + ".txt"), "txt");
        articles.put(id, new Article(id, text, meta));
        return this;
    }

    public ComparisonFixture article(Article a) {
        articles.put(a.id(), a);
        return this;
    }

    public ComparisonFixture options(CompareOptions o) {
        options = o;
        return this;
    }

    public Article get(String id) {
        return articles.get(id);
    }

    /** The span of the first occurrence of {@code part} in the text of {@code id}. */
    public Span span(String id, String part) {
        String text = articles.get(id).text();
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' not in " + id);
        }
        return new Span(i, i + part.length());
    }

    public ComparisonFixture coverage(String id, CoverageSegment... segments) {
        coverage.put(id, List.of(segments));
        return this;
    }

    public PairBuilder pair(String a, String b, double similarity) {
        return new PairBuilder(a, b, similarity);
    }

    public Comparison build() {
        return new Comparison(new ArrayList<>(articles.values()), pairs, coverage, options);
    }

    /** Builds one pair alignment. */
    public final class PairBuilder {
        private final String a;
        private final String b;
        private final double similarity;
        private double aInB;
        private double bInA;
        private final List<Passage> passages = new ArrayList<>();
        private final List<Span> divA = new ArrayList<>();
        private final List<Span> divB = new ArrayList<>();

        PairBuilder(String a, String b, double similarity) {
            this.a = a;
            this.b = b;
            this.similarity = similarity;
            this.aInB = similarity;
            this.bInA = similarity;
        }

        public PairBuilder containment(double aInB, double bInA) {
            this.aInB = aInB;
            this.bInA = bInA;
            return this;
        }

        public PairBuilder exact(String inA, String inB) {
            passages.add(Passage.exact(span(a, inA), span(b, inB)));
            return this;
        }

        public PairBuilder movedExact(String inA, String inB) {
            passages.add(Passage.exact(span(a, inA), span(b, inB)).withMoved(true));
            return this;
        }

        /** An edited passage; changes are pairs of substrings {inA, inB} ("" for none). */
        public PairBuilder edited(String inA, String inB, double score, String[]... changes) {
            Span pa = span(a, inA);
            Span pb = span(b, inB);
            List<WordChange> cs = new ArrayList<>();
            for (String[] c : changes) {
                cs.add(new WordChange(sub(a, pa, c[0]), sub(b, pb, c[1])));
            }
            passages.add(new Passage(PassageKind.EDITED, pa, pb, score, false, cs, List.of()));
            return this;
        }

        /** A paraphrase; swaps are {fromInA, toInB, reason}. */
        public PairBuilder paraphrase(String inA, String inB, double score, String[]... swaps) {
            Span pa = span(a, inA);
            Span pb = span(b, inB);
            List<WordSwap> ws = new ArrayList<>();
            for (String[] s : swaps) {
                ws.add(new WordSwap(sub(a, pa, s[0]), sub(b, pb, s[1]), s[0], s[1], s[2]));
            }
            passages.add(new Passage(PassageKind.PARAPHRASE, pa, pb, score, false, List.of(), ws));
            return this;
        }

        public PairBuilder divergentA(String part) {
            divA.add(span(a, part));
            return this;
        }

        public PairBuilder divergentB(String part) {
            divB.add(span(b, part));
            return this;
        }

        public ComparisonFixture done() {
            passages.sort((x, y) -> x.a().compareTo(y.a()));
            divA.sort(null);
            divB.sort(null);
            pairs.add(new PairAlignment(a, b, similarity, aInB, bInA, passages, divA, divB));
            return ComparisonFixture.this;
        }

        private Span sub(String id, Span within, String part) {
            String text = articles.get(id).text();
            if (part.isEmpty()) {
                return new Span(within.end(), within.end());
            }
            int i = text.indexOf(part, within.start());
            if (i < 0 || i + part.length() > within.end()) {
                throw new IllegalArgumentException("'" + part + "' not inside the passage of " + id);
            }
            return new Span(i, i + part.length());
        }
    }

    /** Three invented outlets reporting the same invented story, the third one hostile. */
    public static ComparisonFixture sample() {
        String a = "The council of Brindlewick voted on Tuesday to close the old bridge for repairs. "
                + "Mayor Ada Quellin said she was appalled by the state of the beams. "
                + "Work will start in May and cost 2 million crowns.";
        String b = "Mayor Ada Quellin said she was horrified by the state of the beams. "
                + "The council of Brindlewick voted on Tuesday to close the old bridge for urgent repairs. "
                + "Traffic will be diverted through Millgate.";
        ComparisonFixture f = new ComparisonFixture()
                .article("a", "Brindlewick Herald", a)
                .article("b", "Valley Courier", b)
                .article("c", "Quiet <b>Post</b>", HOSTILE);
        f.pair("a", "b", 0.72).containment(0.8, 0.65)
                .edited("The council of Brindlewick voted on Tuesday to close the old bridge for repairs.",
                        "The council of Brindlewick voted on Tuesday to close the old bridge for urgent repairs.",
                        0.93, new String[] {"", "urgent "})
                .paraphrase("Mayor Ada Quellin said she was appalled by the state of the beams.",
                        "Mayor Ada Quellin said she was horrified by the state of the beams.",
                        0.88, new String[] {"appalled", "horrified", "synonym"})
                .divergentA("Work will start in May and cost 2 million crowns.")
                .divergentB("Traffic will be diverted through Millgate.")
                .done();
        f.pair("a", "c", 0.12).containment(0.1, 0.2)
                .movedExact("Brindlewick", "Brindlewick")
                .divergentB("<script>alert('x')</script>")
                .done();
        f.coverage("a", new CoverageSegment(new Span(0, 40), 2), new CoverageSegment(new Span(40, 80), 1));
        f.coverage("b", new CoverageSegment(new Span(0, 20), 1));
        return f;
    }

    /**
     * The story analysis of a comparison made by hand: its alignments are kept as they are (the engine reuses
     * them), the other stages (furniture, repeats, quotes, facts, provenance) run on its articles.
     */
    public static StoryAnalysis analysed(Comparison c) {
        return new StoryEngine(c.options()).analyse(c.articles(), ProgressListener.NONE, Cancellation.NEVER,
                new StoryAnalysis(c, Map.of(), null, null, null));
    }
}
