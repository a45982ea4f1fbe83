package org.storycompare.engine.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.storycompare.testutil.AnswerKey;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.ArticleLoader;

/**
 * The furniture of the sample story, as its answer key lists it (articles/README.md, "Boilerplate"), is found;
 * no story text that the key quotes (the "Shared passages" snippets) is taken for furniture.
 */
class BoilerplateAnswerKeyTest {

    static final Map<String, Article> ARTICLES = new HashMap<>();
    static final Map<String, List<Span>> FOUND = new HashMap<>();
    static Path README;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        README = dir.resolve("README.md");
        for (Article a : new ArticleLoader().load(List.of(dir)).articles()) {
            String file = a.meta().path().getFileName().toString();
            ARTICLES.put(file, a);
            FOUND.put(file, new BoilerplateFinder().find(a.text()));
        }
        assertThat(ARTICLES).hasSize(8);
    }

    static boolean inside(List<Span> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.start() <= start && end <= s.end());
    }

    static boolean overlaps(List<Span> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.start() < end && start < s.end());
    }

    @Test
    void everyListedPieceOfFurnitureIsFound() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String[] row : AnswerKey.table(README, "## Boilerplate")) {
            String file = row[0];
            String snippet = row[1];
            String text = ARTICLES.get(file).text();
            int at = text.indexOf(snippet);
            if (file.startsWith("07-")) {
                soft.assertThat(at).as("the HTML reader drops %s", snippet).isNegative();
                continue;
            }
            soft.assertThat(at).as("%s in %s", snippet, file).isNotNegative();
            if (at >= 0) {
                soft.assertThat(inside(FOUND.get(file), at, at + snippet.length())).as("%s: %s", file, snippet).isTrue();
                checked++;
            }
        }
        soft.assertAll();
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void shortFurnitureIsFoundToo() {
        assertThat(lines("02-rewrite-courier.md", "Advertisement")).isEqualTo(1);
        assertThat(lines("03-spun-dailypulse.txt", "Advertisement")).isEqualTo(1);
        assertThat(lines("04-repeated-herald.txt", "Advertisement")).isEqualTo(1);
        assertThat(lines("08-syndicated-greyfell.txt", "Advertisement")).isEqualTo(2);
        assertThat(lines("03-spun-dailypulse.txt", "Leave a comment")).isEqualTo(1);
        assertThat(lines("03-spun-dailypulse.txt", "2 Comments")).isEqualTo(1);
        assertThat(lines("08-syndicated-greyfell.txt", "Home > News > Valley")).isEqualTo(1);
    }

    /** How many found ranges are exactly {@code line}. */
    static long lines(String file, String line) {
        String text = ARTICLES.get(file).text();
        return FOUND.get(file).stream().filter(s -> s.of(text).equals(line)).count();
    }

    @Test
    void storyTextIsNeverTakenForFurniture() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (String[] row : AnswerKey.table(README, "## Shared passages")) {
            for (int side = 0; side < 2; side++) {
                String file = row[1 + 2 * side];
                String snippet = row[2 + 2 * side];
                Article a = ARTICLES.get(file);
                int at = a == null ? -1 : a.text().indexOf(snippet);
                if (at >= 0) {
                    soft.assertThat(overlaps(FOUND.get(file), at, at + snippet.length())).as("%s: %s", file, snippet)
                            .isFalse();
                    checked++;
                }
            }
        }
        soft.assertAll();
        assertThat(checked).isGreaterThan(40);
        assertThat(FOUND.get("01-wire-original.txt")).as("the wire has no furniture").isEmpty();
    }
}
