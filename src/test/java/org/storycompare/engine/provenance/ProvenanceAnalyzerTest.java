package org.storycompare.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;

/** Who-copied-whom on small invented stories. */
class ProvenanceAnalyzerTest {

    static final StoryEngine ENGINE = new StoryEngine(CompareOptions.builder().paraphrase(false).build());

    static final String[] WIRE = {
        "The ferry between Oskel and the island of Brannock ran aground on a sandbank early on Monday morning.",
        "All forty two passengers were taken off by lifeboat crews within two hours and nobody was hurt.",
        "The harbour master said the channel had silted up after the autumn storms and warned other skippers.",
        "Divers will inspect the hull of the old vessel on Tuesday before it can be towed back to the quay.",
        "Island shops expect bread and milk deliveries to be late for the rest of the week because of the grounding.",
        "The operator, Brannock Sound Lines, apologised to travellers and promised refunds for every cancelled crossing."
    };

    static Article article(String id, String outlet, LocalDate date, String... paragraphs) {
        return new Article(id, String.join("\n\n", paragraphs),
                new ArticleMeta(outlet, null, null, date, null, "en", null, "txt"));
    }

    static Provenance analyse(Article... articles) {
        Comparison c = ENGINE.compare(List.of(articles), ProgressListener.NONE, Cancellation.NEVER);
        return new ProvenanceAnalyzer().analyze(c);
    }

    @Test
    void laterTrimmedCopyIsDerivedFromTheWire() {
        Article wire = article("wire", "Coastline Wire", LocalDate.of(2026, 5, 4), WIRE);
        Article copy = article("copy", "Oskel Gazette", LocalDate.of(2026, 5, 5), WIRE[0], WIRE[1], WIRE[2], WIRE[5],
                "Oskel councillors will discuss dredging the channel at their June meeting in the town hall.");
        Provenance p = analyse(copy, wire);
        assertThat(p.roles()).containsEntry("wire", Provenance.Role.ORIGINAL)
                .containsEntry("copy", Provenance.Role.DERIVED);
        ProvenanceLink link = p.sourceOf("copy").orElseThrow();
        assertThat(link.source()).isEqualTo("wire");
        assertThat(link.kind()).isEqualTo("copy");
        assertThat(link.share()).isBetween(0.7, 0.95);
        assertThat(link.reasons()).anyMatch(r -> r.contains("1 day after"));
        assertThat(p.sourceOf("wire")).isEmpty();
    }

    @Test
    void withoutDatesTheVersionWithItsOwnWordingIsTheCopy() {
        // a third version that keeps the wire's wording tells which reading is the original one
        Article wire = article("wire", "Coastline Wire", null, WIRE);
        Article spun = article("spun", "Clickbay", null,
                WIRE[0].replace("early", "premature").replace("morning", "mornin"),
                WIRE[1].replace("taken off", "removed").replace("hurt", "harmed"),
                WIRE[2].replace("warned", "cautioned"), WIRE[3], WIRE[4].replace("late", "tardy"), WIRE[5]);
        Article other = article("other", "Brannock Times", null, WIRE[0], WIRE[1], WIRE[2],
                "Brannock's ferry office stayed closed on Monday and posted notices about the refunds on its door.");
        Provenance p = analyse(spun, other, wire);
        assertThat(p.sourceOf("spun").orElseThrow().source()).isEqualTo("wire");
        assertThat(p.sourceOf("other").orElseThrow().source()).isEqualTo("wire");
        assertThat(p.roles()).containsEntry("wire", Provenance.Role.ORIGINAL);
    }

    @Test
    void theReadingOtherSourcesUseMarksTheOriginalWhenNothingElseTells() {
        // no dates; the third source shares one sentence with both, so neither keeps more of what others carry;
        // only its vocabulary ("early", "hurt", "warned", "late") tells which side's wording is the older one
        Article spun = article("spun", "Clickbay", null,
                WIRE[0].replace("early", "premature"), WIRE[1].replace("hurt", "harmed"),
                WIRE[2].replace("warned", "cautioned"), WIRE[4].replace("late", "tardy"), WIRE[5]);
        Article wire = article("wire", "Coastline Wire", null, WIRE[0], WIRE[1], WIRE[2], WIRE[4], WIRE[5]);
        Article third = article("third", "Gull Point Radio", null, WIRE[5],
                "Fishermen said the early tide had hurt their catch and warned that the late boats would stay in port.");
        Provenance p = analyse(spun, third, wire);
        ProvenanceLink link = p.sourceOf("spun").orElseThrow();
        assertThat(link.source()).isEqualTo("wire");
        assertThat(link.reasons()).anyMatch(r -> r.contains("wording is the one other versions share"));
    }

