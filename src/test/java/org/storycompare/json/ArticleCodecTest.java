package org.storycompare.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;

class ArticleCodecTest {

    @Test
    void writeThenReadGivesTheSameArticle() throws Exception {
        Article a = new Article("gull-weekly.txt", "Line one \u201cquoted\u201d.\n\nLine two \u00e9\u00e8 \ud83d\ude00.\n",
                new ArticleMeta("Gull Weekly", "Title \"x\"", "A. Writer", LocalDate.of(2023, 7, 20),
                        "https://gull.test/a", "en", Path.of("gull-weekly.txt"), "txt"));
        String json = ArticleCodec.write(a);
        assertThat(json).contains("\"format\" : \"storycompare-article/1\"");
        Article back = ArticleCodec.read(json, Path.of("x.json"));
        assertThat(back.id()).isEqualTo(a.id());
        assertThat(back.text()).isEqualTo(a.text());
        assertThat(back.meta()).isEqualTo(new ArticleMeta("Gull Weekly", "Title \"x\"", "A. Writer",
                LocalDate.of(2023, 7, 20), "https://gull.test/a", "en", Path.of("x.json"), "json"));
    }

    @Test
    void missingFieldsStayNull() throws Exception {
        Article back = ArticleCodec.read(ArticleCodec.write(new Article("id1", "Text only.", null)), null);
        assertThat(back.meta().outlet()).isNull();
        assertThat(back.meta().published()).isNull();
        assertThat(back.text()).isEqualTo("Text only.");
    }

    @Test
    void otherJsonIsRefused() {
        assertThatThrownBy(() -> ArticleCodec.read("{\"text\":\"x\"}", null)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("\"format\" must be");
        assertThatThrownBy(() -> ArticleCodec.read("[1,2]", null)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("not a StoryCompare article");
        assertThatThrownBy(() -> ArticleCodec.read("{\"format\":\"storycompare-article/1\",\"text\":\"\"}", null))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("no \"text\"");
        assertThatThrownBy(() -> ArticleCodec.read("{\"format\":", null)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ArticleCodec.read(
                "{\"format\":\"storycompare-article/1\",\"text\":\"t\",\"published\":\"someday\"}", null))
                .isInstanceOf(JsonFormatException.class).hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> ArticleCodec.read("[".repeat(5000), null)).isInstanceOf(JsonFormatException.class);
    }
}
