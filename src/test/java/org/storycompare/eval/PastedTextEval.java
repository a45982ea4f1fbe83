package org.storycompare.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storycompare.ingest.ArticleReader;
import org.storycompare.ingest.Limits;
import org.storycompare.ingest.ParsedArticle;
import org.storycompare.ingest.ReadException;
import org.storycompare.ingest.ReaderRegistry;

/**
 * Pasted text: each wcxb-dev page turned into the text a browser gives for select-all and copy, read by the
 * real .txt reader, and its title, publication day, outlet and author compared with the gold. Two renderings:
 * our {@link BrowserCopy} (innerText rules, always) and {@code w3m -dump} (when w3m is installed; skipped with
 * a message otherwise). The copies are written under target/eval/pasted-text/ only.
 *
 * <p>Gold: title, author and date from gold.jsonl; the outlet is the page's og:site_name, else its URL host
 * without "www.". The outlet is scored only where the text names it: the gold name's words (or the name
 * written as one word) occur in the copied text. Names are compared after case folding, dropping a leading
 * "The", a trailing web suffix (".com", ".org", ".co.uk"...) and everything but letters and digits; titles and
 * authors after case folding and collapsing white space; dates by the day.
 */
final class PastedTextEval {

    /** A line that credits a source: a copyright notice, a byline, "Source:", a dateline or a URL. */
    static final java.util.regex.Pattern CREDIT_LINE = java.util.regex.Pattern.compile(
            "(?i)©|\\(c\\)|\\bcopyright\\b|^\\s*by\\s|\\bsource\\s*:|\\([^()]{2,40}\\)\\s*[-–—]|https?://");

    private final Path pages;
    private final Path out;
    private final ArticleReader reader = ReaderRegistry.standard().forFormat("txt").orElseThrow();

    PastedTextEval(Path realNews, Path out) {
        this.pages = realNews.resolve("wcxb-dev");
        this.out = out;
    }

