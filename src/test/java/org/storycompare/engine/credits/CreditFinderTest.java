package org.storycompare.engine.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;

/** Credits found in small invented texts: name, kind, cue, and the ranges pointing at them. */
class CreditFinderTest {

    static List<Attribution> credits(String text) {
        return new CreditFinder().find(new Article("s1", text, null));
    }

    /** text, credited name, kind, cue, the cue's text. */
    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("GREYFELL (Reuters) - The harbour wall gave way on Tuesday night.", "Reuters",
                    CreditKind.AGENCY, "dateline", "(Reuters) -"),
            Arguments.of("Title line\n\nOSLO, March 3 (AP) \u2014 Ferries stopped running after the storm.",
                    "AP", CreditKind.AGENCY, "dateline", "(AP) \u2014"),
            Arguments.of("Greyfell (AFP) \u2013 The harbour wall gave way.", "AFP", CreditKind.AGENCY, "dateline",
                    "(AFP) \u2013"),
            Arguments.of("The wall gave way.\n\n\u00A9 2026 Reuters. All rights reserved.", "Reuters",
                    CreditKind.AGENCY, "copyright", "\u00A9 2026 "),
            Arguments.of("The wall gave way.\n\nCopyright 2026 The Harbour Gazette", "The Harbour Gazette",
                    CreditKind.OUTLET, "copyright", "Copyright 2026 "),
            Arguments.of("The wall gave way. The Associated Press contributed to this report.",
                    "The Associated Press",
                    CreditKind.AGENCY, "contributed to this report", "contributed to this report"),
            Arguments.of("The wall gave way.\n\nSOURCE: Lenfold County Council", "Lenfold County Council",
                    CreditKind.ORGANISATION, "source:", "SOURCE:"),
            Arguments.of("The wall gave way on Tuesday (h/t The Quay Courier).", "The Quay Courier",
                    CreditKind.OUTLET, "h/t", "h/t"),
            Arguments.of("The wall had been cracked for months, according to Reuters.", "Reuters",
                    CreditKind.AGENCY, "according to", "according to"),
            Arguments.of("The wall had been cracked for months, as first reported by The Times.", "The Times",
                    CreditKind.OUTLET, "as first reported by", "as first reported by"),
            Arguments.of("The minister told Channel 4 News that the wall would be rebuilt.", "Channel 4 News",
                    CreditKind.OUTLET, "told", "told"),
            Arguments.of("The wall had been cracked for months, CNN reported.", "CNN", CreditKind.OUTLET,
                    "reported", "reported"),
            Arguments.of("The wall had been cracked, as reported by the Harbour Gazette on Monday.",
                    "Harbour Gazette", CreditKind.OUTLET, "as reported by", "as reported by"),
            Arguments.of("Repairs will cost more than planned, according to council documents.",
                    "council documents", CreditKind.DOCUMENT, "according to", "according to"),
            Arguments.of("The Quayside Post first reported the cracks in January.", "The Quayside Post",
                    CreditKind.OUTLET, "reported", "first reported"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheCredit(String text, String name, CreditKind kind, String cue, String cueText) {
        List<Attribution> found = credits(text);
        assertThat(found).hasSize(1);
        Attribution a = found.get(0);
        assertThat(a.source()).isEqualTo("s1");
        assertThat(a.name()).isEqualTo(name);
        assertThat(a.range().of(text)).isEqualTo(name);
        assertThat(a.kind()).isEqualTo(kind);
        assertThat(a.cue()).isEqualTo(cue);
        assertThat(a.cueRange().of(text)).isEqualTo(cueText);
    }

    @Test
    void anAgencyDatelineCreditsTheWholeStoryAStatementCueDoesNot() {
        assertThat(credits("LONDON (Reuters) - The wall fell.").get(0).wholeStory()).isTrue();
        assertThat(credits("The wall fell, according to Reuters.").get(0).wholeStory()).isFalse();
    }

    @Test
    void personsAfterStatementCuesAreSpeakersNotCredits() {
        assertThat(credits("The wall had been cracked for months, according to Ada Quellin.")).isEmpty();
        assertThat(credits("Ada Quellin told Bram Tolliver that the wall would hold.")).isEmpty();
        assertThat(credits("The wall fell on Tuesday. Nobody was hurt.")).isEmpty();
    }

    @Test
    void reportingLineCreditsEachReporter() {
        String text = "The wall fell.\n\n(Reporting by Ada Quellin in Greyfell and Bram Tolliver; Editing by Ines Parlow)";
        List<Attribution> found = credits(text);
        assertThat(found).extracting(Attribution::name).containsExactly("Ada Quellin", "Bram Tolliver");
        assertThat(found).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(CreditKind.PERSON);
            assertThat(a.cue()).isEqualTo("reporting by");
            assertThat(a.range().of(text)).isEqualTo(a.name());
        });
    }

    @Test
    void anAcronymDatelineIsClassifiedByItsSpelledOutName() {
        String text = "MARROWBY (NPA) \u2014 The wall fell.\n\nDistributed by the Northgate Press Agency.";
        Attribution a = credits(text).get(0);
        assertThat(a.name()).isEqualTo("NPA");
        assertThat(a.kind()).isEqualTo(CreditKind.AGENCY);
        assertThat(a.cue()).isEqualTo("dateline");
    }

    @Test
    void findsCreditsOfEverySourceInOrder() {
        List<Article> arts = List.of(new Article("a", "PARIS (AFP) - One.", null),
                new Article("b", "Nothing credited here.", null),
                new Article("c", "One, CNN reported. Two, according to Reuters.", null));
        CreditAnalysis ca = new CreditFinder().find(arts, Cancellation.NEVER);
        assertThat(ca.bySource().keySet()).containsExactly("a", "b", "c");
        assertThat(ca.of("b")).isEmpty();
        assertThat(ca.of("c")).extracting(Attribution::name).containsExactly("CNN", "Reuters");
        assertThat(ca.all()).hasSize(3);
    }
}
