package org.storycompare.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A load-robust view of {@link PairBenchmark}: thread CPU time per op (not wall time) of StoryCompare and of
 * diff-match-patch in word mode, measured the same way in one process, in alternating batches, with the
 * median and best batch of each and their ratio. Args: [batches, default 15] [ops per batch, default 100]
 * [only "sc" to run StoryCompare alone, e.g. under a profiler; "defaults" to run StoryCompare with default
 * options (paraphrase on), paraphrase off and java-diff-utils, with the ratio of java-diff-utils to defaults].
 */
public final class PairCpuMain {

    private PairCpuMain() {
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        boolean onlySc = args.length > 2 && args[2].equals("sc");
        PairBenchmark bench = new PairBenchmark();
        bench.setup();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Object[] sink = new Object[1];
        if (args.length > 2 && args[2].equals("defaults")) {
            defaults(bench, mx, batches, ops, sink);
            return;
        }
        Supplier<Object> sc = bench::storyCompare;
        Supplier<Object> dmp = bench::diffMatchPatchWords;
        for (int w = 0; w < 3; w++) {
            batch(mx, sc, ops, sink);
            if (!onlySc) {
                batch(mx, dmp, Math.max(1, ops / 10), sink);
            }
        }
        double[] tsc = new double[batches];
        double[] tdmp = new double[batches];
        for (int i = 0; i < batches; i++) {
            tsc[i] = batch(mx, sc, ops, sink);
            tdmp[i] = onlySc ? Double.NaN : batch(mx, dmp, Math.max(1, ops / 10), sink);
        }
        Arrays.sort(tsc);
        Arrays.sort(tdmp);
        double msc = tsc[batches / 2];
        double mdmp = tdmp[batches / 2];
        System.out.printf("StoryCompare     cpu ms/op: median %.3f best %.3f%n", msc, tsc[0]);
        if (!onlySc) {
            System.out.printf("diff-match-patch cpu ms/op: median %.3f best %.3f%n", mdmp, tdmp[0]);
            System.out.printf("ratio (dmp / StoryCompare): median %.1fx, best/best %.1fx%n", mdmp / msc, tdmp[0] / tsc[0]);
        }
        System.out.println(sink[0] == null ? "" : "(load average " + ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage() + ")");
    }

    private static void defaults(PairBenchmark bench, ThreadMXBean mx, int batches, int ops, Object[] sink) {
        List<Supplier<Object>> all = List.of(bench::storyCompareDefaults, bench::storyCompare, bench::javaDiffUtilsWords);
        List<String> names = List.of("StoryCompare, default options", "StoryCompare, paraphrase off", "java-diff-utils");
        double[][] t = new double[all.size()][batches];
        for (int w = 0; w < 3; w++) {
            for (Supplier<Object> op : all) {
                batch(mx, op, Math.max(1, ops / 10), sink);
            }
        }
        for (int i = 0; i < batches; i++) {
            for (int k = 0; k < all.size(); k++) {
                t[k][i] = batch(mx, all.get(k), k == 2 ? Math.max(1, ops / 10) : ops, sink);
            }
        }
        for (int k = 0; k < all.size(); k++) {
            Arrays.sort(t[k]);
            System.out.printf("%-32s cpu ms/op: median %.3f best %.3f%n", names.get(k), t[k][batches / 2], t[k][0]);
        }
        System.out.printf("java-diff-utils / defaults: median %.1fx, best/best %.1fx%n",
                t[2][batches / 2] / t[0][batches / 2], t[2][0] / t[0][0]);
    }

    private static double batch(ThreadMXBean mx, Supplier<Object> op, int ops, Object[] sink) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
            sink[0] = op.get();
        }
        return (mx.getCurrentThreadCpuTime() - t0) / 1e6 / ops;
    }
}