    /** Figures of one rendering. */
    private static final class Tally {
        int pages;
        int titleGold;
        int titleRight;
        int titleInText;
        int titleRightInText;
        int titleWrong;
        int dateGold;
        int dateRight;
        int dateWrong;
        int outletNamed;
        int outletRight;
        int outletWrong;
        int outletCredited;
        int outletCreditedRight;
        int authorGold;
        int authorRight;
        long nanos;

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", pages);
            m.put("title", share(titleRight, titleGold));
            m.put("titleWhereTheTextHasIt", share(titleRightInText, titleInText));
            m.put("titleWrong", titleWrong);
            m.put("date", share(dateRight, dateGold));
            m.put("dateWrong", dateWrong);
            m.put("outletWhereNamed", share(outletRight, outletNamed));
            m.put("outletWrong", outletWrong);
            m.put("outletWhereACreditLineNamesIt", share(outletCreditedRight, outletCredited));
            m.put("author", share(authorRight, authorGold));
            m.put("msPerPage", Math.round(nanos / 1e4 / Math.max(1, pages)) / 100.0);
            return m;
        }
    }

    private static Map<String, Object> share(int right, int of) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", of);
        m.put("right", right);
        m.put("share", of == 0 ? 0 : Math.round(1000.0 * right / of) / 1000.0);
        return m;
    }

    Map<String, Object> run() throws IOException, InterruptedException {
        Path gold = pages.resolve("gold.jsonl");
        Map<String, Object> result = new LinkedHashMap<>();
        if (!Files.isRegularFile(gold)) {
            System.out.println("Pasted text: " + gold + " not found - skipped.");
            return result;
        }
        boolean w3m = !"false".equals(System.getProperty("pasted.w3m")) && w3mAvailable();
        if (!w3m) {
            System.out.println("Pasted text: w3m is not installed - the w3m rendering is skipped.");
        }
        ObjectMapper om = new ObjectMapper();
        Tally copy = new Tally();
        Tally dump = new Tally();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = om.readTree(line);
            String id = g.get("id").asText();
            byte[] html = gunzip(pages.resolve(id + ".html.gz"));
            Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, g.path("url").asText(""));
            String outlet = goldOutlet(doc, g.path("url").asText(""));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("copy", score(copy, g, outlet, BrowserCopy.of(doc.body()), id, "copy"));
            if (w3m) {
                row.put("w3m", score(dump, g, outlet, w3mDump(html, doc.charset().name()), id, "w3m"));
            }
            rows.add(row);
        }
        result.put("browserCopy", copy.json());
        if (w3m) {
            result.put("w3m", dump.json());
        }
        System.out.println("Pasted text (wcxb-dev pages copied as plain text, read by the .txt reader)");
        System.out.println(String.format(Locale.ROOT, "%-12s %5s %7s %10s %7s %6s %8s %8s %7s %7s %6s",
                "rendering", "pages", "title", "title/in", "date", "d.bad", "outlet", "o.credit", "o.bad", "author", "ms"));
        print("browser-copy", copy);
        if (w3m) {
            print("w3m -dump", dump);
        }
        result.put("pages", rows);
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("pasted-text.json").toFile(), result);
        System.out.println("Wrote " + out.resolve("pasted-text.json"));
        return result;
    }

    private static void print(String name, Tally t) {
        System.out.println(String.format(Locale.ROOT, "%-12s %5d %7s %10s %7s %6d %8s %8s %7d %7s %6.2f", name,
                t.pages, pct(t.titleRight, t.titleGold), pct(t.titleRightInText, t.titleInText),
                pct(t.dateRight, t.dateGold), t.dateWrong, pct(t.outletRight, t.outletNamed),
                pct(t.outletCreditedRight, t.outletCredited), t.outletWrong, pct(t.authorRight, t.authorGold),
                t.nanos / 1e6 / Math.max(1, t.pages)));
    }

    private static String pct(int right, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) of);
    }

    private Map<String, Object> score(Tally t, JsonNode g, String outlet, String text, String id, String kind)
            throws IOException {
        Path file = out.resolve("pasted-text").resolve(kind).resolve(id + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ParsedArticle a;
        long t0 = System.nanoTime();
        try {
            a = reader.read(Files.readAllBytes(file), file.getFileName().toString(), Limits.DEFAULT);
        } catch (ReadException e) {
            a = ParsedArticle.of(" ");
        }
        t.nanos += System.nanoTime() - t0;
        t.pages++;
        Map<String, Object> r = new LinkedHashMap<>();
        if (Boolean.getBoolean("pasted.debug")) {
            System.out.println(kind + " " + id + "\n  T " + g.path("title").asText() + "\n  t " + a.title() + "\n  D "
                    + g.path("date").asText() + " d " + a.published() + "\n  O " + outlet + " named=" + named(outlet, text)
                    + " o " + a.outlet() + "\n  A " + g.path("author").asText() + " a " + a.author());
        }
        String title = g.path("title").isTextual() ? g.get("title").asText() : null;
        if (title != null) {
            t.titleGold++;
            boolean right = norm(title).equals(norm(a.title()));
            boolean inText = text.lines().anyMatch(l -> norm(l).equals(norm(title)));
            t.titleRight += right ? 1 : 0;
            t.titleWrong += !right && a.title() != null ? 1 : 0;
            t.titleInText += inText ? 1 : 0;
            t.titleRightInText += inText && right ? 1 : 0;
            r.put("title", right);
        }
        String date = g.path("date").isTextual() ? g.get("date").asText() : null;
        if (date != null) {
            t.dateGold++;
            boolean right = a.published() != null && a.published().toString().equals(date);
            t.dateRight += right ? 1 : 0;
            r.put("date", right);
        }
        if (a.published() != null && !a.published().toString().equals(date)) {
            t.dateWrong++;
        }
        if (outlet != null && named(outlet, text)) {
            t.outletNamed++;
            boolean right = key(outlet).equals(key(a.outlet()));
            t.outletRight += right ? 1 : 0;
            t.outletWrong += !right && a.outlet() != null ? 1 : 0;
            r.put("outlet", right);
            if (text.lines().anyMatch(l -> CREDIT_LINE.matcher(l).find() && named(outlet, l))) {
                t.outletCredited++;
                t.outletCreditedRight += right ? 1 : 0;
            }
        }
        String author = g.path("author").isTextual() ? g.get("author").asText() : null;
        if (author != null) {
            t.authorGold++;
            boolean right = norm(author).equals(norm(a.author()));
            t.authorRight += right ? 1 : 0;
            r.put("author", right);
        }
        return r;
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** An outlet name reduced for comparison: "The Example.com" and "example" give the same key. */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String k = norm(s).replaceFirst("^the\\s+", "")
                .replaceFirst("\\.(?:com|org|net|co|io|info|news|in|co\\.uk|org\\.uk|com\\.au|ca|de|fr|ie|us)$", "");
        return k.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** True when the text names the outlet: its words in a row, or its key as one word. */
    static boolean named(String outlet, String text) {
        String k = key(outlet);
        if (k.isEmpty()) {
            return false;
        }
        String words = " " + norm(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String name = norm(outlet).replaceFirst("^the\\s+", "")
                .replaceFirst("\\.(?:com|org|net|co|io|info|news|in|co\\.uk|org\\.uk|com\\.au|ca|de|fr|ie|us)$", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.contains(" " + name + " ") || words.contains(" " + k + " ");
    }

    static String goldOutlet(Document doc, String url) {
        String site = doc.select("meta[property=og:site_name], meta[name=og:site_name]").attr("content").strip();
        if (!site.isEmpty()) {
            return site;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    private static boolean w3mAvailable() {
        try {
            Process p = new ProcessBuilder("w3m", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String w3mDump(byte[] html, String charset) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("w3m", "-dump", "-T", "text/html", "-cols", "2000", "-I", charset,
                "-O", "UTF-8").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feed = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write(html);
            } catch (IOException ignored) {
                // w3m stopped reading; its output so far is used
            }
        });
        feed.start();
        byte[] text = p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        feed.join();
        return new String(text, StandardCharsets.UTF_8);
    }
}
