package org.storycompare.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code compare PATH...}: load the articles and write a comparison report. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare article files or folders and write a report.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        LoadResult loaded = new ArticleLoader().load(paths);
        for (LoadError e : loaded.errors()) {
            System.err.println("cannot read " + e.describe());
        }
        if (loaded.articles().isEmpty()) {
            System.err.println("No article could be read.");
            return 1;
        }
        System.out.println("Loaded " + loaded.articles().size() + " articles.");
        return 0;
    }
}
