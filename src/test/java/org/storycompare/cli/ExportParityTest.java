package org.storycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.app.vm.AnalysisEngine;
import org.storycompare.app.vm.MainViewModel;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.report.PairSelection;
import org.storycompare.report.ReportFormat;
import picocli.CommandLine;

/** The same files exported from the window's code path and from the command line give the same JSON. */
class ExportParityTest {

    @TempDir
    Path dir;

    @Test
    void windowAndCommandLineWriteTheSameJsonApartFromTheTime() throws Exception {
        Path articles = Path.of(System.getProperty("storycompare.articles", "articles"));
        Path cliOut = dir.resolve("cli.json");
        int code = Cli.run(CommandLine.defaultFactory(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), "compare", articles.toString(), "--out", cliOut.toString());
        assertThat(code).isZero();

        // the window: load, analyse in the model (direct executors), export what it shows
        MainViewModel model = new MainViewModel(AnalysisEngine.STORY_ENGINE, null, Runnable::run, Runnable::run,
                Runnable::run);
        model.setLoaded(new ArticleLoader().load(List.of(articles)));
        assertThat(model.analysis()).isNotNull();
        StringWriter window = new StringWriter();
        ReportFormat.JSON.write(model.workspace().report(), PairSelection.ALL, window);

        String fromCli = withoutTime(Files.readString(cliOut));
        String fromWindow = withoutTime(window.toString());
        assertThat(fromWindow).contains("\"quotes\"").contains("\"provenance\"").contains("\"repeats\"");
        assertThat(fromWindow).isEqualTo(fromCli);
    }

    private static String withoutTime(String json) {
        return json.replaceAll("\"created\" : \"[^\"]*\"", "\"created\" : \"-\"");
    }
}
