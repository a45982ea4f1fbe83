package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;

/** Issue 15: limits with notes, readers that stop, zip bombs in unused parts, plain messages. */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] data) throws Exception {
        return Files.write(dir.resolve(name), data);
    }

    private static List<List<String>> pages(int n) {
        String[] words = {"pier", "harbour", "boats", "council", "ferry", "spring", "crew", "bay", "slipway"};
        List<List<String>> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String w = words[i % words.length] + " " + words[(i / words.length) % words.length];
            pages.add(List.of("On page " + i + " the story tells of the " + w + ".", "",
                    "A second " + w + " paragraph about the boats waiting in the bay."));
        }
        return pages;
    }

    @Test
    void aPdfCutAtThePageLimitSaysSoInTheArticlesNotes() throws Exception {
        Path pdf = write("long.pdf", TestDocs.pdf(pages(5), null, null, null));
        Limits twoPages = new Limits(1 << 24, 100_000, 10, 1 << 24, 1 << 25, 1024, 2, 4, Duration.ofSeconds(30));
        Article a = new ArticleLoader(twoPages).read(pdf);
        assertThat(a.text()).contains("On page 2").doesNotContain("On page 3");
        assertThat(a.meta().notes()).containsExactly("Only the first 2 of 5 pages were read (the page limit).");
    }

    @Test
    void aTextCutAtTheCharacterLimitSaysSo() throws Exception {
        Path pdf = write("wordy.pdf", TestDocs.pdf(pages(3), null, null, null));
        Limits short100 = new Limits(1 << 24, 100, 10, 1 << 24, 1 << 25, 1024, 50, 4, Duration.ofSeconds(30));
        Article a = new ArticleLoader(short100).read(pdf);
        assertThat(a.text().length()).isLessThanOrEqualTo(100);
        assertThat(a.meta().notes()).anyMatch(n -> n.contains("cut at 100 characters"));
    }

    @Test
    void noTextLayerOnlyForPdfsWithoutAnyText() throws Exception {
        List<List<String>> blank = List.of(List.of(), List.of(), List.of());
        byte[] onlyPageNumbers = TestDocs.pdf(blank, null, "Page # of 3", null);
        assertThatThrownBy(() -> new PdfReader().read(onlyPageNumbers, "n.pdf", Limits.DEFAULT))
                .hasMessageContaining("no article text").hasMessageNotContaining("text layer");
        assertThatThrownBy(() -> new PdfReader().read(TestDocs.pdfWithoutText(), "scan.pdf", Limits.DEFAULT))
                .hasMessageContaining("no text layer");
    }

    @Test
    void pdfBoxUsesOnlyItsBundledFontsAndWritesNoFontCache() throws Exception {
        new PdfReader().read(TestDocs.pdf(pages(1), null, null, null), "p.pdf", Limits.DEFAULT);
        Object mapper = FontMappers.instance();
        var getProvider = mapper.getClass().getMethod("getProvider");
        getProvider.setAccessible(true);
        assertThat(getProvider.invoke(mapper).toString()).isNotNull();
        assertThat(((org.apache.pdfbox.pdmodel.font.FontProvider) getProvider.invoke(mapper)).getFontInfo()).isEmpty();
    }

    @Test
    void everyDocxEntryIsBoundedAlsoThoseNotRead() throws Exception {
        Limits small = Limits.DEFAULT.withZipLimits(50, 1 << 20, 2 << 20);
        String doc = TestDocs.documentXml(TestDocs.para("The ferry sailed at noon."));
        String big = " ".repeat(3 << 20);
        byte[] oneHuge = TestDocs.zip("word/document.xml", doc, "word/media/unused.bin", big);
        assertThatThrownBy(() -> new DocxReader().read(oneHuge, "a.docx", small)).hasMessageContaining("zip bomb");
        String part = " ".repeat(900 << 10);
        byte[] manyBig = TestDocs.zip("word/document.xml", doc, "a.bin", part, "b.bin", part, "c.bin", part);
        assertThatThrownBy(() -> new DocxReader().read(manyBig, "b.docx", small)).hasMessageContaining("zip bomb");
        byte[] fine = TestDocs.zip("word/document.xml", doc, "a.bin", part);
        assertThat(new DocxReader().read(fine, "c.docx", small).text()).isEqualTo("The ferry sailed at noon.");
    }

    @Test
    void hugeTagNamesAreShortenedAndXhtmlDtdTextDoesNotLeak() throws Exception {
        String longName = "a".repeat(100_000);
        String bounded = HtmlInput.bound("<p>x <" + longName + " id=1>y</" + longName + "> z</p>");
        assertThat(bounded).isEqualTo("<p>x <" + "a".repeat(HtmlInput.MAX_TAG_NAME) + " id=1>y</"
                + "a".repeat(HtmlInput.MAX_TAG_NAME) + "> z</p>");
        String prose = "The harbour council approved the new pier on Tuesday after a long debate, and work on the"
                + " pier begins in May, the chair said, while fishermen asked for a second slipway for boats.";
        String xhtml = "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"x.dtd\" [\n"
                + "  <!ENTITY copy \"(c)\">\n  <!ATTLIST p class CDATA #IMPLIED>\n]>\n<html><body><article><p>"
                + prose + "</p></article></body></html>";
        ParsedArticle a = new HtmlReader().read(xhtml.getBytes(StandardCharsets.UTF_8), "x.xhtml", Limits.DEFAULT);
        assertThat(a.text()).isEqualTo(prose);
    }

    @Test
    void anInterruptedParseStopsWithAReadException() throws Exception {
        byte[] html = ("<html><body><p>" + "Words in a paragraph. ".repeat(10_000) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] pdf = TestDocs.pdf(pages(2), null, null, null);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new HtmlReader().read(html, "p.html", Limits.DEFAULT)).hasMessageContaining("stopped");
            assertThatThrownBy(() -> new PdfReader().read(pdf, "p.pdf", Limits.DEFAULT)).hasMessageContaining("stopped");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void afterATimeoutNoThreadOfThatFileIsStillBusy() throws Exception {
        ArticleReader spinner = new ArticleReader() {
            public String format() {
                return "spin";
            }

            public List<String> extensions() {
                return List.of("spin");
            }

            public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
                long n = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    n++; // busy, as a parser on a hostile file is
                }
                throw new ReadException("stopped after " + n);
            }
        };
        write("a.spin", "x".getBytes(StandardCharsets.UTF_8));
        write("b.pdf", TestDocs.pdf(pages(300), null, null, null));
        write("c.txt", "Fine text.".getBytes(StandardCharsets.UTF_8));
        ArticleLoader l = new ArticleLoader(Limits.DEFAULT.withPerFileTimeout(Duration.ofMillis(200)),
                ReaderRegistry.standard().register(spinner));
        LoadResult r = l.load(List.of(dir));
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.message()).contains("given up")
                .doesNotContain("could not be stopped"));
        assertThat(r.articles()).extracting(Article::id).contains("c.txt");
        assertThat(r.articles().size() + r.errors().size()).isEqualTo(3);
        assertThat(busyIngestThreads()).isEmpty();
    }

    /**
     * Ingest threads still alive: a worker that has finished its file may take a moment to end after the load
     * returns (its executor shutting down), so this waits up to 2 s for them to go before naming any; a thread
     * busy with a file never goes.
     */
    private static List<String> busyIngestThreads() throws InterruptedException {
        List<String> busy = new ArrayList<>();
        for (int tries = 0; tries < 40; tries++) {
            busy.clear();
            Thread.getAllStackTraces().keySet().forEach(t -> {
                if (t.getName().startsWith("storycompare-ingest") && t.isAlive()) {
                    busy.add(t.getName() + " " + t.getState());
                }
            });
            if (busy.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        return busy;
    }

    @Test
    void cancellingStopsTheBatchAndCountsWhatWasNotRead() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("s" + i + ".txt", ("Story " + i + ".").getBytes(StandardCharsets.UTF_8));
        }
        Cancellation cancel = new Cancellation();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        LoadResult r = new ArticleLoader().load(List.of(dir), (done, total, message) -> {
            seen.add(done + "/" + total + " " + message);
            if (done == 2) {
                cancel.cancel();
            }
        }, cancel);
        assertThat(r.articles()).hasSize(2);
        assertThat(r.notes()).contains("Loading was cancelled: 3 of 5 files were not read.");
        assertThat(seen).contains("0/5 Reading s0.txt", "1/5 Reading s1.txt");
        assertThat(busyIngestThreads()).isEmpty();
    }

    @Test
    void readerFailuresAreDescribedInPlainWords() throws Exception {
        for (Throwable t : List.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new NullPointerException("Cannot invoke \"Object.toString()\""), new IllegalStateException("byte -1"))) {
            ArticleReader broken = new ArticleReader() {
                public String format() {
                    return "bad";
                }

                public List<String> extensions() {
                    return List.of("bad");
                }

                public ParsedArticle read(byte[] data, String fileName, Limits limits) {
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
            };
            Path file = write("x.bad", "x".getBytes(StandardCharsets.UTF_8));
            LoadResult r = new ArticleLoader(Limits.DEFAULT, new ReaderRegistry().register(broken)).load(List.of(file));
            assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message())
                    .doesNotContainIgnoringCase("java").doesNotContain("Error", "Exception", "byte -1", "heap")
                    .isNotBlank());
        }
    }

    @Test
    void yamlAliasesAreNotExpandedNorTakenForText() throws Exception {
        String md = "---\ntitle: &t Pier opens\noutlet: *t\nlist: &l [a, b, c]\nmore: [*l, *l, *l, *l]\n---\n\n"
                + "The pier opens in the spring, the council said on Tuesday.\n";
        ParsedArticle a = new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8), "p.md", Limits.DEFAULT);
        assertThat(a.title()).isEqualTo("Pier opens");
        assertThat(a.outlet()).isNull();
    }
}
