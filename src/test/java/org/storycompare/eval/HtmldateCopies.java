package org.storycompare.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storycompare.ingest.ArticleReader;
import org.storycompare.ingest.Limits;
import org.storycompare.ingest.ReadException;
import org.storycompare.ingest.ReaderRegistry;

/**
 * More pages for fitting and checking the pasted-text headline: each htmldate page (real pages without a gold
 * title, many not in English) as a browser copy ({@link BrowserCopy}), with the title the app's HTML reader
 * finds as a stand-in gold (right on about 87% of wcxb-dev pages). Writes target/eval/pasted-text/htmldate/ID.txt
 * and titles.tsv (id, tab, title) there; nothing else. {@link #dates} reads the copies with the .txt reader and
 * scores the publication day against htmldate's gold dates: pages that no rule was written for.
 */
public final class HtmldateCopies {

    private HtmldateCopies() {
    }

    /**
     * The publication day found in each htmldate copy by the .txt reader against htmldate's gold: pages, right,
     * wrong (a day given that is not the gold one), and the pages whose copy writes the gold day as a full date.
     */
    public static java.util.Map<String, Object> dates(Path realNews, Path pasted) throws IOException {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        Path gold = realNews.resolve("htmldate/gold.jsonl");
        Path dir = pasted.resolve("htmldate");
        if (!Files.isRegularFile(gold) || !Files.isDirectory(dir)) {
            return m;
        }
        ArticleReader txt = ReaderRegistry.standard().forFormat("txt").orElseThrow();
        com.fasterxml.jackson.databind.ObjectMapper om = new com.fasterxml.jackson.databind.ObjectMapper();
        int n = 0;
        int right = 0;
        int wrong = 0;
        int written = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode g = om.readTree(line);
            Path file = dir.resolve(g.get("id").asText() + ".txt");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String want = g.path("date").asText();
            byte[] text = Files.readAllBytes(file);
            n++;
            written += org.storycompare.ingest.Dates.mentions(new String(text, StandardCharsets.UTF_8)).stream()
                    .anyMatch(d -> d.date().toString().equals(want)) ? 1 : 0;
            try {
                java.time.LocalDate got = txt.read(text, "page.txt", Limits.DEFAULT).published();
                right += got != null && got.toString().equals(want) ? 1 : 0;
                wrong += got != null && !got.toString().equals(want) ? 1 : 0;
            } catch (ReadException e) {
                // an empty copy: no date
            }
        }
        m.put("pages", n);
        m.put("dayRight", n == 0 ? 0 : Math.round(1000.0 * right / n) / 1000.0);
        m.put("dayWrong", wrong);
        m.put("goldDayWrittenInCopy", written);
        System.out.printf(java.util.Locale.ROOT, "Pasted text, htmldate pages (browser copy; no date rule was tuned on them):"
                + " day right %.3f of %d, %d wrong; the gold day is written as a full date in %d copies%n",
                n == 0 ? 0 : right / (double) n, n, wrong, written);
        return m;
    }

    /** Writes the copies of {@code realNews}/htmldate under {@code pasted}/htmldate; returns how many. */
    public static int write(Path realNews, Path pasted) throws IOException {
        Path dir = realNews.resolve("htmldate");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Path out = pasted.resolve("htmldate");
        Files.createDirectories(out);
        ArticleReader html = ReaderRegistry.standard().forFormat("html").orElseThrow();
        StringBuilder titles = new StringBuilder();
        int n = 0;
        List<Path> pages;
        try (var s = Files.list(dir)) {
            pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path p : pages) {
            byte[] data = PastedTextEval.gunzip(p);
            String title = null;
            try {
                title = html.read(data, "page.html", Limits.DEFAULT).title();
            } catch (ReadException e) {
                // no article text: the copy is still written, without a stand-in title
            }
            String id = p.getFileName().toString().replace(".html.gz", "");
            Document doc = Jsoup.parse(new ByteArrayInputStream(data), null, "");
            Files.writeString(out.resolve(id + ".txt"), BrowserCopy.of(doc.body()), StandardCharsets.UTF_8);
            if (title != null && !title.contains("\t") && !title.contains("\n")) {
                titles.append(id).append('\t').append(title).append('\n');
            }
            n++;
        }
        Files.writeString(out.resolve("titles.tsv"), titles, StandardCharsets.UTF_8);
        return n;
    }
}
