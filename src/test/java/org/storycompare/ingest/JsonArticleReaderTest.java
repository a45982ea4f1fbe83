package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Our own article export read back as an article file. */
class JsonArticleReaderTest {

    @Test
    void readsTheExportFixture() throws Exception {
        ParsedArticle p = new JsonArticleReader().read(Fixtures.bytes("article-export.json"), "a.json", Limits.DEFAULT);
        assertThat(p.id()).isEqualTo("coastline-courier");
        assertThat(p.text()).isEqualTo("The footbridge reopened on Monday.\n\n"
                + "The mayor said the river would not divide the town again.");
        assertThat(p.outlet()).isEqualTo("Coastline Courier");
        assertThat(p.title()).isEqualTo("Footbridge reopens");
        assertThat(p.author()).isEqualTo("Tomas Reyes");
        assertThat(p.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(p.url()).isEqualTo("https://coastline-courier.test/bridge");
        assertThat(p.language()).isEqualTo("en");
    }

    @Test
    void aBadExportIsRefusedWithTheProblemInWords() {
        assertThatThrownBy(() -> new JsonArticleReader().read("{\"text\":\"x\"}".getBytes(), "a.json",
                Limits.DEFAULT)).isInstanceOf(ReadException.class).hasMessageContaining("\"format\" must be");
    }
}
