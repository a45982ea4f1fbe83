package org.storycompare.cli;

import org.storycompare.engine.StoryAnalysis;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadError;
import org.storycompare.ingest.LoadResult;
import org.storycompare.ingest.ReaderRegistry;
import org.storycompare.io.OutputGuard;
import org.storycompare.io.SafeText;
import org.storycompare.report.PairSelection;
import org.storycompare.report.Report;
import org.storycompare.report.ReportFormat;
import org.storycompare.report.ReportInfo;
import org.storycompare.report.SourceError;
import org.storycompare.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare PATH...}: load the articles, compare them and write a report. Files that cannot be read are
 * listed on stderr and in the report; the rest are still compared. Exit status: 0 done, 1 nothing could be
 * read, 2 wrong arguments (also an {@code --out} that would overwrite an input, see {@link OutputGuard}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compare article files or folders and write a report.",
        footer = {"", "Examples:",
                "  storycompare compare articles/ --format html --out report.html",
                "  storycompare compare a.txt b.html c.pdf --format md",
                "  storycompare compare articles/ --out passages.csv --min-words 8 --no-paraphrase"})
public final class CompareCommand implements Callable<Integer> {

    /** What turns articles into the story's analysis: the engine, or a stand-in in tests. */
    @FunctionalInterface
    interface Comparer {
        StoryAnalysis analyse(CompareOptions options, List<Article> articles, ProgressListener progress);
    }

    static final Comparer ENGINE = (o, a, p) -> new StoryEngine(o, org.storycompare.meaning.Meaning.encoder(o))
            .analyse(a, p, Cancellation.NEVER);

