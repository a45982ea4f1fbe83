package org.storycompare.eval;

import org.storycompare.engine.StoryAnalysis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.provenance.Provenance;

/**
 * Pair similarity on real news: the SemEval-2022 Task 8 English pairs (real-news/semeval2022-train; human
 * {@code overall} 1 = very similar .. 4 = very dissimilar). Each pair is compared by the real engine
 * ({@link StoryEngine#compare} on two articles, default options) and its provenance read. Prints the Pearson and
 * Spearman correlation of the pair similarity with {@code overall} (negative is right: 1 is most similar) and the
 * share of independent-coverage pairs that get a provenance link. Independent coverage: {@code overall >= 2.5}
 * (the annotators found the two articles more dissimilar than similar, so neither can be a copy of the other);
 * the share is also given for all pairs and for the most similar ones (overall < 1.5, where real wire copies are
 * possible). Writes target/eval/similarity-news.json.
 */
final class SimilarityNewsEval {

    static final double INDEPENDENT_FROM = 2.5;

    private final Path folder;
    private final Path out;

    SimilarityNewsEval(Path realNews, Path out) {
        this.folder = realNews.resolve("semeval2022-train");
        this.out = out;
    }

    /** Runs this section alone: args[0] the real-news folder. */
    public static void main(String[] args) throws IOException {
        new SimilarityNewsEval(Path.of(args.length > 0 ? args[0] : "../shared/real-news"), Path.of("target", "eval")).run();
    }

    record Row(String id, double overall, double similarity, double containment, boolean linked, String kind) {
    }

    Map<String, Object> run() throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        if (!Files.isRegularFile(folder.resolve("pairs.tsv"))) {
            System.out.println("semeval2022-train not found in " + folder.toAbsolutePath() + " - skipped.");
            return r;
        }
        Map<String, String> texts = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(folder.resolve("texts.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                texts.put(n.get("id").asText(), n.get("text").asText());
            }
        }
        StoryEngine engine = new StoryEngine(CompareOptions.DEFAULTS);
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        List<String> lines = Files.readAllLines(folder.resolve("pairs.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            String a = texts.get(f[1]);
            String b = texts.get(f[2]);
            if (a == null || b == null) {
                System.out.println("semeval2022-train: pair " + f[0] + " has no text for one side - skipped.");
                continue;
            }
            List<Article> pair = List.of(new Article(f[1], a, ArticleMeta.EMPTY), new Article(f[2], b, ArticleMeta.EMPTY));
            StoryAnalysis story = engine.analyse(pair, ProgressListener.NONE, Cancellation.NEVER);
            PairAlignment p = story.pair(f[1], f[2]).orElse(null);
            Provenance prov = story.provenance();
            double sim = p == null ? 0 : p.similarity();
            double con = p == null ? 0 : Math.max(p.containmentAInB(), p.containmentBInA());
            String kind = prov.links().isEmpty() ? "" : prov.links().get(0).kind();
            rows.add(new Row(f[0], Double.parseDouble(f[3]), sim, con, !prov.links().isEmpty(), kind));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] human = rows.stream().mapToDouble(Row::overall).toArray();
        double[] sims = rows.stream().mapToDouble(Row::similarity).toArray();
        double[] cons = rows.stream().mapToDouble(Row::containment).toArray();
        r.put("pairs", rows.size());
        r.put("pearsonSimilarity", round(pearson(sims, human)));
        r.put("spearmanSimilarity", round(pearson(ranks(sims), ranks(human))));
        r.put("pearsonContainment", round(pearson(cons, human)));
        r.put("similarityOne", rows.stream().filter(x -> x.similarity() >= 0.999).count());
        r.put("linkIndependent", share(rows, x -> x.overall() >= INDEPENDENT_FROM));
        r.put("linkMostSimilar", share(rows, x -> x.overall() < 1.5));
        r.put("linkAll", share(rows, x -> true));
        r.put("seconds", round(seconds));
        List<Map<String, Object>> linkedIndependent = new ArrayList<>();
        for (Row x : rows) {
            if (x.linked() && x.overall() >= INDEPENDENT_FROM) {
                linkedIndependent.add(Map.of("pair", x.id(), "overall", round(x.overall()),
                        "similarity", round(x.similarity()), "kind", x.kind()));
            }
        }
        r.put("independentWithLink", linkedIndependent);
        System.out.println("Real news, semeval2022-train pair similarity (" + rows.size() + " pairs, "
                + String.format(Locale.ROOT, "%.1f s", seconds) + "; overall 1 = very similar, 4 = very dissimilar)");
        System.out.printf(Locale.ROOT, "  %-46s %8s%n", "figure", "value");
        for (String k : List.of("pearsonSimilarity", "spearmanSimilarity", "pearsonContainment", "similarityOne")) {
            System.out.printf(Locale.ROOT, "  %-46s %8s%n", k, r.get(k));
        }
        for (String k : List.of("linkIndependent", "linkMostSimilar", "linkAll")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) r.get(k);
            System.out.printf(Locale.ROOT, "  %-46s %8s (%s of %s)%n", k + " (share with a provenance link)",
                    s.get("share"), s.get("linked"), s.get("of"));
        }
        Files.createDirectories(out);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.resolve("similarity-news.json").toFile(), r);
        return r;
    }

    private static Map<String, Object> share(List<Row> rows, java.util.function.Predicate<Row> which) {
        long of = rows.stream().filter(which).count();
        long linked = rows.stream().filter(which).filter(Row::linked).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("of", of);
        m.put("linked", linked);
        m.put("share", of == 0 ? 0 : round((double) linked / of));
        return m;
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
    }

    /** Ranks from 1, ties sharing their mean rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                r[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return r;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
