package org.storycompare.engine.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;
import org.storycompare.testutil.AnswerKey;

/**
 * The sample story's family tree, as its answer key (articles/README.md, "Independent report") states it:
 * 02, 03, 04, 07 and 08 are derived from the wire 01, 05 summarises it, 06 is independent (shares only quotes),
 * and 03's publication date (a year early) is set aside.
 */
class ProvenanceAnswerKeyTest {

    @Test
    void sampleStoryFamilyTree() {
        Path dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        LoadResult loaded = new ArticleLoader().load(List.of(dir));
        assertThat(loaded.articles()).hasSize(8);
        StoryEngine engine = new StoryEngine(CompareOptions.DEFAULTS);
        Provenance p = engine.analyse(loaded.articles(), ProgressListener.NONE, Cancellation.NEVER).provenance();

        String wire = id(loaded, "01-");
        assertThat(p.roles().get(wire)).isEqualTo(Provenance.Role.ORIGINAL);
        assertThat(p.sourceOf(wire)).isEmpty();
        for (String derived : List.of("02-", "03-", "04-", "07-", "08-")) {
            ProvenanceLink link = p.sourceOf(id(loaded, derived)).orElseThrow();
            assertThat(link.source()).as("source of %s", derived).isEqualTo(wire);
            assertThat(link.kind()).as("kind of %s", derived).isEqualTo("copy");
        }
        ProvenanceLink summary = p.sourceOf(id(loaded, "05-")).orElseThrow();
        assertThat(summary.source()).isEqualTo(wire);
        assertThat(summary.kind()).isEqualTo("partial");
        assertThat(p.roles().get(id(loaded, "06-"))).isEqualTo(Provenance.Role.INDEPENDENT);
        // the roles come in the comparison's order (reports list them so; they must not change from run to run)
        assertThat(p.roles().keySet()).containsExactlyElementsOf(loaded.articles().stream().map(a -> a.id()).toList());
        assertThat(p.notes()).singleElement().satisfies(n -> assertThat(n.articleId()).isEqualTo(id(loaded, "03-")));

        // the key's "## Provenance" table: source, kind and whether the reuse is credited (NPA datelines, "according to")
        List<String[]> rows = AnswerKey.table(dir.resolve("README.md"), "## Provenance");
        assertThat(rows).hasSize(6);
        SoftAssertions soft = new SoftAssertions();
        for (String[] row : rows) {
            ProvenanceLink link = p.sourceOf(id(loaded, row[0].substring(0, 3))).orElseThrow();
            soft.assertThat(link.source()).as("source of %s", row[0]).isEqualTo(id(loaded, row[1].substring(0, 3)));
            soft.assertThat(link.kind()).as("kind of %s", row[0]).isEqualTo(row[2]);
            soft.assertThat(link.credit()).as("credit of %s", row[0]).isEqualTo(row[3]);
            soft.assertThat(link.directed()).as("direction of %s", row[0]).isTrue();
        }
        soft.assertAll();
    }

    private static String id(LoadResult r, String prefix) {
        return r.articles().stream().map(a -> a.id()).filter(i -> i.startsWith(prefix)).findFirst().orElseThrow();
    }
}
