package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storycompare.ingest.PastedPageTest.STORY;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headline of a whole page copied from a browser, chosen by the weighted features of {@link HeadlineFeatures}:
 * invented pages in the shapes of real ones where buttons, breadcrumbs run into the title, or a story without a
 * long run of prose once hid the headline.
 */
class PastedHeadlineTest {

    private final TxtReader txt = new TxtReader();

    private String title(String text) throws ReadException {
        return txt.read(text.getBytes(StandardCharsets.UTF_8), "page.txt", Limits.DEFAULT).title();
    }

    @Test
    void theCallButtonsOfAServicePageAreNotItsHeadline() throws Exception {
        String page = "Skip to content\nFor a free consultation call\n(555) 277-0150\nmenu\nCall Us Now\n"
                + "E-mail Us Now\nFerry passengers hurt on a wet landing stage\n\n"
                + "On Behalf of Harbor Law PLLC | Apr 21, 2017 | Injuries\n\n" + STORY;
        assertThat(title(page)).isEqualTo("Ferry passengers hurt on a wet landing stage");
    }

    @ParameterizedTest
    @CsvSource({"Call Us Now, chrome", "E-mail Us Now, chrome", "Reading time: 2 minutes, chrome",
        "Save your favorites for free, callToAction", "Get a Free Quote Today, callToAction"})
    void buttonsAndCallsToTheReaderAreMarkedAsSuch(String button, String feature) {
        String text = "Harbor Weekly\n" + button + "\nFerry passengers hurt on a wet landing stage\n\n" + STORY;
        List<TextLine> lines = TextLine.split(text);
        HeadlineFeatures page = new HeadlineFeatures(lines, new boolean[lines.size()]);
        int k = List.of(HeadlineFeatures.NAMES).indexOf(feature);
        assertThat(page.of(1, page.body(1))[k]).isEqualTo(1.0);
        assertThat(page.of(2, page.body(2))[k]).isEqualTo(0.0);
    }

    @Test
    void aBreadcrumbRunIntoTheTitleGivesWayToTheTitleAlone() throws Exception {
        String page = "Harbor Weekly\nHome Gear Reviews Ferry Crossings Worth the Wait\nFerry Crossings Worth the Wait\n"
                + "\n" + STORY;
        assertThat(title(page)).isEqualTo("Ferry Crossings Worth the Wait");
    }

    @Test
    void aListWithAShortIntroductionKeepsItsHeadlineWhenLongProseStandsFarBelow() throws Exception {
        StringBuilder page = new StringBuilder("Harbor Weekly\nNews\nGuides\nSeven Ferry Tips for Slow Travellers\n\n"
                + "Slow crossings reward the traveller who plans a little ahead of the day and packs light.\n\n");
        for (int i = 1; i <= 30; i++) {
            page.append("Tip ").append(i).append(": bring item number ").append(i).append('\n');
        }
        page.append("\nAbout Harbor Weekly\n\n").append(STORY).append('\n').append(STORY);
        assertThat(title(page.toString())).isEqualTo("Seven Ferry Tips for Slow Travellers");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Blog Home ❯ Harbour Living ❯ Ferry Guides", "Harbour Living ❯ Ferry Guides"})
    void aBreadcrumbWithChevronsIsNeverAHeadline(String line) {
        List<TextLine> lines = TextLine.split(line + "\n");
        assertThat(Headline.candidate(lines, 0, new boolean[lines.size()])).isFalse();
    }

    @Test
    void anUpdatedByLineCreditsAPersonAndIsNotAHeadline() {
        assertThat(LineForms.credit("Updated by Jane Doe")).isTrue();
        assertThat(LineForms.credit("Updated Rules for Ferry Passengers")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Dec 18 2025 Preparing a Ferry Timetable; Preparing a Ferry Timetable",
        "A Guide to Ferry Fares - 3 October 2023; A Guide to Ferry Fares",
        "Ferry Fares Explained | March 3, 2022; Ferry Fares Explained",
        "Markets rose on 3 March 2022; Markets rose on 3 March 2022",
        "Fares rise on 3 March 2022 and again in May; Fares rise on 3 March 2022 and again in May",
        "3 March 2022 - Update; 3 March 2022 - Update",
        "3 March 2022 markets rose again; 3 March 2022 markets rose again"})
    void aDateRunIntoTheHeadlineIsNotPartOfTheTitle(String line, String title) {
        assertThat(Headline.title(line)).isEqualTo(title);
    }

    @Test
    void everyFeatureHasAWeight() {
        assertThat(HeadlineFeatures.WEIGHTS).hasSize(HeadlineFeatures.NAMES.length);
    }
}
