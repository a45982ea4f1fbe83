package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesAndLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"July 20th 2023", "20 July 2023", "2023-07-20", "Updated 12:07 IST, July 20th 2023",
            "2023-07-20T23:30:00-05:00", "2023-07-20T08:15:00Z", "Thu, 20 Jul 2023 10:00:00 GMT", "Jul. 20, 2023",
            "20.07.2023", "2023/07/20", "20/07/2023", "the 20th of July, 2023", "Published: July 20, 2023 at 9am"})
    void parsesTheUsualForms(String text) {
        assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2023, 7, 20));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"April 18, 2024|2024-04-18", "Sept 3 2022|2022-09-03",
            "1 December 2021, updated 2 December 2021|2021-12-01"})
    void parsesOtherDates(String text, String iso) {
        assertThat(Dates.parse(text)).isEqualTo(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "03/04/2023", "2023-02-30", "February 30, 2023", "room 12 of 2000"})
    void refusesWhatIsNotADate(String text) {
        assertThat(Dates.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|The council said that the bridge would reopen in March, and the mayor was pleased with the work of the engineers.",
        "de|Der Rat sagte, dass die Brücke im März wieder geöffnet wird, und der Bürgermeister ist mit der Arbeit der Ingenieure zufrieden.",
        "fr|Le conseil a dit que le pont sera rouvert en mars, et le maire est satisfait du travail des ingénieurs dans la ville.",
        "es|El consejo dijo que el puente se abrirá en marzo, y el alcalde está contento con el trabajo de los ingenieros según la nota.",
        "it|Il consiglio ha detto che il ponte sarà riaperto a marzo, e il sindaco è soddisfatto del lavoro degli ingegneri della città.",
        "nl|De raad zei dat de brug in maart weer opengaat, en de burgemeester is tevreden met het werk van de ingenieurs volgens het bericht.",
        "pt|O conselho disse que a ponte será reaberta em março, e o prefeito está satisfeito com o trabalho dos engenheiros da cidade."})
    void guessesTheLanguage(String lang, String text) {
        assertThat(LanguageGuess.guess(text)).isEqualTo(lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Millbrook 2024", "12345 67890 !!!"})
    void noGuessForTooLittleText(String text) {
        assertThat(LanguageGuess.guess(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"en-GB,en", "EN,en", "pt_BR,pt", "de,de"})
    void normalisesLanguageTags(String tag, String code) {
        assertThat(LanguageGuess.normalise(tag)).isEqualTo(code);
    }
}
