package org.storycompare.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Fits the weights of {@link HeadlineFeatures} on pasted pages with a known title (wcxb-dev's gold; on htmldate's
 * pages the HTML reader's title, see {@code HtmldateCopies}; {@code -Dfit.proxy=false} leaves those out): a conditional logit (softmax
 * over a page's candidate lines, the gold title's line the one to pick), L2-regularised, on standardised
 * features. Prints the current weights' accuracy, a 10-fold cross-validated accuracy of fitted weights (folds by
 * page, both renderings of a page in the same fold) and the weights fitted on all pages, in the features' own
 * scale, for pasting into {@link HeadlineFeatures#WEIGHTS}. Evaluation tooling only: reads the copies that
 * {@code PastedTextMain} writes (target/eval/pasted-text/{copy,w3m}/ID.txt) and the wcxb-dev gold titles.
 *
 * <p>Arguments: the real-news folder, the pasted-text folder, optionally the L2 strength (default 0.01);
 * {@code -Dmisses} lists the pages the fitted weights get wrong, with the features that decided.
 */
public final class HeadlineFitMain {

    private record Cand(int line, double[] f, boolean gold) {
    }

    private record Page(String id, String kind, HeadlineFeatures hf, List<TextLine> lines, List<Cand> cands, int gold,
            String title) {
    }

    private HeadlineFitMain() {
    }

    public static void main(String[] args) throws IOException {
        Path realNews = Path.of(args.length > 0 ? args[0] : "../shared/real-news");
        Path pasted = Path.of(args.length > 1 ? args[1] : "target/eval/pasted-text");
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 0.01;
        run(realNews, pasted, l2, true);
    }

    /**
     * The figures (the weights in use, 10-fold cross-validated fitted weights by rendering) as a map for the
     * evaluation report; the fitted weights too when {@code printWeights}.
     */
    public static Map<String, Object> run(Path realNews, Path pasted, double l2, boolean printWeights)
            throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(realNews.resolve("wcxb-dev/gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                if (g.path("title").isTextual()) {
                    titles.put(g.get("id").asText(), g.get("title").asText());
                }
            }
        }
        List<Page> pages = new ArrayList<>();
        for (String kind : new String[] {"copy", "w3m"}) {
            for (Map.Entry<String, String> t : titles.entrySet()) {
                Path file = pasted.resolve(kind).resolve(t.getKey() + ".txt");
                if (Files.isRegularFile(file)) {
                    pages.add(page(t.getKey(), kind, Files.readString(file, StandardCharsets.UTF_8), t.getValue()));
                }
            }
        }
        // htmldate pages, the HTML reader's title standing in for a gold one (see HtmldateCopies)
        Path proxy = pasted.resolve("htmldate");
        if (!Files.isRegularFile(proxy.resolve("titles.tsv"))) {
            org.storycompare.eval.HtmldateCopies.write(realNews, pasted);
        }
        if (Files.isRegularFile(proxy.resolve("titles.tsv"))) {
            for (String line : Files.readAllLines(proxy.resolve("titles.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 2);
                Path file = proxy.resolve(f[0] + ".txt");
                if (f.length == 2 && Files.isRegularFile(file)) {
                    pages.add(page(f[0], "htmldate", Files.readString(file, StandardCharsets.UTF_8), f[1]));
                }
            }
        }
        boolean withProxy = !"false".equals(System.getProperty("fit.proxy"));
        int covered = (int) pages.stream().filter(p -> p.gold >= 0).count();
        System.out.printf(Locale.ROOT, "Pasted-text headline: %d copies, the gold title a candidate line on %d%n",
                pages.size(), covered);
        result.put("copies", pages.size());
        result.put("goldAmongCandidates", covered);
        Map<String, List<Page>> kinds = new LinkedHashMap<>();
        pages.forEach(p -> kinds.computeIfAbsent(p.kind, x -> new ArrayList<>()).add(p));
        kinds.forEach((kind, of) -> {
            double a = accuracy(of, HeadlineFeatures.WEIGHTS);
            System.out.printf(Locale.ROOT, "  weights in use, %s: %.3f of %d%s%n", kind, a, of.size(),
                    kind.equals("htmldate") ? " (agreement with the HTML reader's title)" : "");
            result.put("weightsInUse_" + kind, Math.round(a * 1000) / 1000.0);
        });
        int folds = 10;
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            List<Page> train = new ArrayList<>();
            List<Page> test = new ArrayList<>();
            for (Page p : pages) {
                if (Math.floorMod(p.id.hashCode(), folds) == k) {
                    test.add(p);
                } else if (withProxy || !p.kind.equals("htmldate")) {
                    train.add(p);
                }
            }
            double[] w = fit(train, l2);
            for (Page p : test) {
                int[] c = byKind.computeIfAbsent(p.kind, x -> new int[2]);
                c[0] += (int) Math.round(accuracy(List.of(p), w));
                c[1]++;
            }
        }
        byKind.forEach((kind, c) -> {
            System.out.printf(Locale.ROOT, "  10-fold cross-validated (held-out estimate), %s: %.3f of %d%n", kind,
                    c[0] / (double) c[1], c[1]);
            result.put("crossValidated_" + kind, Math.round(c[0] * 1000.0 / c[1]) / 1000.0);
        });
        System.out.printf(Locale.ROOT, "  (fitted on wcxb-dev%s, L2 %.4f)%n", withProxy ? " and htmldate" : "", l2);
        if (!printWeights || pages.isEmpty()) {
            return result;
        }
        double[] w = fit(pages.stream().filter(p -> withProxy || !p.kind.equals("htmldate")).toList(), l2);
        System.out.printf(Locale.ROOT, "fitted on all: %.3f%n", accuracy(pages, w));
        if (System.getProperty("misses") != null) {
            for (Page p : pages) {
                if (p.gold < 0) {
                    continue;
                }
                int best = best(p, w);
                double bestScore = best < 0 ? 0 : dot(w, p.cands.get(best).f);
                if (best < 0 || !p.cands.get(best).gold) {
                    Cand g = p.cands.get(p.gold);
                    System.out.printf(Locale.ROOT, "MISS %s gold L%d %.2f '%s'%n     got L%d %.2f '%s'%n", p.id, g.line,
                            dot(w, g.f), p.lines.get(g.line).content(), best < 0 ? -1 : p.cands.get(best).line,
                            bestScore, best < 0 ? "" : p.lines.get(p.cands.get(best).line).content());
                    StringBuilder diff = new StringBuilder("     ");
                    for (int k = 0; k < w.length && best >= 0; k++) {
                        double dk = w[k] * (g.f[k] - p.cands.get(best).f[k]);
                        if (Math.abs(dk) > 0.3) {
                            diff.append(String.format(Locale.ROOT, "%s %+.1f  ", HeadlineFeatures.NAMES[k], dk));
                        }
                    }
                    System.out.println(diff);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < w.length; k++) {
            sb.append(String.format(Locale.ROOT, "%s%.2f", k == 0 ? "" : ", ", w[k]));
            System.out.printf(Locale.ROOT, "  %-18s %7.3f%n", HeadlineFeatures.NAMES[k], w[k]);
        }
        System.out.println("{" + sb + "}");
        return result;
    }

    private static Page page(String id, String kind, String text, String title) {
        List<TextLine> lines = TextLine.split(text.replace("\r\n", "\n"));
        int n = lines.size();
        boolean[] meta = TextMetadata.meta(lines, new LineForms.DateLine[n], new LineForms.Byline[n]);
        HeadlineFeatures hf = new HeadlineFeatures(lines, meta);
        List<Cand> cands = new ArrayList<>();
        int gold = -1;
        for (int i = 0; i < n; i++) {
            int body = hf.body(i);
            if (body >= 0 && hf.candidate(i)) {
                boolean right = norm(lines.get(i).content()).equals(norm(title));
                if (right && gold < 0) {
                    gold = cands.size();
                }
                cands.add(new Cand(i, hf.of(i, body), right));
            }
        }
        return new Page(id, kind, hf, lines, cands, gold, norm(title));
    }

    private static String norm(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The candidate with the best positive score, as {@link Headline#find} picks it; -1 when none scores above 0. */
    private static int best(Page p, double[] w) {
        int best = -1;
        double bestScore = 0;
        for (int c = 0; c < p.cands.size(); c++) {
            double s = dot(w, p.cands.get(c).f);
            if (s > bestScore + 1e-9) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** The share of pages whose chosen line (the best positive score) is the gold title's. */
    private static double accuracy(List<Page> pages, double[] w) {
        int right = 0;
        for (Page p : pages) {
            int best = best(p, w);
            if (best >= 0) {
                int line = p.cands.get(best).line;
                if (line > 0 && Headline.deck(p.lines, p.hf.meta, line) && !p.hf.repeated(line)) {
                    line--;
                }
                right += norm(p.lines.get(line).content()).equals(p.title) ? 1 : 0;
            }
        }
        return pages.isEmpty() ? 0 : right / (double) pages.size();
    }

    private static double dot(double[] w, double[] f) {
        double s = 0;
        for (int k = 0; k < f.length; k++) {
            s += w[k] * f[k];
        }
        return s;
    }

    /**
     * Softmax over each page's candidates by gradient descent on standardised features; the bias is set
     * afterwards so that the gold line of a page scores above zero as often as the fit allows.
     */
    private static double[] fit(List<Page> pages, double l2) {
        int d = HeadlineFeatures.NAMES.length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        int count = 0;
        for (Page p : pages) {
            for (Cand c : p.cands) {
                count++;
                for (int k = 0; k < d; k++) {
                    mean[k] += c.f[k];
                    sd[k] += c.f[k] * c.f[k];
                }
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= Math.max(1, count);
            sd[k] = Math.sqrt(Math.max(1e-12, sd[k] / Math.max(1, count) - mean[k] * mean[k]));
        }
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        List<Page> used = pages.stream().filter(p -> p.gold >= 0).toList();
        for (int it = 1; it <= 600; it++) {
            double[] g = new double[d];
            for (Page p : used) {
                double[] s = new double[p.cands.size()];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < s.length; c++) {
                    s[c] = dotStd(w, p.cands.get(c).f, mean, sd);
                    max = Math.max(max, s[c]);
                }
                double z = 0;
                for (int c = 0; c < s.length; c++) {
                    s[c] = Math.exp(s[c] - max);
                    z += s[c];
                }
                double zg = 0;
                for (int c = 0; c < s.length; c++) {
                    zg += p.cands.get(c).gold ? s[c] : 0;
                }
                for (int c = 0; c < s.length; c++) {
                    double pc = s[c] / z - (p.cands.get(c).gold ? s[c] / zg : 0);
                    double[] f = p.cands.get(c).f;
                    for (int k = 1; k < d; k++) {
                        g[k] += pc * (f[k] - mean[k]) / sd[k];
                    }
                }
            }
            for (int k = 1; k < d; k++) {
                g[k] = g[k] / used.size() + l2 * w[k];
                m[k] = 0.9 * m[k] + 0.1 * g[k];
                v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
                double mh = m[k] / (1 - Math.pow(0.9, it));
                double vh = v[k] / (1 - Math.pow(0.999, it));
                w[k] -= 0.05 * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        double[] raw = new double[d];
        double shift = 0;
        for (int k = 1; k < d; k++) {
            raw[k] = w[k] / sd[k];
            shift -= raw[k] * mean[k];
        }
        raw[0] = shift;
        // the bias: the score a line needs to be taken at all; the level where the most pages come out right
        double[] tries = new double[81];
        for (int t = 0; t < tries.length; t++) {
            tries[t] = shift - 4 + t * 0.1;
        }
        double bestAcc = -1;
        double bestBias = shift;
        for (double b : tries) {
            raw[0] = b;
            double a = accuracy(pages, raw);
            if (a > bestAcc + 1e-9) {
                bestAcc = a;
                bestBias = b;
            }
        }
        raw[0] = bestBias;
        return Arrays.copyOf(raw, d);
    }

    private static double dotStd(double[] w, double[] f, double[] mean, double[] sd) {
        double s = 0;
        for (int k = 1; k < f.length; k++) {
            s += w[k] * (f[k] - mean[k]) / sd[k];
        }
        return s;
    }
}
