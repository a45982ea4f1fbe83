package org.storycompare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The long fuzz pass ({@code mvn -Pfuzz test -Dfuzz.seconds=600 -Dfuzz.seed=1}, through {@link ReaderFuzzTest}, or
 * this main with the same values as arguments): every reader on seeded
 * mutants of our own files for its share of the time (or {@code -Dfuzz.mutants=N} each), each read under a
 * 10 s limit (a fifth argument, e.g. {@code html,pdf}, picks readers). Prints a table and writes {@code target/fuzz/results.txt}; exits 1 when any mutant failed.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = Long.parseLong(args.length > 0 ? args[0] : "600");
        long seed = Long.parseLong(args.length > 1 ? args[1] : "1");
        long maxEach = Long.parseLong(args.length > 2 ? args[2] : String.valueOf(Long.MAX_VALUE));
        Path outDir = Path.of(args.length > 3 ? args[3] : "target/fuzz");
        List<String> only = args.length > 4 && !args[4].isBlank() ? List.of(args[4].split(",")) : List.of();
        System.exit(run(seconds, seed, maxEach, outDir, only) == 0 ? 0 : 1);
    }

    /** Runs the pass, prints and writes the table; returns the number of failed mutants. */
    static int run(long seconds, long seed, long maxEach, Path outDir, List<String> only) throws Exception {
        List<FuzzRunner> runners = FuzzRunner.standard(Limits.DEFAULT, 10_000).stream()
                .filter(r -> only.isEmpty() || only.contains(r.format())).toList();
        long share = seconds * 1_000_000_000L / Math.max(1, runners.size());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-6s %9s %9s %9s %8s %5s %10s %8s %7s", "reader", "mutants", "read",
                "refused", "timeouts", "OOMs", "busy-after", "failures", "seconds"));
        int failures = 0;
        for (FuzzRunner r : runners) {
            long start = System.nanoTime();
            long end = start + share;
            FuzzRunner.Tally t = r.run(seed, maxEach, () -> System.nanoTime() < end);
            failures += t.failures.size();
            lines.add(String.format(Locale.ROOT, "%-6s %9d %9d %9d %8d %5d %10d %8d %7.0f", t.format, t.mutants,
                    t.read, t.refused, t.timeouts, t.outOfMemory, t.busyAfterTimeout, t.failures.size(),
                    (System.nanoTime() - start) / 1e9));
            System.out.println(lines.get(lines.size() - 1));
            t.failures.forEach(f -> lines.add("  " + t.format + " seed " + seed + " " + f));
        }
        lines.add("heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, seed " + seed);
        lines.forEach(System.out::println);
        write(outDir, lines);
        return failures;
    }

    private static void write(Path dir, List<String> lines) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("results.txt"), lines);
    }
}
