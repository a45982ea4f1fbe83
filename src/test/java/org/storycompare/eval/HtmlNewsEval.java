package org.storycompare.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.ingest.ArticleReader;
import org.storycompare.ingest.Limits;
import org.storycompare.ingest.ParsedArticle;
import org.storycompare.ingest.ReadException;
import org.storycompare.ingest.ReaderRegistry;

/**
 * Real web pages through the app's own HTML reader (the standard registry's reader for "html", with the
 * default limits): main text against wcxb-dev's gold text (word multisets of lower-cased {@code \w+} tokens,
 * precision, recall and F1 averaged over pages; share of "with" snippets found and "without" snippets leaked;
 * refusals), title, author and date exactly right on wcxb-dev (trimmed, case-folded; dates by the day), and
 * the date on htmldate's pages (accuracy, and precision / recall / F as htmldate's comparison defines them).
 * Writes target/eval/html-news.json and, for looking into failures, html-news-pages.jsonl.
 */
final class HtmlNewsEval {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path realNews;
    private final Path out;
    private final ArticleReader reader = ReaderRegistry.standard().forFormat("html").orElseThrow();
    private final List<Long> nanos = new ArrayList<>();
    private final List<Long> cpuNanos = new ArrayList<>();
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<Map<String, Object>> pages = new ArrayList<>();

    HtmlNewsEval(Path realNews, Path out) {
        this.realNews = realNews;
        this.out = out;
    }

    /** This section alone: the real-news folder as the only argument. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        new HtmlNewsEval(Path.of(args.length > 0 ? args[0] : "../shared/real-news"), out).run();
    }

    Map<String, Object> run() throws IOException {
        Map<String, Object> result = new LinkedHashMap<>();
        Path wcxb = realNews.resolve("wcxb-dev");
        Path htmldate = realNews.resolve("htmldate");
        if (Files.isRegularFile(wcxb.resolve("gold.jsonl"))) {
            result.put("wcxb", wcxb(wcxb));
        } else {
            System.out.println("wcxb-dev not found in " + realNews.toAbsolutePath() + " - skipped.");
        }
        if (Files.isRegularFile(htmldate.resolve("gold.jsonl"))) {
            result.put("htmldate", htmldate(htmldate));
        } else {
            System.out.println("htmldate not found in " + realNews.toAbsolutePath() + " - skipped.");
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
        result.put("medianMsPerPage", round(median));
        long[] cpu = cpuNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double cpuMedian = cpu.length == 0 ? Double.NaN : cpu[cpu.length / 2] / 1e6;
        result.put("medianCpuMsPerPage", round(cpuMedian));
        result.put("pagesTimed", sorted.length);
        System.out.printf(Locale.ROOT, "HTML reader: median %.1f ms per page (wall clock), %.1f ms of CPU, over %d"
                + " pages (goal < 20 ms; the JMH benchmark HtmlExtractBench is the reference)%n",
                median, cpuMedian, sorted.length);
        JSON.writeValue(out.resolve("html-news.json").toFile(), result);
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> p : pages) {
            lines.append(new ObjectMapper().writeValueAsString(p)).append('\n');
        }
        Files.writeString(out.resolve("html-news-pages.jsonl"), lines, StandardCharsets.UTF_8);
        return result;
    }

    private Map<String, Object> wcxb(Path dir) throws IOException {
        double p = 0;
        double r = 0;
        double f = 0;
        int n = 0;
        int refused = 0;
        int withTotal = 0;
        int withFound = 0;
        int withoutTotal = 0;
        int withoutLeaked = 0;
        int[] title = new int[2];
        int[] author = new int[2];
        int[] date = new int[2];
        for (JsonNode g : gold(dir)) {
            String id = g.get("id").asText();
            ParsedArticle a = read(dir.resolve(id + ".html.gz"), id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("set", "wcxb");
            row.put("id", id);
            n++;
            String text = a == null ? "" : a.text();
            if (a == null) {
                refused++;
                row.put("refused", true);
            }
            double[] prf = prf(text, str(g, "main_content"));
            p += prf[0];
            r += prf[1];
            f += prf[2];
            row.put("f1", round(prf[2]));
            row.put("p", round(prf[0]));
            row.put("r", round(prf[1]));
            String lower = text.toLowerCase(Locale.ROOT);
            for (JsonNode s : g.path("with")) {
                withTotal++;
                if (lower.contains(s.asText().toLowerCase(Locale.ROOT))) {
                    withFound++;
                }
            }
            for (JsonNode s : g.path("without")) {
                withoutTotal++;
                if (lower.contains(s.asText().toLowerCase(Locale.ROOT))) {
                    withoutLeaked++;
                }
            }
            same(title, str(g, "title"), a == null ? null : a.title(), row, "title");
            same(author, str(g, "author"), a == null ? null : a.author(), row, "author");
            same(date, str(g, "date"), a == null || a.published() == null ? null : a.published().toString(), row,
                    "date");
            if (a != null && !a.notes().isEmpty()) {
                row.put("notes", a.notes());
            }
            pages.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", n);
        m.put("wordPrecision", round(p / n));
        m.put("wordRecall", round(r / n));
        m.put("wordF1", round(f / n));
        m.put("withSnippetsFound", round(withFound / (double) Math.max(1, withTotal)));
        m.put("withoutSnippetsLeaked", round(withoutLeaked / (double) Math.max(1, withoutTotal)));
        m.put("refused", refused);
        m.put("titleRight", round(title[0] / (double) Math.max(1, title[1])));
        m.put("titleGold", title[1]);
        m.put("authorRight", round(author[0] / (double) Math.max(1, author[1])));
        m.put("authorGold", author[1]);
        m.put("dateRight", round(date[0] / (double) Math.max(1, date[1])));
        m.put("dateGold", date[1]);
        System.out.println("Real news, wcxb-dev (" + n + " article pages) through the HTML reader");
        System.out.printf(Locale.ROOT, "  %-34s %6s   %s%n", "measure", "value", "goal");
        row("main-text word precision", p / n, "");
        row("main-text word recall", r / n, "");
        row("main-text word F1", f / n, ">= 0.95");
        row("'with' snippets found", (double) m.get("withSnippetsFound"), "");
        row("'without' snippets leaked", (double) m.get("withoutSnippetsLeaked"), "");
        System.out.printf(Locale.ROOT, "  %-34s %6d   %s%n", "pages refused", refused, "0");
        row("title exactly right (" + title[1] + ")", title[0] / (double) Math.max(1, title[1]), ">= 0.90");
        row("author exactly right (" + author[1] + ")", author[0] / (double) Math.max(1, author[1]), ">= 0.80");
        row("date (day) right (" + date[1] + ")", date[0] / (double) Math.max(1, date[1]), ">= 0.90");
        return m;
    }

    private Map<String, Object> htmldate(Path dir) throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int n = 0;
        for (JsonNode g : gold(dir)) {
            String id = g.get("id").asText();
            ParsedArticle a = read(dir.resolve(id + ".html.gz"), id);
            LocalDate got = a == null ? null : a.published();
            String want = str(g, "date");
            n++;
            if (got == null) {
                fn++;
            } else if (got.toString().equals(want)) {
                tp++;
            } else {
                fp++;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("set", "htmldate");
            row.put("id", id);
            row.put("date", got == null ? null : got.toString());
            row.put("dateGold", want);
            row.put("dateOk", got != null && got.toString().equals(want));
            pages.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        m.put("pages", n);
        m.put("accuracy", round(tp / (double) n));
        m.put("precision", round(precision));
        m.put("recall", round(recall));
        m.put("fScore", round(2.0 * tp / Math.max(1, 2 * tp + fp + fn)));
        System.out.println("Real news, htmldate (" + n + " pages): publication date through the HTML reader");
        row("date accuracy", tp / (double) n, ">= 0.90");
        row("date precision", precision, "");
        row("date recall", recall, "");
        row("date F-score", (double) m.get("fScore"), "");
        return m;
    }

    /** The page through the app's HTML reader, timed; null when the reader refuses it. */
    private ParsedArticle read(Path gz, String id) throws IOException {
        byte[] data = PastedTextEval.gunzip(gz);
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        try {
            return reader.read(data, id + ".html", Limits.DEFAULT);
        } catch (ReadException e) {
            return null;
        } finally {
            nanos.add(System.nanoTime() - t0);
            cpuNanos.add(threads.getCurrentThreadCpuTime() - c0);
        }
    }

