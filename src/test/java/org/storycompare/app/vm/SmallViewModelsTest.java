package org.storycompare.app.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.DirectoryPreferences;
import org.storycompare.app.Fixtures;
import org.storycompare.engine.model.CompareOptions;

/** Pair navigation, settings, recent files and text search, without a window. */
class SmallViewModelsTest {

    @Test
    void pairStepsThroughPassagesWrappingBothWays() {
        PairViewModel pair = new PairViewModel();
        pair.update(Fixtures.analysis(Fixtures.comparison(List.of(Fixtures.WIRE, Fixtures.POST), CompareOptions.DEFAULTS)),
                Fixtures.WIRE, Fixtures.POST);
        assertThat(pair.current()).isEqualTo(-1);
        assertThat(pair.next()).isTrue();
        assertThat(pair.current()).isZero();
        assertThat(pair.previous()).isTrue();
        assertThat(pair.current()).isEqualTo(2);
        assertThat(pair.next()).isTrue();
        assertThat(pair.current()).isZero();
        assertThat(pair.currentPassage().kind().id()).isEqualTo("edited");
        PassageRow moved = pair.rows().get(1);
        assertThat(moved.kind()).isEqualTo("exact · moved");
        assertThat(moved.words()).isEqualTo(6);
        assertThat(moved.rightSnippet()).isEqualTo("Residents were told to stay calm.");
    }

    @Test
    void pairFindsPassagesByOffsetOnEitherSide() {
        PairViewModel pair = new PairViewModel();
        pair.update(Fixtures.analysis(Fixtures.comparison(List.of(Fixtures.WIRE, Fixtures.POST), CompareOptions.DEFAULTS)),
                Fixtures.POST, Fixtures.WIRE);
        assertThat(pair.alignment().aId()).isEqualTo("post");
        assertThat(pair.passageAt(true, Fixtures.POST_TEXT.indexOf("horrifying")).getAsInt()).isEqualTo(2);
        assertThat(pair.passageAt(false, Fixtures.WIRE_TEXT.indexOf("inspected")).getAsInt()).isEqualTo(1);
        assertThat(pair.passageAt(true, Fixtures.POST_TEXT.indexOf("hotline"))).isEmpty();
        assertThat(pair.passageFrom(false, Fixtures.WIRE_TEXT.indexOf("Residents")).getAsInt()).isEqualTo(0);
        assertThat(pair.next()).isTrue();
        pair.update(null, Fixtures.POST, Fixtures.WIRE);
        assertThat(pair.next()).isFalse();
        assertThat(pair.current()).isEqualTo(-1);
    }

    @Test
    void snippetsAreOneLineAndShortened() {
        String text = "word ".repeat(40) + "\n\nend";
        String s = PassageRow.snippet(text, 0, text.length());
        assertThat(s).endsWith("…").doesNotContain("\n").hasSizeLessThanOrEqualTo(PassageRow.SNIPPET_CHARS).startsWith("word word");
        assertThat(PassageRow.snippet("a\n b", 0, 4)).isEqualTo("a b");
    }

    @Test
    void settingsPublishValidOptionsAndExplainInvalidOnes() {
        SettingsViewModel s = new SettingsViewModel();
        assertThat(s.options()).isEqualTo(CompareOptions.DEFAULTS);
        s.stemmingProperty().set(true);
        assertThat(s.options().stemming()).isTrue();
        s.minMatchWordsProperty().set(0);
        assertThat(s.problemProperty().get()).isEqualTo("minMatchWords must be at least 1");
        assertThat(s.options().minMatchWords()).isEqualTo(CompareOptions.DEFAULTS.minMatchWords());
        s.minMatchWordsProperty().set(3);
        assertThat(s.problemProperty().get()).isEmpty();
        assertThat(s.options().minMatchWords()).isEqualTo(3);
        s.resetToDefaults();
        assertThat(s.options()).isEqualTo(CompareOptions.DEFAULTS);
        assertThat(s.stemmingProperty().get()).isFalse();
    }

    @Test
    void recentFilesAreNewestFirstDeduplicatedCappedAndPersisted(@TempDir Path dir) throws Exception {
        // kept under the test's temporary folder: never in the real user's preferences
        Preferences node = DirectoryPreferences.root(dir).node("storycompare-test");
        try {
            RecentFiles r = new RecentFiles(node);
            assertThat(r.items()).as("one view, so a menu listening to it keeps following").isSameAs(r.items());
            for (int i = 0; i < 12; i++) {
                r.add(List.of(Path.of("/stories/a" + i + ".txt")));
            }
            r.add(List.of(Path.of("/stories/a5.txt")));
            assertThat(r.items()).hasSize(RecentFiles.MAX);
            assertThat(r.items().get(0)).isEqualTo(Path.of("/stories/a5.txt"));
            assertThat(r.items().get(1)).isEqualTo(Path.of("/stories/a11.txt"));
            assertThat(r.items()).doesNotContain(Path.of("/stories/a0.txt"));
            RecentFiles again = new RecentFiles(node);
            assertThat(again.items()).containsExactlyElementsOf(r.items());
            assertThat(again.remove(Path.of("/stories/a11.txt"))).isTrue();
            assertThat(again.remove(Path.of("/stories/a11.txt"))).isFalse();
            assertThat(new RecentFiles(node).items()).hasSize(RecentFiles.MAX - 1).doesNotContain(Path.of("/stories/a11.txt"));
            again.clear();
            assertThat(new RecentFiles(node).items()).isEmpty();
        } finally {
            node.removeNode();
        }
    }

    @Test
    void searchIgnoresCaseAndWraps() {
        List<Integer> hits = TextSearch.findAll("Dam, dam and DAM.", "dam");
        assertThat(hits).containsExactly(0, 5, 13);
        assertThat(TextSearch.nextFrom(hits, 6)).isEqualTo(2);
        assertThat(TextSearch.nextFrom(hits, 14)).isZero();
        assertThat(TextSearch.findAll("abc", "")).isEmpty();
        assertThat(TextSearch.nextFrom(List.of(), 0)).isEqualTo(-1);
    }
}
