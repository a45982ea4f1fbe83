package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

class ArticleJsonTest {

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
    void writeThenReadGivesTheSameArticle() throws Exception {
        Article a = new Article("gull-weekly.txt", "Line one \u201cquoted\u201d.\n\nLine two \u00e9\u00e8 \ud83d\ude00.\n",
                new ArticleMeta("Gull Weekly", "Title \"x\"", "A. Writer", LocalDate.of(2023, 7, 20),
                        "https://gull.test/a", "en", Path.of("gull-weekly.txt"), "txt"));
        String json = ArticleJson.write(a);
        assertThat(json).contains("\"format\" : \"storycompare-article/1\"");
        Article back = ArticleJson.read(json, Path.of("x.json"));
        assertThat(back.id()).isEqualTo(a.id());
        assertThat(back.text()).isEqualTo(a.text());
        assertThat(back.meta()).isEqualTo(new ArticleMeta("Gull Weekly", "Title \"x\"", "A. Writer",
                LocalDate.of(2023, 7, 20), "https://gull.test/a", "en", Path.of("x.json"), "json"));
    }

    @Test
    void missingFieldsStayNull() throws Exception {
        Article back = ArticleJson.read(ArticleJson.write(new Article("id1", "Text only.", null)), null);
        assertThat(back.meta().outlet()).isNull();
        assertThat(back.meta().published()).isNull();
        assertThat(back.text()).isEqualTo("Text only.");
    }

    @Test
    void otherJsonIsRefused() {
        assertThatThrownBy(() -> ArticleJson.read("{\"text\":\"x\"}", null)).isInstanceOf(ReadException.class)
                .hasMessageContaining("\"format\" must be");
        assertThatThrownBy(() -> ArticleJson.read("[1,2]", null)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not a StoryCompare article");
        assertThatThrownBy(() -> ArticleJson.read("{\"format\":\"storycompare-article/1\",\"text\":\"\"}", null))
                .isInstanceOf(ReadException.class).hasMessageContaining("no \"text\"");
        assertThatThrownBy(() -> ArticleJson.read("{\"format\":", null)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ArticleJson.read(
                "{\"format\":\"storycompare-article/1\",\"text\":\"t\",\"published\":\"someday\"}", null))
                .isInstanceOf(ReadException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> ArticleJson.read("[".repeat(5000), null)).isInstanceOf(ReadException.class);
    }
}
