package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.ingest.LoadError;

/** Text from files reaches the window's rows without control characters (issue 15, item 7). */
class SourceRowTextTest {

    @Test
    void namesAndTitlesFromFilesShowControlCharactersAsVisibleEscapes() {
        Article a = new Article("a", "Text.", new ArticleMeta("Evil\u001b[31mRed", "Title\u202Egnp.exe", null, null,
                null, null, null, "txt"));
        SourceRow row = SourceRow.of(a, 0);
        assertThat(row.label()).doesNotContain("\u001b").contains("Evil").contains("[31mRed");
        assertThat(row.title().orElseThrow()).doesNotContain("\u202E").startsWith("Title");
        SourceRow failed = SourceRow.failed(new LoadError(Path.of("bad\u0007name.pdf"), "damaged"));
        assertThat(failed.label()).doesNotContain("\u0007").startsWith("bad").endsWith("name.pdf");
    }
}
