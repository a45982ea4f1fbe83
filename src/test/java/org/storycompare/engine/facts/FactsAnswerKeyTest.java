package org.storycompare.engine.facts;

import org.storycompare.engine.facts.FactAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.storycompare.testutil.AnswerKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;

/**
 * Checks fact comparison against the answer key of the sample story: the {@code ## Facts} table of
 * articles/README.md (evacuation figure per file, publication dates) and its two planted conflicts.
 */
class FactsAnswerKeyTest {

    static Path dir;
    static List<Article> articles;
    static FactAnalysis analysis;

    record Row(String fact, String file, String value) {
    }

    @BeforeAll
    static void load() throws IOException {
        dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        assertThat(dir.resolve("README.md")).as("the sample story's answer key in articles/").exists();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("0[1-8]-.*")).sorted().toList();
        }
        LoadResult r = new ArticleLoader().load(files);
        assertThat(r.errors()).isEmpty();
        articles = r.articles();
        assertThat(articles).hasSize(8);
        analysis = new FactAnalyzer().analyse(articles, Cancellation.NEVER);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] c : AnswerKey.table(dir.resolve("README.md"), "## Facts")) {
            rows.add(new Row(c[0], c[1], c[2]));
        }
        return rows;
    }

    static String id(String file) {
        return articles.stream().filter(a -> a.meta().path().getFileName().toString().equals(file))
                .findFirst().orElseThrow().id();
    }

    @Test
    void everyRowOfTheKeyIsFound() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(10);
        Fact people = analysis.facts().stream().filter(f -> f.subject().equals("people")).findFirst().orElseThrow();
        Fact dates = analysis.facts().stream().filter(f -> f.kind() == FactKind.PUBLICATION_DATE).findFirst()
                .orElseThrow();
        SoftAssertions soft = new SoftAssertions();
        for (Row r : rows) {
            Fact f = r.fact().equals("people evacuated") ? people : dates;
            String id = id(r.file());
            String text = articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
            List<FactMention> ms = f.mentions().stream().filter(m -> m.articleId().equals(id)).toList();
            soft.assertThat(ms).as(r.fact() + " in " + r.file()).hasSize(1);
            if (ms.size() == 1) {
                FactMention m = ms.get(0);
                soft.assertThat(m.text()).as(r.fact() + " in " + r.file()).isEqualTo(r.value());
                if (m.at() != null) {
                    soft.assertThat(m.at().of(text)).isEqualTo(m.text());
                }
            }
        }
        soft.assertAll();
    }

    /**
     * The key's "## Time mentions that are not facts to compare": "three weeks ago" belongs to no fact, and a
     * duration since an event is never in a conflict nor grouped with another source's mention.
     */
    @Test
    void durationsAndTimesAgoAreNotComparedAsOneFact() throws IOException {
        List<String[]> rows = AnswerKey.table(dir.resolve("README.md"), "## Time mentions that are not facts to compare");
        assertThat(rows).hasSize(3);
        SoftAssertions soft = new SoftAssertions();
        for (String[] row : rows) {
            String id = id(row[0]);
            String text = articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
            int at = text.indexOf(row[1]);
            soft.assertThat(at).as(row[1]).isGreaterThanOrEqualTo(0);
            soft.assertThat(text.indexOf(row[1], at + 1)).as(row[1] + " once").isNegative();
            org.storycompare.engine.model.Span snippet = new org.storycompare.engine.model.Span(at, at + row[1].length());
            List<Fact> holding = analysis.facts().stream().filter(f -> f.mentions().stream()
                    .anyMatch(m -> m.articleId().equals(id) && m.at() != null && snippet.overlaps(m.at()))).toList();
            soft.assertThat(holding).as("facts holding " + row[1]).noneMatch(Fact::conflict);
            switch (row[2]) {
                case "ago" -> soft.assertThat(holding).as("facts holding " + row[1]).isEmpty();
                case "duration since an event" -> soft.assertThat(holding).as("facts holding " + row[1])
                        .allSatisfy(f -> assertThat(f.mentions()).allMatch(m -> m.articleId().equals(id)));
                default -> soft.assertThat(holding).as("facts holding " + row[1]).hasSize(1);
            }
        }
        soft.assertAll();
    }

    @Test
    void thePlantedConflictsAndNoOthersAreReported() {
        List<Fact> conflicts = analysis.conflicts();
        assertThat(conflicts).extracting(Fact::subject).containsExactly("publication date", "people");
        assertThat(conflicts.get(0).outliers()).containsExactly(id("03-spun-dailypulse.txt"));
        assertThat(conflicts.get(1).outliers()).containsExactly(id("06-independent-valleypost.md"));
        FactMention indie = conflicts.get(1).mentions().stream()
                .filter(m -> m.articleId().equals(id("06-independent-valleypost.md"))).findFirst().orElseThrow();
        assertThat(indie.value()).isEqualTo("180");
        assertThat(indie.approximate()).isTrue();
        assertThat(conflicts.get(1).keywords()).contains("evacuation");
        // keywords are words other mentions share: the two unrelated "Five things" teasers share none
        assertThat(analysis.facts()).filteredOn(f -> f.subject().equals("things")).hasSize(1)
                .allSatisfy(f -> assertThat(f.keywords()).isEmpty());
        // the facts all versions agree on are still found, e.g. the sinkhole's width
        assertThat(analysis.facts()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("metres");
            assertThat(f.mentions()).hasSize(7).allSatisfy(m -> assertThat(m.value()).isEqualTo("12"));
            assertThat(f.conflict()).isFalse();
        });
    }
}
