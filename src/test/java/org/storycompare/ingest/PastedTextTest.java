package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storycompare.engine.model.Span;

/** Plain text pasted from a browser, without header lines: invented articles in the shapes real pages have. */
class PastedTextTest {

    private static final String STORY = "The Millbrook ferry will not sail for a week after a storm damaged its"
            + " landing stage, the operator said on Thursday. Engineers expect the repairs to take several days.\n\n"
            + "A replacement bus will run every hour between the two piers, and passengers with tickets can claim"
            + " a refund at the harbour office or online.\n";

    private final TxtReader txt = new TxtReader();

    private ParsedArticle read(String text) throws ReadException {
        return txt.read(text.getBytes(StandardCharsets.UTF_8), "pasted.txt", Limits.DEFAULT);
    }

    private static List<String> furniture(ParsedArticle a) {
        return a.furniture().stream().map(s -> s.of(a.text())).toList();
    }

    @Test
    void aNewsAgencyPasteGivesEveryFieldAndKeepsTheTextExactly() throws Exception {
        String text = "Storm closes the Millbrook ferry for a week\n\nBy Jane Doe, Reuters\n"
                + "Published 09:41 IST, March 3rd 2022\nUpdated: 3 hours ago\n\n"
                + "LONDON (Reuters) - " + STORY + "\n© 2022 Reuters\n";
        ParsedArticle a = read(text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.title()).isEqualTo("Storm closes the Millbrook ferry for a week");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(furniture(a)).containsExactly("Storm closes the Millbrook ferry for a week",
                "By Jane Doe, Reuters", "Published 09:41 IST, March 3rd 2022", "Updated: 3 hours ago",
                "LONDON (Reuters) -", "© 2022 Reuters");
    }

