package org.storycompare.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.storycompare.engine.RandomTexts;
import org.storycompare.ingest.ArticleReader;
import org.storycompare.ingest.Limits;
import org.storycompare.ingest.ParsedArticle;
import org.storycompare.ingest.ReadException;
import org.storycompare.ingest.ReaderRegistry;

/**
 * Reading one saved web page with the app's HTML reader (parse, metadata, main text): generated pages shaped
 * like real news pages (head with meta tags and JSON-LD, scripts, navigation, a 1,200-word article with
 * headings, a list and a figure, related-story teasers, a sidebar, 40 comments, a footer; about 70 KB).
 * Goal: under 20 ms a page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlExtractBench {

    private final ArticleReader reader = ReaderRegistry.standard().forFormat("html").orElseThrow();
    private byte[] page;

    @Setup
    public void setup() {
        page = newsPage(3).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ParsedArticle readNewsPage() throws ReadException {
        return reader.read(page, "page.html", Limits.DEFAULT);
    }

    /** A generated news page (invented words only). */
    static String newsPage(long seed) {
        RandomTexts g = new RandomTexts(seed, 20_000);
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Generated headline | Generated Outlet</title>")
                .append("<meta property=\"og:site_name\" content=\"Generated Outlet\">")
                .append("<meta property=\"article:published_time\" content=\"2024-03-04T08:00:00Z\">")
                .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Generated")
                .append(" headline\",\"author\":{\"@type\":\"Person\",\"name\":\"Ana Vitt\"}}</script>");
        for (int i = 0; i < 12; i++) {
            sb.append("<script>var tracker").append(i).append(" = {id: ").append(r.nextInt())
                    .append(", data: \"").append("x".repeat(2000)).append("\"};</script>");
        }
        sb.append("<style>").append(".c{color:red}".repeat(500)).append("</style></head><body>");
        sb.append("<header class=\"site-header\"><nav><ul>");
        for (int i = 0; i < 60; i++) {
            sb.append("<li class=\"menu-item\"><a href=\"/s").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        sb.append("</ul></nav></header><div class=\"page-wrap\"><main><article class=\"post\">")
                .append("<h1>Generated headline</h1><div class=\"byline\">By Ana Vitt | March 4, 2024</div>")
                .append("<div class=\"entry-content\">");
        List<String> paragraphs = g.paragraphs(1200);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i % 6 == 3) {
                sb.append("<h2>").append(g.paragraphs(5).get(0)).append("</h2>");
            }
            if (i == 4) {
                sb.append("<figure><img src=\"a.jpg\"><figcaption>A caption, photo credit</figcaption></figure>")
                        .append("<ul><li>First point of the list</li><li>Second point of the list</li></ul>");
            }
            sb.append("<p>").append(paragraphs.get(i)).append(" <a href=\"/l").append(i).append("\">a link</a>.</p>");
        }
        sb.append("</div><div class=\"related\"><h3>Related</h3><ul>");
        for (int i = 0; i < 8; i++) {
            sb.append("<li><a href=\"/r").append(i).append("\">").append(g.paragraphs(8).get(0)).append("</a></li>");
        }
        sb.append("</ul></div></article><section id=\"comments\">");
        for (int i = 0; i < 40; i++) {
            sb.append("<div class=\"comment\"><span class=\"author\">Reader ").append(i).append("</span><p>")
                    .append(g.paragraphs(40).get(0)).append("</p></div>");
        }
        sb.append("</section></main><aside class=\"sidebar\"><div class=\"most-read\"><ol>");
        for (int i = 0; i < 10; i++) {
            sb.append("<li><a href=\"/m").append(i).append("\">").append(g.paragraphs(8).get(0)).append("</a></li>");
        }
        sb.append("</ol></div></aside></div><footer><p>Copyright 2024 Generated Outlet.</p></footer></body></html>");
        return sb.toString();
    }
}
