package org.storycompare.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.storycompare.engine.meaning.CachedEncoder;
import org.storycompare.engine.meaning.MeaningLinker;
import org.storycompare.engine.meaning.SentenceEncoder;
import org.storycompare.engine.paraphrase.ParaphraseMatcher;
import org.storycompare.meaning.OnnxSentenceEncoder;
import org.storycompare.testutil.SampleMeaning;

/**
 * The meaning matcher (issue 17): its cost (model load, milliseconds per sentence, memory, jar sizes) and its
 * quality: STS-B dev Spearman of the cosine alone, MSRP train accuracy of the cosine alone and combined with the
 * word-level paraphrase features (10-fold cross-validation in the same seeded order as ParaphraseEval), and
 * the calibration of the engine's thresholds on STS-B train and MSRP (never on the sample story).
 * Writes target/eval/meaning.json.
 */
final class MeaningEval {

    private final Path data;
    private final Path out;
    private final Path articles;
    private final SentenceEncoder encoder = new OnnxSentenceEncoder();
    private final Map<String, Object> result = new LinkedHashMap<>();

    MeaningEval(Path data, Path out, Path articles) {
        this.data = data;
        this.out = out;
        this.articles = articles;
    }

    /** Runs this section alone: arguments eval-data folder, articles folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        new MeaningEval(Path.of(args[0]), out, Path.of(args.length > 1 ? args[1] : "articles")).run();
    }

    Map<String, Object> run() throws IOException {
        if (!Files.isRegularFile(data.resolve("stsb/sts-dev.csv"))) {
            System.out.println("STS-B dev not found in " + data + " - skipping the meaning section.");
            return result;
        }
        if (!OnnxSentenceEncoder.isPresent()) {
            System.out.println("Meaning model not on the class path - skipping the meaning section.");
            return result;
        }
        cost();
        Path stsDev = data.resolve("stsb/sts-dev.csv");
        Path stsTrain = data.resolve("stsb/sts-train.csv");
        Path msrp = data.resolve("msrp/msr_paraphrase_train.txt");
        if (Files.isRegularFile(stsDev)) {
            result.put("stsbDev", stsDev(readSts(stsDev)));
        }
        if (Files.isRegularFile(stsTrain)) {
            result.put("stsbTrainCalibration", calibrate(readSts(stsTrain)));
        }
        if (Files.isRegularFile(msrp)) {
            result.put("msrpTrain", msrp(ParaphraseEval.readMsrp(msrp)));
        }
        if (Files.isRegularFile(articles.resolve("README.md"))) {
            result.put("sampleStory", sample());
        }
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        om.writeValue(out.resolve("meaning.json").toFile(), result);
        System.out.println("Wrote " + out.resolve("meaning.json"));
        return result;
    }

    /** Summary linking on the sample story against its key, and the independent report's meaning links. */
    private Map<String, Object> sample() {
        SampleMeaning.Result r = SampleMeaning.measure(articles, new CachedEncoder(encoder, 10_000));
        List<Map<String, Object>> bullets = new ArrayList<>();
        int exact = 0;
        int wrong = 0;
        for (SampleMeaning.Bullet b : r.bullets()) {
            exact += b.exact() ? 1 : 0;
            wrong += b.linkedOnlyToKey() ? 0 : 1;
            System.out.printf(Locale.ROOT, "Sample summary bullet: key W%s, linked by meaning W%s: %s%n", b.key(),
                    b.linked(), b.snippet().substring(0, Math.min(60, b.snippet().length())));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bullet", b.snippet());
            m.put("keyParagraphs", b.key());
            m.put("linkedParagraphs", b.linked());
            bullets.add(m);
        }
        System.out.printf(Locale.ROOT, "Sample summary: %d of %d bullets linked to key paragraphs only, %d linked to "
                + "a paragraph outside the key; 01-06 meaning links: %d %s%n", exact, r.bullets().size(), wrong,
                r.independentLinks().size(), r.independentLinks());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bullets", bullets);
        m.put("bulletsLinkedWithinKey", exact);
        m.put("bulletsLinkedOutsideKey", wrong);
        m.put("independentReportMeaningLinks", r.independentLinks());
        return m;
    }

