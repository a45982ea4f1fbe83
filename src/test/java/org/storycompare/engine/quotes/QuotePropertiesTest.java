package org.storycompare.engine.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactAnalyzer;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Span;

/** Quotes and facts on arbitrary texts full of quotation marks, numbers and paragraph breaks. */
class QuotePropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("\"", "\u201C", "\u201D", " ", "\n\n", "\n", ",", ".", "she said",
                "Ada Quellin", "said", "the", "bridge", "214", "twelve", "people", "metres", "about", "Bram Tolliver",
                "according to", "he", "rail", "ferry", "'", "\u2014", "5", "a.m.", "1:42", "\uD83D\uDE00", "x");
        return piece.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void quotesPointIntoTheirTextAndHoldNoMarks(@ForAll("texts") String text) {
        for (Quote q : new QuoteExtractor().extract(new Article("t", text, null))) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            for (Span p : q.parts()) {
                assertThat(p.start()).isGreaterThanOrEqualTo(q.span().start());
                assertThat(p.end()).isLessThanOrEqualTo(q.span().end());
                assertThat(p.of(text)).doesNotContain("\u201C", "\u201D", "\"").isNotBlank();
            }
            if (q.speakerSpan() != null) {
                assertThat(q.speakerSpan().of(text)).isEqualTo(q.speaker());
            }
        }
    }

    @Property(tries = 200)
    void everyArticleHasAVersionOrIsMissingAndChangesPointIntoTheText(@ForAll("texts") String a,
                                                                        @ForAll("texts") String b,
                                                                        @ForAll("texts") String c) {
        List<Article> arts = List.of(new Article("a", a, null), new Article("b", b, null), new Article("c", c, null));
        QuoteAnalysis qa = new QuoteAnalyzer().analyse(arts, Cancellation.NEVER);
        assertThat(new QuoteAnalyzer().analyse(arts, Cancellation.NEVER)).isEqualTo(qa);
        for (QuoteGroup g : qa.groups()) {
            Set<String> seen = new HashSet<>(g.missing());
            for (QuoteVersion v : g.versions()) {
                seen.add(v.articleId());
                String text = arts.stream().filter(x -> x.id().equals(v.articleId())).findFirst().orElseThrow().text();
                assertThat(v.status() == QuoteStatus.VERBATIM).isEqualTo(v.changes().isEmpty());
                for (QuoteChange ch : v.changes()) {
                    assertThat(ch.at().end()).isLessThanOrEqualTo(text.length());
                    if (!ch.isDeletion()) {
                        assertThat(ch.at().of(text)).startsWith(ch.to().split(" ")[0]);
                    }
                }
            }
            assertThat(seen).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(new ArrayList<>(g.missing())).doesNotContainAnyElementsOf(
                    g.versions().stream().map(QuoteVersion::articleId).toList());
        }
        FactAnalysis fa = new FactAnalyzer().analyse(arts, Cancellation.NEVER);
        for (var f : fa.facts()) {
            for (FactMention m : f.mentions()) {
                String text = arts.stream().filter(x -> x.id().equals(m.articleId())).findFirst().orElseThrow().text();
                assertThat(m.at().of(text)).isEqualTo(m.text());
            }
        }
    }
}
