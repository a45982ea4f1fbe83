package org.storycompare.engine.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;
import org.storycompare.testutil.AnswerKey;

/**
 * The sample story's credits against its answer key (articles/README.md, {@code ## Credits}): every row found with
 * its name, kind, cue and text; the agency and outlet credits complete; no person credited.
 */
class CreditsAnswerKeyTest {

    static Map<String, Article> byFile = new TreeMap<>();
    static CreditAnalysis credits;

    record Row(String file, String name, String kind, String cue, String text) {
    }

    @BeforeAll
    static void load() {
        LoadResult r = new ArticleLoader().load(List.of(AnswerKey.dir()));
        assertThat(r.errors()).isEmpty();
        r.articles().forEach(a -> byFile.put(a.meta().path().getFileName().toString(), a));
        assertThat(byFile).hasSize(8);
        credits = new CreditFinder().find(r.articles(), Cancellation.NEVER);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String[] c : AnswerKey.table(AnswerKey.dir().resolve("README.md"), "## Credits")) {
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4]));
        }
        return rows;
    }

    /** From the start of the cue to the end of the name, whichever comes first: what the window highlights. */
    static String text(Attribution a, String articleText) {
        int s = Math.min(a.range().start(), a.cueRange().start());
        int e = Math.max(a.range().end(), a.cueRange().end());
        return new Span(s, e).of(articleText).strip();
    }

    @Test
    void everyCreditOfTheKeyIsFound() {
        List<Row> rows = rows();
        assertThat(rows).hasSize(14);
        SoftAssertions soft = new SoftAssertions();
        for (Row r : rows) {
            Article a = byFile.get(r.file());
            long expected = rows.stream().filter(r::equals).count();
            List<Attribution> found = credits.of(a.id()).stream().filter(c -> c.name().equals(r.name())
                    && c.cue().equals(r.cue())).toList();
            soft.assertThat(found).as("%s credits %s (%s)", r.file(), r.name(), r.cue()).hasSize((int) expected);
            for (Attribution c : found) {
                soft.assertThat(c.kind().id()).as("kind of %s in %s", r.name(), r.file()).isEqualTo(r.kind());
                soft.assertThat(c.range().of(a.text())).isEqualTo(r.name());
                soft.assertThat(text(c, a.text())).as("text of %s in %s", r.name(), r.file()).isEqualTo(r.text());
            }
        }
        soft.assertAll();
    }

    @Test
    void agencyAndOutletCreditsAreCompleteAndNoPersonIsCredited() {
        List<String> key = rows().stream().filter(r -> r.kind().equals("agency") || r.kind().equals("outlet"))
                .map(r -> r.file() + " " + r.name() + " " + r.cue()).sorted().toList();
        List<String> found = new ArrayList<>();
        byFile.forEach((file, a) -> credits.of(a.id()).stream()
                .filter(c -> c.kind() == CreditKind.AGENCY || c.kind() == CreditKind.OUTLET)
                .forEach(c -> found.add(file + " " + c.name() + " " + c.cue())));
        assertThat(found.stream().sorted().toList()).isEqualTo(key);
        assertThat(credits.all()).noneMatch(c -> c.kind() == CreditKind.PERSON);
        assertThat(credits.of(byFile.get("07-web-lenfoldecho.html").id())).isEmpty();
    }
}