    /** Load time, milliseconds per sentence alone and in batches, memory, the size of what the model adds. */
    private void cost() throws IOException {
        Map<String, Object> c = new LinkedHashMap<>();
        long rss0 = rssKb();
        long t0 = System.nanoTime();
        encoder.encode(List.of("The model loads on first use."));
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long rss1 = rssKb();
        List<String> sentences = new ArrayList<>();
        for (String[] row : readSts(data.resolve("stsb/sts-dev.csv"))) {
            sentences.add(row[1]);
        }
        List<String> probe = sentences.subList(0, Math.min(200, sentences.size()));
        encoder.encode(probe.subList(0, 20)); // warm-up of the native code paths
        long t1 = System.nanoTime();
        for (String s : probe) {
            encoder.encode(List.of(s));
        }
        double oneByOne = (System.nanoTime() - t1) / 1e6 / probe.size();
        long t2 = System.nanoTime();
        encoder.encode(probe);
        double batched = (System.nanoTime() - t2) / 1e6 / probe.size();
        long rss2 = rssKb();
        Runtime rt = Runtime.getRuntime();
        c.put("processors", rt.availableProcessors());
        c.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
        c.put("modelLoadMs", Math.round(loadMs));
        c.put("msPerSentenceOneByOne", ParaphraseEval.round(oneByOne));
        c.put("msPerSentenceBatched", ParaphraseEval.round(batched));
        c.put("meanWordsPerSentence", ParaphraseEval.round(probe.stream()
                .mapToInt(s -> s.split("\\s+").length).average().orElse(0)));
        c.put("rssBeforeLoadMb", rss0 / 1024);
        c.put("rssAfterLoadMb", rss1 / 1024);
        c.put("rssAfterEncodingMb", rss2 / 1024);
        c.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) >> 20);
        c.put("jarsMb", jarSizes());
        System.out.printf(Locale.ROOT, "Meaning model: load %.0f ms; %.1f ms/sentence one by one, %.1f batched "
                        + "(%d cores, load average %s); RSS %d -> %d -> %d MB%n", loadMs, oneByOne, batched,
                rt.availableProcessors(), c.get("loadAverageAtStart"), rss0 / 1024, rss1 / 1024, rss2 / 1024);
        System.out.println("Meaning jars (MB, compressed): " + c.get("jarsMb"));
        result.put("cost", c);
    }

    /** The size of each jar the meaning matcher brings, as found on the class path. */
    private static Map<String, Object> jarSizes() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        String[] wanted = {"langchain4j-embeddings-all-minilm", "langchain4j-embeddings-1", "langchain4j-core",
            "onnxruntime", "tokenizers", "/ai/djl/api", "jna-", "gson", "commons-compress", "commons-io",
            "commons-codec", "jspecify", "error_prone", "slf4j-api"};
        long total = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            for (String w : wanted) {
                if (entry.endsWith(".jar") && entry.contains(w)) {
                    long size = Files.size(Path.of(entry));
                    total += size;
                    m.put(Path.of(entry).getFileName().toString(), ParaphraseEval.round(size / 1048576.0));
                    break;
                }
            }
        }
        m.put("total", ParaphraseEval.round(total / 1048576.0));
        return m;
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** Rows of an STS-B file as {score, sentence 1, sentence 2}. */
    static List<String[]> readSts(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 7 && f[4].matches("[0-9.]+")) {
                rows.add(new String[] {f[4], f[5], f[6]});
            }
        }
        return rows;
    }

    private double[] cosines(List<String> a, List<String> b) {
        LinkedHashSet<String> unique = new LinkedHashSet<>(a);
        unique.addAll(b);
        List<String> texts = new ArrayList<>(unique);
        List<float[]> v = encoder.encode(texts);
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), v.get(i));
        }
        double[] c = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            c[i] = SentenceEncoder.cosine(byText.get(a.get(i)), byText.get(b.get(i)));
        }
        return c;
    }

    private double[] stsCosines(List<String[]> rows) {
        return cosines(rows.stream().map(r -> r[1]).toList(), rows.stream().map(r -> r[2]).toList());
    }

    private Map<String, Object> stsDev(List<String[]> rows) {
        long t0 = System.nanoTime();
        double[] cos = stsCosines(rows);
        double secs = (System.nanoTime() - t0) / 1e9;
        double[] gold = rows.stream().mapToDouble(r -> Double.parseDouble(r[0])).toArray();
        double rho = spearman(gold, cos);
        double r = SimilarityNewsEval.pearson(gold, cos);
        System.out.printf(Locale.ROOT, "STS-B dev, cosine of the meaning model alone: n=%d Spearman %.3f, Pearson "
                + "%.3f (encoded in %.1f s; word-level matcher: Pearson in paraphrase.json)%n", rows.size(), rho, r, secs);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", rows.size());
        m.put("spearman", ParaphraseEval.round(rho));
        m.put("pearson", ParaphraseEval.round(r));
        m.put("target", 0.80);
        m.put("encodeSeconds", ParaphraseEval.round(secs));
        return m;
    }

    /**
     * Calibration on STS-B train (a seeded sample of 2,000 pairs, to stay within the eval's time): the cosine
     * that best tells pairs graded at least 3 ("roughly equivalent") from the rest, the engine's MEANING
     * threshold, and at least 2 ("share some details"), its floor for the sentences a summary line condenses.
     */
    private Map<String, Object> calibrate(List<String[]> all) {
        List<String[]> rows = new ArrayList<>(all);
        Collections.shuffle(rows, new Random(ParaphraseEval.SEED));
        rows = rows.subList(0, Math.min(2000, rows.size()));
        double[] cos = stsCosines(rows);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", rows.size());
        for (double grade : new double[] {2.0, 3.0, 4.0}) {
            int[] y = rows.stream().mapToInt(r -> Double.parseDouble(r[0]) >= grade ? 1 : 0).toArray();
            double best = bestThreshold(cos, y);
            ParaphraseEval.Counts c = ParaphraseEval.Counts.of(cos, y, best);
            System.out.printf(Locale.ROOT, "STS-B train: cosine >= %.2f best tells grade >= %.0f: %s%n", best, grade, c);
            Map<String, Object> g = new LinkedHashMap<>(c.json());
            g.put("threshold", ParaphraseEval.round(best));
            m.put("grade>=" + (int) grade, g);
        }
        for (double t : new double[] {MeaningLinker.MEMBER_FLOOR, MeaningLinker.THRESHOLD}) {
            int[] y3 = rows.stream().mapToInt(r -> Double.parseDouble(r[0]) >= 3 ? 1 : 0).toArray();
            int[] y2 = rows.stream().mapToInt(r -> Double.parseDouble(r[0]) >= 2 ? 1 : 0).toArray();
            System.out.printf(Locale.ROOT, "STS-B train at the shipped cosine %.2f: grade>=3 %s | grade>=2 %s%n", t,
                    ParaphraseEval.Counts.of(cos, y3, t), ParaphraseEval.Counts.of(cos, y2, t));
        }
        m.put("shippedThreshold", MeaningLinker.THRESHOLD);
        m.put("shippedMemberFloor", MeaningLinker.MEMBER_FLOOR);
        return m;
    }

    /** The threshold on score that maximises accuracy against y (ties: the higher threshold). */
    static double bestThreshold(double[] score, int[] y) {
        double best = 0;
        double bestAcc = -1;
        for (int k = 0; k <= 100; k++) {
            double t = k / 100.0;
            double acc = ParaphraseEval.Counts.of(score, y, t).accuracy();
            if (acc >= bestAcc) {
                bestAcc = acc;
                best = t;
            }
        }
        return best;
    }

    /**
     * MSRP train: the cosine alone (threshold chosen on the nine training folds of each of 10 folds) and the
     * word-level paraphrase features plus the cosine in one logistic model (fitted per fold), against the
     * word-level features alone in the same folds.
     */
    private Map<String, Object> msrp(List<ParaphraseEval.Pair> pairs) {
        long t0 = System.nanoTime();
        double[] cos = cosines(pairs.stream().map(ParaphraseEval.Pair::s1).toList(),
                pairs.stream().map(ParaphraseEval.Pair::s2).toList());
        double encodeSecs = (System.nanoTime() - t0) / 1e9;
        ParaphraseMatcher matcher = new ParaphraseMatcher();
        double[][] word = new double[pairs.size()][];
        double[][] both = new double[pairs.size()][];
        int[] y = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            word[i] = matcher.features(pairs.get(i).s1(), pairs.get(i).s2());
            both[i] = java.util.Arrays.copyOf(word[i], word[i].length + 1);
            both[i][word[i].length] = cos[i];
            y[i] = pairs.get(i).label();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(ParaphraseEval.SEED));
        ParaphraseEval.Counts alone = new ParaphraseEval.Counts(0, 0, 0, 0);
        ParaphraseEval.Counts wordOnly = alone;
        ParaphraseEval.Counts combined = alone;
        List<Double> chosen = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int k = 0; k < order.size(); k++) {
                (k % 10 == f ? test : train).add(order.get(k));
            }
            double t = bestThreshold(pick(cos, train), labels(y, train));
            chosen.add(t);
            alone = alone.plus(ParaphraseEval.Counts.of(pick(cos, test), labels(y, test), t));
            wordOnly = wordOnly.plus(fold(word, y, train, test));
            combined = combined.plus(fold(both, y, train, test));
        }
        System.out.printf(Locale.ROOT, "MSRP train (n=%d, encoded in %.1f s), 10-fold CV:%n", pairs.size(), encodeSecs);
        System.out.println("  meaning cosine alone (threshold per fold, " + chosen + "): " + alone);
        System.out.println("  word-level features alone:                   " + wordOnly);
        System.out.println("  word-level features + meaning cosine:        " + combined);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cosineAloneCv10", alone.json());
        m.put("cosineThresholdsPerFold", chosen);
        m.put("wordLevelCv10", wordOnly.json());
        m.put("combinedCv10", combined.json());
        m.put("target", 0.80);
        Map<String, Object> at = new LinkedHashMap<>();
        for (double t : new double[] {MeaningLinker.MEMBER_FLOOR, MeaningLinker.THRESHOLD, 0.8, 0.9}) {
            at.put(String.format(Locale.ROOT, "%.2f", t), ParaphraseEval.Counts.of(cos, y, t).json());
            System.out.printf(Locale.ROOT, "  cosine >= %.2f on all of MSRP train: %s%n", t,
                    ParaphraseEval.Counts.of(cos, y, t));
        }
        m.put("cosineByThreshold", at);
        m.put("encodeSeconds", ParaphraseEval.round(encodeSecs));
        return m;
    }

    private static ParaphraseEval.Counts fold(double[][] x, int[] y, List<Integer> train, List<Integer> test) {
        Logistic.Model model = Logistic.fit(train.stream().map(i -> x[i]).toArray(double[][]::new), labels(y, train),
                ParaphraseEval.L2);
        double[] p = test.stream().mapToDouble(i -> model.probability(x[i])).toArray();
        return ParaphraseEval.Counts.of(p, labels(y, test), ParaphraseEval.THRESHOLD);
    }

    private static double[] pick(double[] v, List<Integer> idx) {
        return idx.stream().mapToDouble(i -> v[i]).toArray();
    }

    private static int[] labels(int[] y, List<Integer> idx) {
        return idx.stream().mapToInt(i -> y[i]).toArray();
    }

    static double spearman(double[] a, double[] b) {
        return SimilarityNewsEval.pearson(SimilarityNewsEval.ranks(a), SimilarityNewsEval.ranks(b));
    }
}
