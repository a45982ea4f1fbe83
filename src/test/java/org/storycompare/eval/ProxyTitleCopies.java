package org.storycompare.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.storycompare.ingest.ArticleReader;
import org.storycompare.ingest.Limits;
import org.storycompare.ingest.ParsedArticle;
import org.storycompare.ingest.ReadException;
import org.storycompare.ingest.ReaderRegistry;

/**
 * More pages for fitting and checking the pasted-text headline: each htmldate page (real pages without a gold
 * title, many not in English) as a browser copy ({@link BrowserCopy}), with the title the app's HTML reader
 * finds as a stand-in gold (right on about 87% of wcxb-dev pages). Writes target/eval/pasted-text/htmldate/ID.txt
 * and titles.tsv (id, tab, title) there; nothing else.
 */
public final class ProxyTitleCopies {

    private ProxyTitleCopies() {
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
            byte[] data;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                data = in.readAllBytes();
            }
            String title;
            try {
                ParsedArticle a = html.read(data, "page.html", Limits.DEFAULT);
                title = a.title();
            } catch (ReadException e) {
                continue;
            }
            if (title == null || title.contains("\t") || title.contains("\n")) {
                continue;
            }
            String id = p.getFileName().toString().replace(".html.gz", "");
            Document doc = Jsoup.parse(new ByteArrayInputStream(data), null, "");
            Files.writeString(out.resolve(id + ".txt"), BrowserCopy.of(doc.body()), StandardCharsets.UTF_8);
            titles.append(id).append('\t').append(title).append('\n');
            n++;
        }
        Files.writeString(out.resolve("titles.tsv"), titles, StandardCharsets.UTF_8);
        return n;
    }
}
