package org.storycompare.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;

/**
 * Paraphrase quality: MSRP (10-fold cross-validation of the model and a seeded 70/30 split whose held-out
 * part scores the shipped weights), Webis-CPC-11 (whole-passage similarity and end-to-end matching) and,
 * when present, STS-B dev (Pearson correlation). Writes target/eval/paraphrase.json.
 */
final class ParaphraseEval {

    static final long SEED = 4;
    static final double TRAIN_SHARE = 0.7;
    static final double L2 = 0.3;
    static final double THRESHOLD = 0.5;
    static final String IDF_RESOURCE = "/org/storycompare/engine/paraphrase/idf-df.txt";

    /** One labelled sentence pair. */
    record Pair(String s1, String s2, int label) {
    }

    /** Confusion counts and the usual figures. */
    record Counts(int tp, int fp, int tn, int fn) {
        static Counts of(double[] scores, int[] labels, double threshold) {
            int tp = 0;
            int fp = 0;
            int tn = 0;
            int fn = 0;
            for (int i = 0; i < scores.length; i++) {
                boolean yes = scores[i] >= threshold;
                if (yes && labels[i] == 1) {
                    tp++;
                } else if (yes) {
                    fp++;
                } else if (labels[i] == 1) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Counts(tp, fp, tn, fn);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, tn + o.tn, fn + o.fn);
        }