    @Test
    void furnitureRangesAreSortedDisjointAndInsideTheText() throws Exception {
        String text = "  Storm closes the ferry  \r\n\r\nBy Jane Doe and John Roe\r\nOctober 5, 2021\r\n\r\n"
                + "(Example.com) – " + STORY + "Copyright 2021, Example.com\r\n";
        ParsedArticle a = read(text);
        String body = a.text();
        assertThat(body).doesNotContain("\r");
        int end = 0;
        for (Span s : a.furniture()) {
            assertThat(s.start()).isGreaterThanOrEqualTo(end);
            assertThat(s.end()).isLessThanOrEqualTo(body.length());
            assertThat(s.of(body)).isEqualTo(s.of(body).strip()).isNotEmpty();
            end = s.end();
        }
        assertThat(furniture(a)).containsExactly("Storm closes the ferry", "By Jane Doe and John Roe",
                "October 5, 2021", "(Example.com) –", "Copyright 2021, Example.com");
        assertThat(a.author()).isEqualTo("Jane Doe and John Roe");
        assertThat(a.outlet()).isEqualTo("Example.com");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 10, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 3rd 2022|2022-03-03", "3 March 2022 14:07 BST|2022-03-03", "2022-03-03|2022-03-03",
        "Published 09:41 IST, March 3rd 2022|2022-03-03", "October 5, 2021|2021-10-05", "Mon 3 Mar 2022|2022-03-03",
        "Thu, 03 Mar 2022 10:00:00 GMT|2022-03-03", "Posted on March 3, 2022 at 9:41 am|2022-03-03",
        "Published: 03.03.2022|2022-03-03", "Jun 08, 2023 • 11 min read|2023-06-08",
        "March 3, 2022 · 3 min read · By Jane Doe|2022-03-03", "Updated Dec. 23, 2024, 1:24 PM EST|2024-12-23"})
    void dateLinesInEveryCommonForm(String line, String iso) throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\n" + line + "\n\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.parse(iso));
        assertThat(furniture(a)).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated: 3 hours ago", "Published 2 days ago", "Posted yesterday"})
    void relativeDatesGiveNoDateButAreFurniture(String line) throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n" + line + "\n\n" + STORY);
        assertThat(a.published()).isNull();
        assertThat(furniture(a)).contains(line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated March 5, 2022\nPublished March 3, 2022",
        "Published March 3, 2022\nUpdated March 5, 2022", "March 3, 2022\nLast updated on March 5, 2022 at 10:12 am",
        "Published March 3, 2022 | Updated March 5, 2022"})
    void anUpdateIsNotThePublicationDate(String lines) throws Exception {
        assertThat(read("Storm closes the Millbrook ferry\n" + lines + "\n\n" + STORY).published())
                .isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void anUpdateAloneIsTheOnlyDateThereIs() throws Exception {
        assertThat(read("Storm closes the Millbrook ferry\nUpdated March 5, 2022\n\n" + STORY).published())
                .isEqualTo(LocalDate.of(2022, 3, 5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LONDON (Reuters) - |Reuters", "(Example.com) – |Example.com", "WASHINGTON, March 3 (AP) — |AP",
        "NEW YORK, N.Y. (Harbor Wire) -- |Harbor Wire"})
    void datelinesNameTheAgencyAndOnlyTheDatelineIsFurniture(String dateline, String outlet) throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\n" + dateline + STORY);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(furniture(a)).containsExactly("Storm closes the Millbrook ferry", dateline.strip());
    }

    @Test
    void aPlaceOnlyDatelineIsFurnitureWithoutAnOutlet() throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\nMILLBROOK — " + STORY);
        assertThat(a.outlet()).isNull();
        assertThat(furniture(a)).contains("MILLBROOK —");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Jane Doe, Reuters|Jane Doe|Reuters", "By Jane Doe and John Roe|Jane Doe and John Roe|",
        "By Jane Doe, Staff Writer|Jane Doe, Staff Writer|", "Written by Jane Doe • March 3, 2022|Jane Doe|",
        "By: Ana de la Cruz|Ana de la Cruz|", "By Jane Doe, Dietitian|Jane Doe, Dietitian|"})
    void bylines(String line, String author, String outlet) throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n" + line + "\n\n" + STORY);
        assertThat(a.author()).isEqualTo(author);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(furniture(a)).contains(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Copyright 2023, Example.com|Example.com", "© 2023 Reuters|Reuters",
        "© 2019-2023 Harbor Gazette Ltd. All rights reserved.|Harbor Gazette",
        "Copyright © 2023 The Valley Post, Inc.|The Valley Post"})
    void copyrightLinesNameTheOutlet(String line, String outlet) throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\n" + STORY + "\n" + line + "\n");
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(furniture(a)).contains(line);
    }

    @Test
    void aUrlLineGivesTheUrlAndTheHostAsOutlet() throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\n" + STORY
                + "\nSource: https://www.harbor-gazette.test/local/ferry\n");
        assertThat(a.url()).isEqualTo("https://www.harbor-gazette.test/local/ferry");
        assertThat(a.outlet()).isEqualTo("harbor-gazette.test");
    }

    @Test
    void aStorySentenceThatMentionsADateIsNotADateLine() throws Exception {
        String text = "Storm closes the Millbrook ferry\n\nThe pier was last rebuilt on March 3, 2019.\n\n" + STORY;
        ParsedArticle a = read(text);
        assertThat(a.published()).isNull();
        assertThat(furniture(a)).containsExactly("Storm closes the Millbrook ferry");
    }

    @Test
    void byTheTimeIsNotAByline() throws Exception {
        ParsedArticle a = read("Storm closes the Millbrook ferry\n\nBy the time the ferry docked, the storm had"
                + " passed.\n\n" + STORY);
        assertThat(a.author()).isNull();
        assertThat(furniture(a)).containsExactly("Storm closes the Millbrook ferry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"It rained all night.\n\n", "the ferry stayed in port\nbecause of the storm, and the"
            + " harbour master closed the pier.\n\n", "Yes.\n\n"})
    void aShortFirstSentenceIsNotAHeadline(String start) throws Exception {
        ParsedArticle a = read(start + STORY);
        assertThat(a.title()).isNull();
        assertThat(a.furniture()).isEmpty();
    }

    @Test
    void menusAboveTheHeadlineArePassedOver() throws Exception {
        String text = "Skip to content\nHome\nNews\nSport\nSubscribe to our newsletter\nLocal news\n"
                + "Storm closes the Millbrook ferry for a week\nBy Jane Doe\nMarch 3, 2022\n"
                + STORY.repeat(3) + "Related stories\nBridge repairs start in May\n";
        ParsedArticle a = read(text);
        assertThat(a.title()).isEqualTo("Storm closes the Millbrook ferry for a week");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aHeadingInsideTheStoryIsNotTheHeadline() throws Exception {
        String text = STORY + "\nWhat happens next\n\n" + STORY;
        assertThat(read(text).title()).isNull();
    }

    @Test
    void headerLinesStillWinOverTheTextsOwnLines() throws Exception {
        ParsedArticle a = read("Title: Ferry closed\nOutlet: Harbor Gazette\n\nStorm closes the ferry\n"
                + "By Jane Doe, Reuters\nMarch 3, 2022\n\n" + STORY);
        assertThat(a.title()).isEqualTo("Ferry closed");
        assertThat(a.outlet()).isEqualTo("Harbor Gazette");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void markdownWithoutFrontMatterReadsTheSameLines() throws Exception {
        String md = "# Storm closes the ferry\n\nBy Jane Doe, Reuters  \nMarch 3, 2022\n\nLONDON (Reuters) - "
                + STORY + "\n© 2022 Reuters\n";
        ParsedArticle a = new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8), "p.md", Limits.DEFAULT);
        assertThat(a.title()).isEqualTo("Storm closes the ferry");
        assertThat(a.author()).isEqualTo("Jane Doe");
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(a.furniture().stream().map(s -> s.of(a.text())).toList()).contains("LONDON (Reuters) -",
                "© 2022 Reuters");
    }

    @Test
    void textPastedIntoTheWindowIsReadTheSameWay() {
        String text = "Storm closes the Millbrook ferry\nBy Jane Doe\nMarch 3, 2022\n\n(Harbor Wire) - " + STORY;
        org.storycompare.engine.model.Article a = ArticleLoader.fromText(text, null);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.meta().title()).isEqualTo("Storm closes the Millbrook ferry");
        assertThat(a.meta().author()).isEqualTo("Jane Doe");
        assertThat(a.meta().published()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(a.meta().outlet()).isEqualTo("Harbor Wire");
        assertThat(a.meta().furniture()).hasSize(4);
        assertThat(ArticleLoader.fromText(text, "Radio Bay").meta().outlet()).isEqualTo("Radio Bay");
    }
}
