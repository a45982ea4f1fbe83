package org.storycompare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.vm.AnalysisEngine;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.ingest.ArticleLoader;

/** The window's export and workspace save refuse to write over an article being compared. */
class ReportActionsTest {

    @TempDir
    Path dir;

    @Test
    void anArticleFileOrALinkToItIsNeverATarget() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "The ferry to Selby Cove stops on Friday, the board said.");
        Files.writeString(dir.resolve("b.txt"), "The Selby Cove ferry will stop on Friday, the harbour board said.");
        MainViewModel model = new MainViewModel(AnalysisEngine.STORY_ENGINE, null, Runnable::run, Runnable::run,
                Runnable::run);
        model.setLoaded(new ArticleLoader().load(List.of(dir)));

        assertThat(ReportActions.refused(model, a)).isTrue();
        assertThat(model.statusModel().errorProperty().get()).contains("a.txt").contains("Choose another file name");
        Path link = Files.createSymbolicLink(dir.resolve("report.html"), a);
        assertThat(ReportActions.refused(model, link)).isTrue();
        model.statusModel().dismissError();
        assertThat(ReportActions.refused(model, dir.resolve("elsewhere.html"))).isFalse();
        assertThat(model.statusModel().errorProperty().get()).isEmpty();
        assertThat(Files.readString(a)).startsWith("The ferry");
    }
}