    @Test
    void sharingOnlyAQuoteIsNotCopying() {
        String quote = "\"We will not run another crossing until the channel has been surveyed from end to end,\""
                + " said Marit Holloway, the operator's chief executive.";
        Article a = article("a", "Coastline Wire", LocalDate.of(2026, 5, 4), WIRE[0], WIRE[1], quote);
        Article b = article("b", "Island Voice", LocalDate.of(2026, 5, 5),
                "Brannock woke on Monday to find its only ferry stuck fast on the sandbar off Gull Point.",
                "Residents gathered on the slipway to watch the lifeboats ferry people ashore in small groups.",
                quote, "Fishermen on the island say they have asked for the channel to be dredged since last winter.");
        Provenance p = analyse(a, b);
        assertThat(p.links()).isEmpty();
        assertThat(p.roles()).containsEntry("a", Provenance.Role.INDEPENDENT)
                .containsEntry("b", Provenance.Role.INDEPENDENT);
    }

    @Test
    void aDateFarFromTheOthersIsSetAsideAndNoted() {
        Article wire = article("wire", "Coastline Wire", LocalDate.of(2026, 5, 4), WIRE);
        Article copy1 = article("c1", "Oskel Gazette", LocalDate.of(2026, 5, 5), WIRE[0], WIRE[1], WIRE[2], WIRE[3]);
        Article wrong = article("wrong", "Clickbay", LocalDate.of(2025, 5, 4),
                WIRE[0].replace("early", "premature"), WIRE[1].replace("hurt", "harmed"),
                WIRE[2].replace("warned", "cautioned"), WIRE[4]);
        Provenance p = analyse(wire, copy1, wrong);
        assertThat(p.notes()).singleElement().satisfies(n -> {
            assertThat(n.articleId()).isEqualTo("wrong");
            assertThat(n.message()).contains("set aside");
        });
        assertThat(p.sourceOf("wrong").orElseThrow().source()).isEqualTo("wire");
        assertThat(p.roles()).containsEntry("wire", Provenance.Role.ORIGINAL);
    }

