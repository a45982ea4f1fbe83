package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateMentionsTest {

    @Test
    void everyDateOfALineWithItsRange() {
        String s = "Published March 3rd 2022, updated 2022-03-05 at 10:00";
        List<Dates.Mention> ms = Dates.mentions(s);
        assertThat(ms).extracting(Dates.Mention::date)
                .containsExactly(LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 5));
        assertThat(s.substring(ms.get(0).start(), ms.get(0).end())).isEqualTo("March 3rd 2022");
        assertThat(s.substring(ms.get(1).start(), ms.get(1).end())).isEqualTo("2022-03-05");
    }

    @Test
    void overlappingFormsGiveOneMentionAndDatesWithoutAYearNone() {
        assertThat(Dates.mentions("Thu, 03 Mar 2022 10:00:00 GMT")).hasSize(1);
        assertThat(Dates.mentions("WASHINGTON, March 3 (AP)")).isEmpty();
        assertThat(Dates.mentions("03/04/2022")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated: 3 hours ago", "2 days ago", "Posted yesterday", "an hour ago", "5m ago"})
    void relativeDates(String s) {
        assertThat(Dates.isRelative(s)).isTrue();
        assertThat(Dates.parse(s)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"March 3, 2022", "Agony of the ages", "3 hours of talks"})
    void notRelative(String s) {
        assertThat(Dates.isRelative(s)).isFalse();
    }
}