        double accuracy() {
            return (tp + tn) / (double) Math.max(1, tp + fp + tn + fn);
        }

        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", tp + fp + tn + fn);
            m.put("accuracy", round(accuracy()));
            m.put("precision", round(precision()));
            m.put("recall", round(recall()));
            m.put("f1", round(f1()));
            return m;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d acc=%.3f P=%.3f R=%.3f F1=%.3f", tp + fp + tn + fn,
                    accuracy(), precision(), recall(), f1());
        }
    }

    private final Path data;
    private final Path out;
    private final ParaphraseMatcher matcher = new ParaphraseMatcher();

    ParaphraseEval(Path data, Path out) {
        this.data = data;
        this.out = out;
    }

    Map<String, Object> run() throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("features", ParaphraseMatcher.featureNames());
        Path msrp = data.resolve("msrp/msr_paraphrase_train.txt");
        if (Files.isRegularFile(msrp)) {
            result.put("msrp", msrp(readMsrp(msrp)));
        } else {
            System.out.println("MSRP not found: " + msrp);
        }
        Path webis = data.resolve("webis-cpc-11/Webis-CPC-11_1000_sample.json");
        if (Files.isRegularFile(webis)) {
            result.put("webis-cpc-11", webis(webis));
        } else {
            System.out.println("Webis-CPC-11 not found: " + webis);
        }
        Path sts = data.resolve("stsb/sts-dev.csv");
        if (Files.isRegularFile(sts)) {
            result.put("stsb-dev", sts(sts));
        }
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        om.writeValue(out.resolve("paraphrase.json").toFile(), result);
        System.out.println("Wrote " + out.resolve("paraphrase.json"));
        return result;
    }

    static List<Pair> readMsrp(Path file) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
            String[] f = l.split("\t");
            if (f.length < 5 || !(f[0].equals("0") || f[0].equals("1"))) {
                continue;
            }
            pairs.add(new Pair(f[3], f[4], Integer.parseInt(f[0])));
        }
        return pairs;
    }

    private Map<String, Object> msrp(List<Pair> pairs) throws IOException {
        Integer[] order = shuffled(pairs.size());
        int cut = (int) Math.round(order.length * TRAIN_SHARE);
        checkIdfTable(pairs, Arrays.asList(order).subList(0, cut));
        long t0 = System.nanoTime();
        double[][] x = new double[pairs.size()][];
        int[] y = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            x[i] = matcher.features(pairs.get(i).s1(), pairs.get(i).s2());
            y[i] = pairs.get(i).label();
        }
        System.out.printf(Locale.ROOT, "MSRP: %d pairs, features in %.1f s (WordNet cold)%n", pairs.size(),
                (System.nanoTime() - t0) / 1e9);
        Map<String, Object> r = new LinkedHashMap<>();

        // 10-fold cross-validation of the whole fitting procedure.
        int folds = 10;
        Counts cv = new Counts(0, 0, 0, 0);
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < order.length; k++) {
                (k % folds == f ? test : train).add(order[k]);
            }
            Logistic.Model m = Logistic.fit(rows(x, train), labels(y, train), L2);
            cv = cv.plus(Counts.of(scores(m, x, test), labels(y, test), THRESHOLD));
        }
        System.out.println("MSRP 10-fold CV (fit per fold, threshold 0.5): " + cv);
        r.put("cv10", cv.json());

        // Seeded 70/30 split: fit on 70%, report on the held-out 30%.
        List<Integer> train = new ArrayList<>(Arrays.asList(order).subList(0, cut));
        List<Integer> held = new ArrayList<>(Arrays.asList(order).subList(cut, order.length));
        r.put("trainPartCv10ByThreshold", trainPartCv(x, y, train));
        Logistic.Model m = Logistic.fit(rows(x, train), labels(y, train), L2);
        System.out.println("Fitted on split (paste into SimilarityModel):");
        System.out.printf(Locale.ROOT, "    static final double BIAS = %.4f;%n", m.bias());
        StringBuilder sb = new StringBuilder("    static final double[] WEIGHTS = {");
        for (int k = 0; k < m.weights().length; k++) {
            sb.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", m.weights()[k]));
        }
        System.out.println(sb.append("};"));
        Map<String, Object> fitted = new LinkedHashMap<>();
        fitted.put("bias", m.bias());
        fitted.put("weights", m.weights());
        r.put("fittedOnSplit", fitted);
        Counts trainFit = Counts.of(scores(m, x, train), labels(y, train), THRESHOLD);
        Counts heldFit = Counts.of(scores(m, x, held), labels(y, held), THRESHOLD);
        System.out.println("MSRP split, freshly fitted weights: train " + trainFit + " | held-out " + heldFit);
        r.put("splitFreshTrain", trainFit.json());
        r.put("splitFreshHeldOut", heldFit.json());

        // The shipped weights (ParaphraseMatcher.similarity) on the held-out part, at several thresholds.
        double[] shipped = new double[held.size()];
        for (int k = 0; k < held.size(); k++) {
            Pair p = pairs.get(held.get(k));
            shipped[k] = matcher.similarity(p.s1(), p.s2());
        }
        Map<String, Object> sweep = new LinkedHashMap<>();
        for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            Counts c = Counts.of(shipped, labels(y, held), th);
            System.out.printf(Locale.ROOT, "MSRP held-out, shipped weights, threshold %.1f: %s%n", th, c);
            sweep.put(String.format(Locale.ROOT, "%.1f", th), c.json());
        }
        r.put("shippedHeldOutByThreshold", sweep);
        int pos = Arrays.stream(labels(y, held)).sum();
        double majority = Math.max(pos, held.size() - pos) / (double) held.size();
        System.out.printf(Locale.ROOT, "MSRP held-out majority-class baseline: acc=%.3f%n", majority);
        r.put("heldOutMajorityBaseline", round(majority));
        return r;
    }

    /**
     * 10-fold cross-validation inside the training part only (folds by position in the shuffled order), at
     * several thresholds: the basis for choosing features, L2 and the threshold without the held-out part.
     */
    private static Map<String, Object> trainPartCv(double[][] x, int[] y, List<Integer> train) {
        double[] oof = new double[train.size()];
        for (int f = 0; f < 10; f++) {
            List<Integer> in = new ArrayList<>();
            for (int k = 0; k < train.size(); k++) {
                if (k % 10 != f) {
                    in.add(train.get(k));
                }
            }
            Logistic.Model m = Logistic.fit(rows(x, in), labels(y, in), L2);
            for (int k = f; k < train.size(); k += 10) {
                oof[k] = m.probability(x[train.get(k)]);
            }
        }
        Map<String, Object> sweep = new LinkedHashMap<>();
        for (double th : new double[] {0.4, 0.45, 0.5, 0.55, 0.6}) {
            Counts c = Counts.of(oof, labels(y, train), th);
            System.out.printf(Locale.ROOT, "MSRP training part, 10-fold CV inside it, threshold %.2f: %s%n", th, c);
            sweep.put(String.format(Locale.ROOT, "%.2f", th), c.json());
        }
        return sweep;
    }

    /**
     * Builds the idf document frequencies (content-word stems per sentence, df >= 2) from the training part's
     * sentences, writes them to target/eval/idf-df.txt and says whether the shipped resource matches.
     */
    private void checkIdfTable(List<Pair> pairs, List<Integer> train) throws IOException {
        Map<String, Integer> df = new java.util.TreeMap<>();
        for (int i : train) {
            for (String s : List.of(pairs.get(i).s1(), pairs.get(i).s2())) {
                for (String k : matcher.idfKeys(s)) {
                    df.merge(k, 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# document frequencies of content-word stems over the sentences of the MSRP training part\n");
        sb.append("# (msr_paraphrase_train.txt, seeded shuffle with seed ").append(SEED)
                .append(", first 70%), df >= 2; written by ParaphraseEval\n");
        sb.append("#docs\t").append(2 * train.size()).append('\n');
        df.forEach((k, v) -> {
            if (v >= 2) {
                sb.append(k).append('\t').append(v).append('\n');
            }
        });
        Path file = out.resolve("idf-df.txt");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        String shipped;
        try (var in = ParaphraseEval.class.getResourceAsStream(IDF_RESOURCE)) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        System.out.println(shipped.equals(sb.toString()) ? "idf table: shipped resource matches the training part"
                : "idf table DIFFERS from the training part: copy " + file + " to src/main/resources" + IDF_RESOURCE);
    }

    private Map<String, Object> webis(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Double> sims = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        ParaphraseMatcher pm = matcher;
        CompareOptions opts = CompareOptions.DEFAULTS;
        for (JsonNode item : root) {
            String a = join(item.get("original"));
            String b = join(item.get("paraphrase"));
            labels.add("Yes".equalsIgnoreCase(item.path("is_paraphrased").asText()) ? 1 : 0);
            sims.add(pm.similarity(a, b));
            int n = pm.match(a, List.of(new Span(0, a.length())), b, List.of(new Span(0, b.length())), opts,
                    Cancellation.NEVER).size();
            found.add(n > 0 ? 1 : 0);
        }
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        double[] s = sims.stream().mapToDouble(Double::doubleValue).toArray();
        double[] f = found.stream().mapToDouble(Integer::doubleValue).toArray();
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> sweep = new LinkedHashMap<>();
        for (double th : new double[] {0.5, 0.7, 0.9}) {
            Counts c = Counts.of(s, y, th);
            System.out.printf(Locale.ROOT, "Webis-CPC-11 passage similarity >= %.1f: %s%n", th, c);
            sweep.put(String.format(Locale.ROOT, "%.1f", th), c.json());
        }
        r.put("similarityByThreshold", sweep);
        Counts m = Counts.of(f, y, 0.5);
        System.out.println("Webis-CPC-11 match() finds a paraphrase passage (default options): " + m);
        r.put("matchEndToEnd", m.json());
        return r;
    }

    private Map<String, Object> sts(Path file) throws IOException {
        List<Double> gold = new ArrayList<>();
        List<Double> sim = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 7) {
                continue;
            }
            try {
                gold.add(Double.parseDouble(f[4]));
            } catch (NumberFormatException e) {
                continue;
            }
            sim.add(matcher.similarity(f[5], f[6]));
        }
        double r = pearson(gold, sim);
        System.out.printf(Locale.ROOT, "STS-B dev: n=%d Pearson r=%.3f%n", gold.size(), r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", gold.size());
        m.put("pearson", round(r));
        return m;
    }

    private static String join(JsonNode sentences) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : sentences) {
            sb.append(sb.length() == 0 ? "" : " ").append(s.path("text").asText());
        }
        return sb.toString();
    }

    private static double pearson(List<Double> a, List<Double> b) {
        int n = a.size();
        double ma = a.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double mb = b.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = a.get(i) - ma;
            double db = b.get(i) - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    private static Integer[] shuffled(int n) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, new Random(SEED));
        return idx.toArray(new Integer[0]);
    }

    private static double[][] rows(double[][] x, List<Integer> idx) {
        return idx.stream().map(i -> x[i]).toArray(double[][]::new);
    }

    private static int[] labels(int[] y, List<Integer> idx) {
        return idx.stream().mapToInt(i -> y[i]).toArray();
    }

    private static double[] scores(Logistic.Model m, double[][] x, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> m.probability(x[i])).toArray();
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
