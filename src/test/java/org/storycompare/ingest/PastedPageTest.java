package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole page copied from a browser (select all, copy): menus, a breadcrumb, the headline, its date line or
 * byline, the story, then the footer. Invented pages in the shapes real ones have.
 */
class PastedPageTest {

    static final String STORY = "The Millbrook ferry will not sail for a week after a storm damaged its"
            + " landing stage, the operator said on Thursday. Engineers expect the repairs to take several days.\n\n"
            + "A replacement bus will run every hour between the two piers, and passengers with tickets can claim"
            + " a refund at the harbour office or online. The operator said the timetable would be posted online.\n\n"
            + "Shops near the landing stage said trade had already fallen, and the council said it would meet the"
            + " operator on Monday to discuss how the town could help the businesses that rely on the crossing.\n\n"
            + "Passengers who travel for work said the bus added an hour to each journey, and several asked whether"
            + " the operator would lend a second boat from its northern route while the stage was being rebuilt.\n";
    private static final String MENU = "Skip to content\nNews\nTravel Guides\nKitchen & Cooking\nContact Us\n"
            + "Sign in\n";

    private final TxtReader txt = new TxtReader();

    private ParsedArticle read(String text) throws ReadException {
        return txt.read(text.getBytes(StandardCharsets.UTF_8), "page.txt", Limits.DEFAULT);
    }

    @Test
    void aHeadlineThatTheBreadcrumbRepeatsWinsOverTheMenu() throws Exception {
        ParsedArticle a = read(MENU + "Home » Travel Guides » Ferry Crossings Worth the Wait\n"
                + "Ferry Crossings Worth the Wait\nA short guide to the slow way across\n\n" + STORY);
        assertThat(a.title()).isEqualTo("Ferry Crossings Worth the Wait");
    }

    @Test
    void theHeadlineNamesWhatTheStoryIsAboutAButtonLineBelowItDoesNot() throws Exception {
        ParsedArticle a = read("Home | News | Travel\nFerry Landing Stage Repairs Halt Millbrook Crossing\n"
                + "Book Your Free Consultation Today\n\n" + STORY);
        assertThat(a.title()).isEqualTo("Ferry Landing Stage Repairs Halt Millbrook Crossing");
    }