    @Test
    void linksAlwaysFormAForestAndAreDeterministic() {
        Random rnd = new Random(7);
        for (int round = 0; round < 15; round++) {
            List<Article> arts = new ArrayList<>();
            int n = 3 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                List<String> paras = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    paras.add(rnd.nextInt(3) == 0
                            ? "Local note " + i + " " + k + " about harbour fees, parking permits and the bakery queue on Saturday."
                            : WIRE[rnd.nextInt(WIRE.length)]);
                }
                LocalDate date = rnd.nextBoolean() ? LocalDate.of(2026, 5, 4 + rnd.nextInt(3)) : null;
                arts.add(article("a" + i, "Outlet " + i, date, paras.toArray(String[]::new)));
            }
            Provenance p = analyse(arts.toArray(Article[]::new));
            Map<String, String> parent = new HashMap<>();
            // the family tree: each derived version's first link (its likely source); further links join trees
            p.links().forEach(l -> parent.putIfAbsent(l.derived(), l.source()));
            for (Article a : arts) {
                String id = a.id();
                boolean source = p.links().stream().anyMatch(l -> l.source().equals(id));
                boolean derived = p.links().stream().anyMatch(l -> l.derived().equals(id));
                Provenance.Role expected = derived ? Provenance.Role.DERIVED
                        : source ? Provenance.Role.ORIGINAL : Provenance.Role.INDEPENDENT;
                assertThat(p.roles().get(id)).as("role of %s", id).isEqualTo(expected);
            }
            for (Article a : arts) {
                String x = a.id();
                for (int steps = 0; x != null; steps++) {
                    assertThat(steps).as("no cycle through %s", a.id()).isLessThanOrEqualTo(n);
                    x = parent.get(x);
                }
            }
            assertThat(analyse(arts.toArray(Article[]::new))).isEqualTo(p);
        }
    }

    @Test
    void withoutEvidenceTheDirectionIsUndetermined() {
        Article one = article("one", "Oskel Gazette", null, WIRE[0], WIRE[1], WIRE[2],
                "Oskel councillors will discuss dredging the channel at their June meeting in the town hall.");
        Article two = article("two", "Brannock Post", null, WIRE[0], WIRE[1], WIRE[2],
                "Brannock islanders queued at the slipway for the evening crossing, which ran to time.");
        Provenance p = analyse(one, two);
        assertThat(p.links()).singleElement().satisfies(l -> {
            assertThat(l.directed()).isFalse();
            assertThat(l.reasons()).anyMatch(r -> r.startsWith("Direction undetermined"));
            assertThat(l.credit()).isEmpty();
        });
        assertThat(p.roles().values()).doesNotContain(Provenance.Role.INDEPENDENT);
    }

    @Test
    void aCreditGivesTheDirectionAndIsReported() {
        Article wire = article("wire", "Coastline Wire", null, WIRE);
        Article copy = article("copy", "Oskel Gazette", null, WIRE[0], WIRE[1], WIRE[2], WIRE[3],
                "Oskel councillors will discuss dredging the channel at their June meeting in the town hall.");
        Article other = article("other", "Brannock Post", null, WIRE[0], WIRE[1], WIRE[4], WIRE[5]);
        ProvenanceAnalyzer analyzer = new ProvenanceAnalyzer();
        Comparison c = ENGINE.compare(List.of(copy, other, wire), ProgressListener.NONE, Cancellation.NEVER);
        Provenance p = analyzer.analyze(c, Map.of("copy", java.util.Set.of("the Coastline Wire agency"),
                "other", java.util.Set.of("Reuters")));
        ProvenanceLink credited = p.sourceOf("copy").orElseThrow();
        assertThat(credited.source()).isEqualTo("wire");
        assertThat(credited.directed()).isTrue();
        assertThat(credited.credit()).isEqualTo(ProvenanceLink.CREDITED);
        assertThat(credited.reasons()).anyMatch(r -> r.startsWith("Credited reuse"));
        ProvenanceLink uncredited = p.sourceOf("other").orElseThrow();
        assertThat(uncredited.credit()).isEqualTo(ProvenanceLink.UNCREDITED);
        assertThat(uncredited.reasons()).anyMatch(r -> r.startsWith("Uncredited reuse"));
        assertThat(p.roles()).containsEntry("wire", Provenance.Role.ORIGINAL);
    }

    @Test
    void creditedNamesMatchOutletsOnWholeWords() {
        assertThat(Credits.matches("Reuters", "Thomson Reuters")).isTrue();
        assertThat(Credits.matches("The Times", "Times")).isTrue();
        assertThat(Credits.matches("Times", "The Sunday Times of Oskel")).isTrue();
        assertThat(Credits.matches("AP", "Apex Daily")).isFalse();
        assertThat(Credits.matches("", "Reuters")).isFalse();
    }

    static final String[] QUOTES = {
        "\"We have never seen the channel this shallow in forty years,\" the harbour master said on the quay.",
        "\"Every skipper on the sound has been warned by radio, and the buoys will be moved,\" he added later.",
        "\"The dredger from Oskel is booked for the first calm week of June,\" said Mara Lune of the port board."
    };

    @Test
    void sharingOneQuoteIsNotReuseButTakingOverARunOfQuotedParagraphsIs() {
        Article first = article("first", "Oskel Gazette", LocalDate.of(2026, 5, 4), WIRE[0], QUOTES[0], QUOTES[1],
                QUOTES[2]);
        Article oneQuote = article("one", "Brannock Post", LocalDate.of(2026, 5, 5),
                "Brannock islanders queued at the slipway for the evening crossing, which ran to time.", QUOTES[0],
                "Island shops said deliveries of bread and milk would come by the mail boat instead.");
        assertThat(analyse(first, oneQuote).roles()).containsEntry("one", Provenance.Role.INDEPENDENT);
        Article run = article("run", "Sound Weekly", LocalDate.of(2026, 5, 6),
                "Brannock islanders queued at the slipway for the evening crossing, which ran to time.",
                QUOTES[0], QUOTES[1], QUOTES[2]);
        Provenance p = analyse(first, run);
        assertThat(p.sourceOf("run")).hasValueSatisfying(l -> assertThat(l.source()).isEqualTo("first"));
    }

    @Test
    void sharedPageFurnitureIsNoReuse() {
        String prompt = "Sign up for our newsletter to get the top stories of the harbour and the sound in your inbox every morning.";
        Article a = article("a", "Oskel Gazette", null, WIRE[0], WIRE[1], prompt);
        Article b = article("b", "Oskel Gazette", null,
                "Brannock islanders queued at the slipway for the evening crossing, which ran to time.", prompt);
        assertThat(analyse(a, b).links()).isEmpty();
    }

    @Test
    void theSameTemplateAroundTwoDifferentStoriesIsNoReuse() {
        String footer = "This report first appeared on the Brannock page of the Sound Monitor agency at nine in the"
                + " morning, and the full text of the report can be read by following the link below.";
        Article ferry = article("ferry", "Sound Monitor", null, WIRE[0], WIRE[1], footer);
        Article fair = article("fair", "Sound Monitor", null,
                "The spring cattle fair at Dunmore drew record crowds as breeders showed prize heifers and rams.",
                "Judges praised the young handlers, and the cheese tent sold out before noon.", footer);
        Provenance p = analyse(ferry, fair);
        assertThat(p.links()).isEmpty();
        assertThat(p.roles().values()).containsOnly(Provenance.Role.INDEPENDENT);
        // the same block around two versions of one story is reuse
        Article ferry2 = article("ferry2", "Sound Monitor", null,
                "A ferry to Brannock ran aground on Monday; lifeboat crews took every passenger off the sandbank.",
                "The harbour master blamed silt from the autumn storms in the channel.", footer);
        assertThat(analyse(ferry, ferry2).links()).hasSize(1);
    }
}
