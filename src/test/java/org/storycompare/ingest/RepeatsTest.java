package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a page repeats its headline ({@link Repeats}): the title stands on line 10 of an invented page. */
class RepeatsTest {

    private static final String TITLE = "Ferry Crossings Worth the Wait";

    private static boolean repeats(String other, int at) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("Filler line number " + i);
        }
        lines.set(10, TITLE);
        lines.set(at, other);
        return new Repeats(lines.toArray(String[]::new)).at(10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ferry crossings worth the wait; 14; true",
        "Ferry Crossings Worth the Wait; 25; false",
        "Ferry Crossings Worth the Wait; 1; true",
        "Home » Guides » Ferry Crossings Worth the Wait; 25; true",
        "3 Comments on Ferry Crossings Worth the Wait; 28; true",
        "HomeGuidesFerry Crossings Worth the Wait; 2; true",
        "Ferry Crossings Wor...; 20; true",
        "Ferry Cr...; 20; false",
        "We love Ferry Crossings Worth the Wait; 11; false",
        "Ferry Crossings Worth the Wait Again; 11; false"})
    void aTitleIsRepeatedNearItAtTheTopAfterABreadcrumbOrCutShort(String other, int at, boolean repeated) {
        assertThat(repeats(other, at)).isEqualTo(repeated);
    }

    @ParameterizedTest
    @CsvSource({"Home News", "Ferry Fares"})
    void aShortLineIsNeverCountedAsRepeated(String line) {
        assertThat(new Repeats(new String[] {line, line, line}).at(1)).isFalse();
    }
}