    private final Comparer comparer;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "html, pdf, json, csv or md. Default: from the --out extension, else json.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the report here (replaced atomically). Default: stdout; PDF needs a file.")
    Path out;

    @Option(names = "--pairs", paramLabel = "all|top:N", defaultValue = "top:10",
            description = "Pairs shown side by side in HTML and PDF. Default: ${DEFAULT-VALUE}.")
    String pairs;

    @Option(names = "--min-similarity", paramLabel = "0..1", defaultValue = "0",
            description = "Leave out pairs less similar than this: from the JSON report's pairs (which then "
                    + "say how many were left out) and from the pairs HTML and PDF show side by side. Sources, "
                    + "coverage and errors are always kept. Default: ${DEFAULT-VALUE} (every aligned pair).")
    double minSimilarity;

    @Option(names = "--pairs-per-source", paramLabel = "all|N",
            description = "The JSON report lists a pair only when it is among the N most similar pairs of one of its "
                    + "sources (the others are counted in pairsOmitted). Default: all pairs up to 1000 sources, "
                    + "10 per source beyond.")
    String pairsPerSource;

    @Option(names = "--min-words", paramLabel = "N", description = "Shortest exact match, in words (default 5).")
    Integer minWords;

    @Option(names = "--bridge-gap", paramLabel = "N",
            description = "Most words in an edit that still joins two matches (default 4).")
    Integer bridgeGap;

    @Option(names = "--no-paraphrase", description = "Do not look for paraphrased sentences.")
    boolean noParaphrase;

    @Option(names = "--paraphrase-threshold", paramLabel = "0..1",
            description = "Sentence similarity needed for a paraphrase (default 0.5).")
    Double paraphraseThreshold;

    @Option(names = "--meaning", paramLabel = "on|off", defaultValue = "on",
            description = "Link by meaning (local sentence model, no network) what word-level matching left: "
                    + "reworded sentences and summary lines (default on when the model is part of the build).")
    String meaning;

    @Option(names = "--ignore-numbers", description = "Let any number match any number.")
    boolean ignoreNumbers;

    @Option(names = "--case-sensitive", description = "Compare words with their case.")
    boolean caseSensitive;

    @Option(names = "--keep-punctuation", description = "Let punctuation take part in matches.")
    boolean keepPunctuation;

    @Option(names = "--stem", description = "Compare word stems (\"reported\" = \"reports\").")
    boolean stem;

    @Option(names = "--progress", description = "Print progress on stderr even when it is not a console.")
    boolean progress;

    public CompareCommand() {
        this(ENGINE);
    }

    CompareCommand(Comparer comparer) {
        this.comparer = comparer;
    }

    @Override
    public Integer call() throws IOException {
        ReportFormat fmt = chooseFormat();
        PairSelection selection = choosePairs();
        CompareOptions options = chooseOptions();
        PrintWriter err = spec.commandLine().getErr();
        if (out != null) {
            Optional<String> unsafe = OutputGuard.problem(out, paths, ReaderRegistry.standard().extensions());
            if (unsafe.isPresent()) {
                say(err, "cannot write the report: " + unsafe.get());
                err.flush();
                return 2;
            }
        }

        LoadResult loaded = new ArticleLoader().load(paths);
        for (LoadError e : loaded.errors()) {
            say(err, "cannot read " + e.describe());
        }
        for (String note : loaded.notes()) {
            say(err, "note: " + note);
        }
        for (Article a : loaded.articles()) {
            for (String note : a.meta().notes()) {
                say(err, "note: " + a.meta().path() + ": " + note);
            }
        }
        err.flush();
        if (loaded.articles().isEmpty()) {
            err.println("No article could be read.");
            return 1;
        }
        ProgressListener listener = progress || System.console() != null ? new ConsoleProgress(err) : ProgressListener.NONE;
        StoryAnalysis analysis = comparer.analyse(options, loaded.articles(), listener);
        List<SourceError> errors = loaded.errors().stream()
                .map(e -> new SourceError(e.path() == null ? null : e.path().toString(), e.message())).toList();
        Report report = new Report(analysis, errors, ReportInfo.now());

        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            fmt.write(report, selection, w);
            w.flush();
        } else {
            try {
                AtomicFiles.write(out, os -> fmt.write(report, selection, os));
            } catch (IOException e) {
                say(err, "cannot write " + out + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            say(err, "Wrote " + fmt.extension().toUpperCase(Locale.ROOT) + " report of "
                    + analysis.articles().size() + " sources to " + out);
        }
        err.flush();
        return 0;
    }

    /** One line on stderr, with control characters from file names and file text made visible. */
    private static void say(PrintWriter err, String line) {
        err.println(SafeText.escape(line));
    }

    private ReportFormat chooseFormat() {
        if (format != null) {
            ReportFormat f = ReportFormat.forFileName("x." + format.strip());
            if (f == null) {
                throw new ParameterException(spec.commandLine(),
                        "Unknown format '" + format + "': use html, pdf, json, csv or md.");
            }
            if (!f.isText() && out == null) {
                throw new ParameterException(spec.commandLine(), "PDF is binary: give a file with --out.");
            }
            return f;
        }
        if (out != null && out.getFileName() != null) {
            ReportFormat f = ReportFormat.forFileName(out.getFileName().toString());
            if (f != null) {
                return f;
            }
        }
        return ReportFormat.JSON;
    }

    private PairSelection choosePairs() {
        PairSelection chosen;
        try {
            chosen = PairSelection.parse(pairs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--pairs: " + e.getMessage());
        }
        try {
            chosen = chosen.withMinSimilarity(minSimilarity);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--min-similarity: " + e.getMessage());
        }
        if (pairsPerSource == null) {
            return chosen;
        }
        String n = pairsPerSource.strip();
        try {
            int perSource = n.equalsIgnoreCase("all") ? Integer.MAX_VALUE : Integer.parseInt(n);
            if (perSource < 1) {
                throw new NumberFormatException();
            }
            return chosen.withPerSource(perSource);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--pairs-per-source: 'all' or a number of 1 or more, not '" + pairsPerSource + "'");
        }
    }

    private CompareOptions chooseOptions() {
        CompareOptions.Builder b = CompareOptions.DEFAULTS.toBuilder();
        if (minWords != null) {
            b.minMatchWords(minWords);
        }
        if (bridgeGap != null) {
            b.bridgeGap(bridgeGap);
        }
        if (paraphraseThreshold != null) {
            b.paraphraseThreshold(paraphraseThreshold);
        }
        if (!meaning.equals("on") && !meaning.equals("off")) {
            throw new ParameterException(spec.commandLine(), "--meaning: expected on or off, not '" + meaning + "'");
        }
        b.meaning(meaning.equals("on"));
        b.paraphrase(!noParaphrase).ignoreNumbers(ignoreNumbers).ignoreCase(!caseSensitive)
                .ignorePunctuation(!keepPunctuation).stemming(stem);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Bad engine option: " + e.getMessage());
        }
    }
}
