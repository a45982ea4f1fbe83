package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;

/**
 * The sources list shows each source's place in who copied whom, worked out after the comparison (the real
 * engine on the bundled story, run at once): the wire original, its copies with the source named, the summary as
 * a partial copy, the independent report; and the roles are cleared while a new comparison runs.
 */
class SourceRolesTest {

    @Test
    void rowsCarryTheirRolesAfterTheComparison() {
        LoadResult loaded = new ArticleLoader().load(List.of(Path.of(System.getProperty("storycompare.articles", "articles"))));
        MainViewModel model = new MainViewModel(AnalysisEngine.STORY_ENGINE, null, Runnable::run, Runnable::run,
                Runnable::run);
        model.setLoaded(loaded);

        assertThat(model.analysis()).isNotNull();
        assertThat(role(model, "01-")).isEqualTo("original");
        for (String copy : List.of("02-", "03-", "04-", "07-", "08-")) {
            assertThat(role(model, copy)).as(copy).isEqualTo("copy of Northgate Press Agency");
        }
        assertThat(role(model, "05-")).isEqualTo("partial copy of Northgate Press Agency");
        assertThat(role(model, "06-")).isEqualTo("independent");
        // and whom each credits (the key's "Credits" table): the independent report two outlets, the wire nobody
        assertThat(row(model, "06-").credits()).anyMatch(c -> c.startsWith("Fenmoor News Agency (agency"))
                .anyMatch(c -> c.startsWith("Ashcombe Evening Star (outlet"));
        assertThat(row(model, "05-").credits()).anyMatch(c -> c.startsWith("Northgate Press Agency (agency, according to"));

        // leaving a copy out re-runs the comparison: the roles follow the new result, the left-out row has none
        SourceRow echo = row(model, "07-");
        echo.includedProperty().set(false);
        assertThat(echo.role()).isEmpty();
        assertThat(echo.credits()).isEmpty();
        assertThat(role(model, "01-")).isEqualTo("original");
    }

    private static String role(MainViewModel model, String prefix) {
        return row(model, prefix).role();
    }

    private static SourceRow row(MainViewModel model, String prefix) {
        return model.sources().stream().filter(r -> r.id().startsWith(prefix)).findFirst().orElseThrow();
    }
}
