package org.storycompare.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PassageKind;

/**
 * One whole-process run of the stress corpus (see {@link StressCorpus}): generates n articles, compares them
 * with default options (or paraphrase off) and prints wall and CPU time, candidate pairs, paraphrase passages
 * and the peak heap. Args: [articles, default 1000] [on|off, paraphrase, default on] [threads, default 2]
 * [noblock: no corpus-wide sentence blocking, to measure what blocking loses].
 * Time the whole process from outside (e.g. /usr/bin/time) for the whole-process figure.
 */
public final class StressMain {

    private StressMain() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 3 && args[0].equals("write")) {
            write(Integer.parseInt(args[1]), java.nio.file.Path.of(args[2]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean paraphrase = args.length <= 1 || !args[1].equals("off");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String missing = StressCorpus.missing();
        if (missing != null) {
            System.out.println("stress corpus " + missing);
            return;
        }
        long t0 = System.nanoTime();
        List<Article> articles = StressCorpus.articles(n);
        long words = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
        long t1 = System.nanoTime();
        CompareOptions options = CompareOptions.DEFAULTS.toBuilder().paraphrase(paraphrase).build();
        boolean block = args.length <= 3 || !args[3].equals("noblock");
        ParaphraseFinder matcher = new org.storycompare.engine.paraphrase.ParaphraseMatcher();
        StoryEngine engine = new StoryEngine(options, block ? matcher : withoutBlocking(matcher), threads);
        long[] lastStage = {System.nanoTime()};
        String[] stage = {""};
        Comparison c = engine.compare(articles, (done, total, message) -> {
            String s = message.replaceAll("[0-9]+", "#");
            if (!s.equals(stage[0])) {
                long now = System.nanoTime();
                System.out.printf(Locale.ROOT, "  %8.1f s  %s%n", (now - t1) / 1e9, message);
                stage[0] = s;
                lastStage[0] = now;
            }
        }, Cancellation.NEVER);
        long t2 = System.nanoTime();
        long paraphrases = c.pairs().stream().flatMap(p -> p.passages().stream())
                .filter(p -> p.kind() == PassageKind.PARAPHRASE).count();
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        long gcMs = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMs += g.getCollectionTime();
        }
        System.out.printf(Locale.ROOT, "articles %d (%.0f words avg), paraphrase %s, threads %d, sentence blocking %s%n",
                n, (double) words / n, paraphrase ? "on" : "off", threads, block ? "on" : "off");
        System.out.printf(Locale.ROOT, "generate %.1f s, compare %.1f s, process cpu %.1f s, gc %.1f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, cpu, gcMs / 1e3);
        System.out.printf(Locale.ROOT, "candidate pairs aligned %d, paraphrase passages %d, peak heap (sum of pools) %d MB%n",
                c.pairs().size(), paraphrases, peak >> 20);
    }

    /**
     * Writes n generated articles as plain .txt files into dir, for timing the
     * whole command line ({@code compare dir --format json}) on the stress corpus. Args: write n dir.
     */
    private static void write(int n, java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        List<Article> articles = StressCorpus.articles(n);
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            String name = String.format(Locale.ROOT, "%05d.txt", i);
            java.nio.file.Files.writeString(dir.resolve(name), a.text(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        System.out.println("wrote " + articles.size() + " articles to " + dir);
    }

    /** The finder's matching for one comparison, without its corpus-wide blocking. */
    private static ParaphraseFinder withoutBlocking(ParaphraseFinder f) {
        return new ParaphraseFinder() {
            @Override
            public List<org.storycompare.engine.model.Passage> match(String textA,
                    List<org.storycompare.engine.model.Span> regionsA, String textB,
                    List<org.storycompare.engine.model.Span> regionsB, CompareOptions options, Cancellation cancel) {
                return f.match(textA, regionsA, textB, regionsB, options, cancel);
            }

            @Override
            public ParaphraseFinder forComparison() {
                return withoutBlocking(f.forComparison());
            }

            @Override
            public void prepare(String text) {
                f.prepare(text);
            }

            @Override
            public org.storycompare.engine.model.Passage annotateEdit(org.storycompare.engine.model.Passage p,
                                                                     String textA, String textB) {
                return f.annotateEdit(p, textA, textB);
            }
        };
    }
}