    private static List<JsonNode> gold(Path dir) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static void same(int[] counts, String gold, String got, Map<String, Object> row, String field) {
        if (gold == null || gold.isBlank()) {
            return;
        }
        counts[1]++;
        boolean ok = got != null && fold(got).equals(fold(gold));
        if (ok) {
            counts[0]++;
        }
        row.put(field, got);
        row.put(field + "Gold", gold);
        row.put(field + "Ok", ok);
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Word precision, recall and F1 of {@code got} against {@code gold} (multisets of lower-cased words). */
    static double[] prf(String got, String gold) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> e = bag(got);
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int en = e.values().stream().mapToInt(Integer::intValue).sum();
        if (gn == 0 || en == 0) {
            double v = gn == en ? 1 : 0;
            return new double[] {v, v, v};
        }
        int common = 0;
        for (Map.Entry<String, Integer> x : e.entrySet()) {
            common += Math.min(x.getValue(), g.getOrDefault(x.getKey(), 0));
        }
        double p = common / (double) en;
        double r = common / (double) gn;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        if (s == null) {
            return m;
        }
        Matcher x = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (x.find()) {
            m.merge(x.group(), 1, Integer::sum);
        }
        return m;
    }

    private static String str(JsonNode g, String field) {
        JsonNode v = g.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void row(String what, double v, String goal) {
        System.out.printf(Locale.ROOT, "  %-34s %6.3f   %s%n", what, v, goal);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1000) / 1000.0;
    }
}