    @Test
    void aLowerCaseBylineBelowTheHeadlineIsNotAWrappedParagraph() throws Exception {
        ParsedArticle a = read(MENU + "Top Harbour Trends in 2025 and How to Follow Them\nby harborteam | Apr 21, 2025\n\n"
                + STORY);
        assertThat(a.title()).isEqualTo("Top Harbour Trends in 2025 and How to Follow Them");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 4, 21));
    }

    @Test
    void aLongHeadlineEndingInABracketWithABylineBelowIsNotProse() throws Exception {
        String title = "Fix It Friday: Four Readers Ask How To Arrange A Ferry Waiting Room (Including One Trick That Works)";
        ParsedArticle a = read(MENU + title + "\nBy Jane Doe\n\n" + STORY);
        assertThat(a.title()).isEqualTo(title);
        assertThat(a.author()).isEqualTo("Jane Doe");
    }

    @Test
    void aHeadlineWithItsDateLineMayStandAboveALongTableOfContents() throws Exception {
        StringBuilder toc = new StringBuilder("Table of Contents\n");
        for (int i = 1; i <= 16; i++) {
            toc.append("Crossing Number ").append(i).append('\n');
        }
        ParsedArticle a = read(MENU + "Eleven Ferry Crossings to Book for 2026\nUpdated: December 04, 2025\n"
                + toc + "\n" + STORY + "\n" + STORY); // a story of 150 words or more
        assertThat(a.title()).isEqualTo("Eleven Ferry Crossings to Book for 2026");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void aLongHeadlineThatMentionsANewsletterStillGivesWayToItsStandfirst() throws Exception {
        ParsedArticle a = read("Subscribe\nHow to write a weekly harbour newsletter with a small team\n"
                + "Five steps to build your own ferry news digest\nJane Doe\nNov 02, 2025\n\n" + STORY);
        assertThat(a.title()).isEqualTo("How to write a weekly harbour newsletter with a small team");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 11, 2));
    }

    @Test
    void aNameWithCredentialsIsACreditNotTheHeadline() throws Exception {
        ParsedArticle a = read(MENU + "5 Trends from the Harbour Meeting\nReport this article\nJane Doe, MS, RD, FAND\n"
                + "Published Jun 4, 2025\n\n" + STORY);
        assertThat(a.title()).isEqualTo("5 Trends from the Harbour Meeting");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Doe, MS, RD", "Jo Bloggs, PhD", "Ana Souza, MBA", "Jo Bloggs, Ph.D."})
    void credentialsAfterANameMakeACreditLine(String line) {
        assertThat(LineForms.credit(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baltimore, MD", "Hunt Valley, MD", "Washington, DC", "Ferry Crossings Worth the Wait"})
    void aPlaceWithItsStateIsNotACreditLine(String line) {
        assertThat(LineForms.credit(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Learn More Apply Today", "Shop Our Deals Today", "Sign up today for deals"})
    void buttonsThatSayTodayAreNotDateLines(String line) {
        assertThat(LineForms.dateLine(line, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated: 3 hours ago", "Today", "2 days ago", "Posted yesterday"})
    void relativeDateLinesAreDateLinesWithoutADate(String line) {
        LineForms.DateLine d = LineForms.dateLine(line, null);
        assertThat(d).isNotNull();
        assertThat(d.dates()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By Jane Doe | Updated on 19-Dec-2025;2025-12-19", "7 min readDec 30, 2013;2013-12-30",
        "Published 09:41 IST, March 3rd 2022;2022-03-03", "October 5, 2021;2021-10-05"})
    void dateLinesOfCopiedPages(String line, String iso) throws Exception {
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\n" + line + "\n\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.parse(iso));
    }

    @Test
    void aDateLineBelowTheStandfirstAndItsCreditLinesBelongsToTheHead() throws Exception {
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\n"
                + "Passengers face a week without the crossing while engineers rebuild the damaged landing stage.\n"
                + "Share on Facebook\nShare on X\nEmail\nWritten by Jane Doe\nReviewed by John Roe\n"
                + "March 3, 2022\n6 min read\n\n" + STORY + "\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aPostedByLineAtTheFootOfThePageDatesIt() throws Exception {
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\n\n" + STORY + "\nComments\n"
                + "Posted by Jane Doe-Roberts on 2022-03-03 in ferries. Tags: harbour, storms, travel.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aPostedOnLineGoingOnWithALongListOfCategoriesIsADateLine() throws Exception {
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\n"
                + "Posted on March 3, 2022March 5, 2022 in Harbour News, Ferries, Storms, Travel, Local Business,"
                + " Council Meetings, Weather Warnings, Coastal Towns, Public Transport, Engineering Works, Harbour Life,"
                + " Island Ferries, Shops and Markets\n\n"
                + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aLinkToASocialNetworkIsNotTheArticlesAddress() throws Exception {
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\nOctober 5, 2021\n\n" + STORY
                + "\nhttps://www.facebook.com/harborweekly\nhttps://harborweekly.example/ferry-closed\n");
        assertThat(a.url()).isEqualTo("https://harborweekly.example/ferry-closed");
        assertThat(a.outlet()).isEqualTo("harborweekly.example");
    }

    @Test
    void theDateAboveThePagesFirstStoryWinsOverARelatedPostsHeadBelowIt() throws Exception {
        ParsedArticle a = read("storm closes the Millbrook ferry\nMarch 3, 2022\n\n" + STORY + "\n" + STORY
                + "\nRelated Posts\nA second ferry returns to the northern route\n"
                + "A second ferry returns to the northern route\nJane DoeApril 9, 2023\n" + STORY + "\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aBylineClosingTheStandfirstDatesThePageAndOnlyItIsFurniture() throws Exception {
        String standfirst = "The operator wants to rebuild the landing stage before the summer crossings begin.";
        ParsedArticle a = read(MENU + "Storm closes the Millbrook ferry\n" + standfirst
                + " By Jane Doe on Mar. 3, 2022\n\n" + STORY + "\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(a.furniture().stream().map(s -> s.of(a.text())).toList()).contains("By Jane Doe on Mar. 3, 2022")
                .noneMatch(f -> f.contains(standfirst));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe\nMarch 3, 2022", "Jane Doe | March 3, 2022",
        "March 3, 2022\nShare\nCopy Link\nFacebook\nBy Jane Doe", "March 3, 2022 · 6 min read · Jane Doe"})
    void aBylinesDateAboveATableOfContentsDatesTheStory(String credit) throws Exception {
        StringBuilder contents = new StringBuilder();
        for (int part = 1; part <= 20; part++) {
            contents.append("Part ").append(part).append(" of the guide\n");
        }
        ParsedArticle a = read("storm closes the Millbrook ferry\n" + credit + "\n" + contents + "\n"
                + STORY + "\n" + STORY);
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 3, 3));
    }

    @Test
    void anAuthorsNameThenTheDateThenTheStorysTagsIsADateLine() {
        LineForms.DateLine d = LineForms.dateLine("Jane Doe 3 March 2022 Ferry timetables, Harbour news, Storm basics", null);
        assertThat(d).isNotNull();
        assertThat(d.dates()).extracting(LineForms.Dated::date).containsExactly(LocalDate.of(2022, 3, 3));
        assertThat(LineForms.dateLine("Jane Doe 3 March 2022 said the ferry would return, if repairs allow", null))
                .isNull();
    }

    @Test
    void dayMonthYearWithDashes() {
        assertThat(Dates.parse("19-Dec-2025")).isEqualTo(LocalDate.of(2025, 12, 19));
        assertThat(Dates.parse("3-March-2022")).isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(Dates.parse("19-Dez-2025")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbor Weekly", "Harbor Weekly logo"})
    void theSiteNameOnAFirstLineIsTheOutletWhenTheTextNamesItAgain(String logo) throws Exception {
        ParsedArticle a = read("Skip to content\n" + logo + "\nNews\nSign in\nStorm closes the Millbrook ferry\n"
                + "October 5, 2021\n\n" + STORY + "\nSubscribe to Harbor Weekly for the news of the coast.\n"
                + "Every story of Harbor Weekly is written by our own reporters.\n© 2021 Coastline Media Group\n");
        assertThat(a.outlet()).isEqualTo("Harbor Weekly");
    }

    /**
     * A topic the story discusses is not the outlet, even in a line that is "about" it, that says "our" or that
     * names what powers it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"The report on Ferry Safety was published in May.",
        "Read everything about Ferry Safety in one guide", "Our top picks of the best Ferry Safety gear",
        "The new Ferry Safety app is powered by a tide model."})
    void aTopicTheStoryDiscussesIsNotTheOutlet(String line) throws Exception {
        ParsedArticle a = read("Skip to content\nFerry Safety\nNews\nStorm closes the Millbrook ferry\n"
                + "October 5, 2021\n\n" + STORY + "\n" + line + "\nInspectors said Ferry Safety rules were followed.\n");
        assertThat(a.outlet()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Design", "Top 10 Ferries"})
    void aMenuEntryOnAFirstLineIsNotTheOutlet(String first) throws Exception {
        ParsedArticle a = read(first + "\nNews\nStorm closes the Millbrook ferry\nOctober 5, 2021\n\n" + STORY
                + "\nOur " + first + " team writes about " + first + " every week.\nMore " + first
                + " stories from the " + first + " desk are below.\n");
        assertThat(a.outlet()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Copyright © 2025 HarborWeek ®, a Coastline Media Publication. All Rights Reserved.|HarborWeek",
        "© 2025 Harbor Weekly, part of Coastline Media|Harbor Weekly", "© 2023 Reuters|Reuters",
        "Copyright 2023, Example.com|Example.com"})
    void copyrightLinesNameTheHolderWithoutItsOwner(String line, String holder) {
        assertThat(LineForms.copyright(line)).isEqualTo(holder);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Copyright 2022. Harbor Insider. Built by Example Studio.;Harbor Insider",
        "© 2025 HWN, All Rights Reserved.;HWN", "©2025 98 Harbor Social. All rights reserved.;98 Harbor Social",
        "© 2026 Adventures with Pip LLC | All Rights Reserved | Privacy Policy;Adventures with Pip",
        "© 2026 HarborWeekPrivacyTerms;HarborWeek", "© HarborWeek About Terms Privacy;HarborWeek",
        "© HarborWeek or its affiliates | Patent Pending;HarborWeek",
        "© Copyright 1995 - 2026 Harbor.org a Coastline Media Company|Terms;Harbor.org",
        "© 2025 Harbor Notes · Powered by Example;Harbor Notes",
        "© Copyrights 2020 by Harbor Business - All rights reserved.;Harbor Business",
        "Copyright © 2026 -The Harbor Expo | All Rights Reserved;The Harbor Expo",
        "HWN © All rights reserved. – Read our legal stuff;HWN", "© 2025 St. Kilda Harbor Press;St. Kilda Harbor Press",
        "© All rights reserved. • HarborWeek;HarborWeek", "© Harbor Lab / Photo J. Roe;Harbor Lab",
        "Privacy Policy | Copyright © 2025;''", "Copyright © 2026 Harbor Baking Company, Inc. All rights reserved.;Harbor Baking",
        "© 2026 Harbor Health Publishing® of the Harbor Trust;Harbor Health"})
    void copyrightLinesOfCopiedFooters(String line, String holder) {
        assertThat(LineForms.copyright(line)).isEqualTo(holder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share this article", "Share", "Facebook Twitter LinkedIn Email", "Print this page",
        "Sign up for our newsletter", "Subscribe to the Harbor newsletter.", "Share on Facebook | X | Email",
        "Follow us on Instagram and Threads"})
    void shareAndNewsletterLinesAreControls(String line) {
        assertThat(LineForms.control(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Readers shared the story widely on Facebook.", "Print newspapers are closing",
        "The newsletter, which has 2,000 readers, said the ferry would return."})
    void sentencesAboutSharingAreNotControls(String line) {
        assertThat(LineForms.control(line)).isFalse();
    }

    @Test
    void theLinesOfAWholePageStayInTheTextAndTheFurnitureIsMarked() throws Exception {
        String text = MENU + "Ferry Crossings Worth the Wait\nBy Jane Doe, Harbor Wire\nOctober 5, 2021\n\n"
                + "MILLBROOK (Harbor Wire) - " + STORY + "\nShare this article\n© 2021 Harbor Wire\n";
        ParsedArticle a = read(text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.outlet()).isEqualTo("Harbor Wire");
        assertThat(a.furniture().stream().map(s -> s.of(a.text())).toList()).contains(
                "Ferry Crossings Worth the Wait", "By Jane Doe, Harbor Wire", "October 5, 2021",
                "MILLBROOK (Harbor Wire) -", "Share this article", "© 2021 Harbor Wire");
    }
}
