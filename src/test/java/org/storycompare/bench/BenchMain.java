package org.storycompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.ProgressListener;

/**
 * Runs the JMH benchmarks (short runs: 1 fork, 5 x 1 s warm-up, 5 x 1 s measurement), prints a table
 * against the goals and writes {@code results.json} into the directory given as the first argument. A second
 * argument, a regular expression, runs only the benchmarks it matches (e.g. {@code "Stress|PairBenchmark"}).
 * The stress-corpus benchmarks need ../shared/eval-data; without it they are left out and the table says so.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        String only = args.length > 1 ? args[1] : ".*";
        String stressMissing = StressCorpus.missing();

        OptionsBuilder builder = new OptionsBuilder();
        boolean shortRuns = include(builder, only, PairBenchmark.class, CorpusBenchmark.class,
                HighlightBenchmark.class, ParaphraseBench.class, HtmlExtractBench.class, MeaningBenchmark.class);
        Collection<RunResult> results = new ArrayList<>();
        if (shortRuns) {
            results.addAll(new Runner(builder
                    .forks(1)
                    .jvmArgsAppend("-Xmx1g")
                    .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                    .build()).run());
        }
        OptionsBuilder stress = new OptionsBuilder();
        if (stressMissing != null) {
            System.out.println("stress-corpus benchmarks " + stressMissing);
        } else if (include(stress, only, StressBenchmark.class)) {
            results.addAll(new Runner(stress.build()).run()); // iterations, forks and heaps as annotated
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            for (String param : List.of("layout", "paraphrase")) {
                String v = r.getParams().getParam(param);
                if (v != null) {
                    name += "[" + v + "]";
                }
            }
            scores.put(name, new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        long pairs = Double.isNaN(score(scores, "CorpusBenchmark.compareThousand")) ? -1 : corpusPairs();
        List<String[]> rows = new ArrayList<>();
        double sc = score(scores, "PairBenchmark.storyCompare");
        double jdu = score(scores, "PairBenchmark.javaDiffUtilsWords");
        double dmp = score(scores, "PairBenchmark.diffMatchPatchWords");
        double corpus = score(scores, "CorpusBenchmark.compareThousand");
        rows.add(row("StoryCompare, 10k-word pair", sc, "< 5 ms", sc < 5));
        rows.add(row("java-diff-utils (words), same pair", jdu, "StoryCompare >= 10x faster", jdu >= 10 * sc));
        double scDefaults = score(scores, "PairBenchmark.storyCompareDefaults");
        rows.add(row("StoryCompare, same pair, default options (paraphrase on)", scDefaults,
                "java-diff-utils >= 20x slower", jdu >= 20 * scDefaults));
        rows.add(row("diff-match-patch (words), same pair", dmp, "StoryCompare >= 10x faster", dmp >= 10 * sc));
        rows.add(row("1,000 articles x 600 words, 2 threads, -Xmx1g (" + pairs + " pairs aligned)", corpus,
                "< 3000 ms", corpus < 3000));
        if (stressMissing == null) {
            double on = score(scores, "StressBenchmark.analyseThousand[on]");
            double off = score(scores, "StressBenchmark.analyseThousand[off]");
            double ten = score(scores, "StressBenchmark.analyseTenThousand");
            rows.add(row("MSRP stress corpus, 1,000 articles, whole analysis, default options, 2 threads, -Xmx1g ("
                    + stressPairs(1000) + " pairs)", on, "< 20000 ms", on < 20_000));
            rows.add(row("the same, paraphrase off", off, "", true));
            rows.add(row("MSRP stress corpus, 10,000 articles, whole analysis, default options, -Xmx2g (" + stressPairs(10_000)
                    + " pairs)", ten, "< 300000 ms", ten < 300_000));
        } else {
            rows.add(new String[] {"MSRP stress corpus benchmarks", "-", stressMissing, "skipped"});
        }
        double hl = score(scores, "HighlightBenchmark.forSideAndStyleSpans[disjoint]");
        double hlNested = score(scores, "HighlightBenchmark.forSideAndStyleSpans[nested]");
        rows.add(row("highlights + style spans, 50k words, 5,000 passages", hl, "< 100 ms (window opens < 1 s)", hl < 100));
        rows.add(row("the same, passages nested 30 deep", hlNested, "< 100 ms", hlNested < 100));
        double para = score(scores, "ParaphraseBench.match100x100");
        rows.add(row("paraphrase matching, two 100-sentence articles (WordNet warm)", para, "< 50 ms", para < 50));
        double html = score(scores, "HtmlExtractBench.readNewsPage");
        rows.add(row("HTML reader, one generated 70 KB news page (parse, metadata, main text)", html, "< 20 ms",
                html < 20));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-70s %12s  %-28s %s%n",
                "benchmark", "ms/op", "goal", "met"));
        for (String[] r : rows) {
            table.append(String.format(Locale.ROOT, "%-70s %12s  %-28s %s%n", r[0], r[1], r[2], r[3]));
        }
        table.append(String.format(Locale.ROOT, "speed-up over java-diff-utils: %.1fx, over diff-match-patch: %.1fx%n",
                jdu / sc, dmp / sc));
        System.out.print(table);
        Files.writeString(out.resolve("results.txt"), table, StandardCharsets.UTF_8);
        StringBuilder json = new StringBuilder("{\n  \"unit\": \"ms/op\",\n  \"benchmarks\": [\n");
        int i = 0;
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            json.append(String.format(Locale.ROOT, "    {\"name\": \"%s\", \"score\": %.4f, \"error\": %.4f}%s%n",
                    e.getKey(), e.getValue()[0], e.getValue()[1], ++i < scores.size() ? "," : ""));
        }
        json.append("  ],\n  \"goals\": [\n");
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            json.append(String.format(Locale.ROOT, "    {\"what\": \"%s\", \"ms\": %s, \"goal\": \"%s\", \"met\": %s}%s%n",
                    r[0], r[1], r[2], r[3], k + 1 < rows.size() ? "," : ""));
        }
        json.append(String.format(Locale.ROOT, "  ],%n  \"speedupOverJavaDiffUtils\": %.2f,%n"
                + "  \"speedupOverDiffMatchPatch\": %.2f,%n  \"corpusPairsAligned\": %d%n}%n", jdu / sc, dmp / sc, pairs));
        Files.writeString(out.resolve("results.json"), json, StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.resolve("results.json"));
    }

    private static long corpusPairs() {
        List<Article> articles = BenchData.corpus(1000);
        Comparison c = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .compare(articles, ProgressListener.NONE, Cancellation.NEVER);
        return c.pairs().size();
    }

    /** Includes the benchmark classes whose names match the regular expression; true when any does. */
    private static boolean include(OptionsBuilder builder, String regex, Class<?>... classes) {
        boolean any = false;
        for (Class<?> c : classes) {
            if (java.util.regex.Pattern.compile(regex).matcher(c.getName()).find()) {
                builder.include(java.util.regex.Pattern.quote(c.getName()) + "\\.");
                any = true;
            }
        }
        return any;
    }

    /** Candidate pairs of the stress corpus of n articles with default options (the pairs its comparison aligns). */
    private static long stressPairs(int n) {
        CompareOptions o = CompareOptions.DEFAULTS;
        org.storycompare.engine.text.Tokenizer t = org.storycompare.engine.text.Normalisers.tokenizer(o);
        List<org.storycompare.engine.align.TokenizedText> docs = StressCorpus.articles(n).stream()
                .map(a -> new org.storycompare.engine.align.TokenizedText(a.text(), t, o.minMatchWords())).toList();
        return org.storycompare.engine.corpus.CandidatePairs.find(docs, true, Cancellation.NEVER).size();
    }

    private static double score(Map<String, double[]> scores, String name) {
        double[] s = scores.get(name);
        return s == null ? Double.NaN : s[0];
    }

    private static String[] row(String what, double ms, String goal, boolean met) {
        return new String[] {what, String.format(Locale.ROOT, "%.3f", ms), goal, Boolean.toString(met)};
    }
}
