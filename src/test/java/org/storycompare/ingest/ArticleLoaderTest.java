package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storycompare.engine.model.Article;

class ArticleLoaderTest {

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private Path write(String name, byte[] data) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, data);
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loadsEveryFormatWithMetadataAndFormatNames() throws Exception {
        Path txt = write("harbor-gazette.txt", Fixtures.bytes("harbor-gazette.txt"));
        Path md = write("valley-post.md", Fixtures.bytes("valley-post.md"));
        Path html = write("northshore.htm", Fixtures.bytes("northshore-herald.html"));
        Path json = write("export.json", Fixtures.bytes("article-export.json"));
        Path docx = write("ferry.docx", TestDocs.sampleDocx());
        Path pdf = write("pier.pdf", TestDocs.pdf(List.of(List.of("The pier opens in the spring, the harbour master said.")),
                null, null, null));
        LoadResult r = loader.load(List.of(txt, md, html, json, docx, pdf));
        assertThat(r.errors()).isEmpty();
        Map<String, Article> byId = r.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("harbor-gazette.txt", "valley-post.md", "northshore.htm",
                "coastline-courier", "ferry.docx", "pier.pdf");
        assertThat(byId.get("harbor-gazette.txt").meta().format()).isEqualTo("txt");
        assertThat(byId.get("harbor-gazette.txt").meta().path()).isEqualTo(txt);
        assertThat(byId.get("harbor-gazette.txt").meta().language()).isEqualTo("en");
        assertThat(byId.get("valley-post.md").meta().format()).isEqualTo("md");
        assertThat(byId.get("northshore.htm").meta().format()).isEqualTo("html");
        assertThat(byId.get("coastline-courier").meta().format()).isEqualTo("json");
        assertThat(byId.get("ferry.docx").meta().format()).isEqualTo("docx");
        assertThat(byId.get("pier.pdf").meta().format()).isEqualTo("pdf");
        assertThat(byId.get("pier.pdf").text()).isEqualTo("The pier opens in the spring, the harbour master said.");
        assertThat(byId.get("northshore.htm").wordCount()).isEqualTo(byId.get("northshore.htm").text().split("\\s+").length);
    }

    @Test
    void outletFallsBackToTheUrlHostThenTheFileName() throws Exception {
        Path withUrl = write("a.txt", "URL: https://www.tidewater-times.test/x\n\nThe ferry sailed.");
        Path plain = write("bay-chronicle.txt", "The ferry sailed.");
        LoadResult r = loader.load(List.of(withUrl, plain));
        assertThat(r.articles()).extracting(a -> a.meta().outlet()).containsExactly("tidewater-times.test", "bay-chronicle");
    }

    @Test
    void idsAreUniqueWithinABatch() throws Exception {
        Path a = write("one/story.txt", "First version.");
        Path b = write("two/story.txt", "Second version.");
        Path c = write("three/story.txt", "Third version.");
        assertThat(loader.load(List.of(a, b, c)).articles()).extracting(Article::id)
                .containsExactly("story.txt", "story.txt-2", "story.txt-3");
    }

    @Test
    void foldersAreSearchedRecursivelyAndOtherFilesAreNoted() throws Exception {
        write("b.txt", "Bee story.");
        write("sub/c.md", "Sea story.");
        write("sub/deeper/d.txt", "Deep story.");
        write("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        write("README.md", "About this folder.");
        LoadResult r = loader.load(List.of(dir));
        assertThat(r.articles()).extracting(Article::id).containsExactly("b.txt", "c.md", "d.txt");
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("photo.jpg") && n.contains("not an article format"));
        assertThat(r.notes()).anyMatch(n -> n.contains("README.md"));
    }

    @Test
    void folderDepthIsLimitedWithANoteButTheNumberOfFilesIsNot() throws Exception {
        write("a/b/c/deep.txt", "Deep.");
        for (int i = 0; i < 1_200; i++) {
            write(String.format("f%04d.txt", i), "Story " + i + ".");
        }
        LoadResult r = new ArticleLoader(Limits.DEFAULT.withMaxFolderDepth(1)).load(List.of(dir));
        assertThat(r.articles()).hasSize(1_200);
        assertThat(r.articles().get(1_199).id()).isEqualTo("f1199.txt");
        assertThat(r.notes()).anyMatch(n -> n.contains("more than 1 levels deep"));
    }

    @Test
    void symlinkLoopIsReportedAndTheRestLoads() throws Exception {
        write("real/story.txt", "A real story.");
        try {
            Files.createSymbolicLink(dir.resolve("real/loop"), dir);
            Files.createSymbolicLink(dir.resolve("self"), dir.resolve("self"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("symbolic links are not supported here");
        }
        LoadResult r = loader.load(List.of(dir));
        assertThat(r.articles()).extracting(Article::id).containsExactly("story.txt");
        assertThat(r.errors()).anyMatch(e -> e.path().endsWith("loop") && e.message().contains("loop"));
        assertThat(r.errors()).anyMatch(e -> e.path().endsWith("self") && e.message().contains("loops back"));
    }

    @Test
    void everyBadInputGetsOneClearErrorAndTheRestStillLoads() throws Exception {
        Path good = write("good.txt", "The bridge reopened on Monday.");
        Path empty = write("empty.txt", new byte[0]);
        Path png = write("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Path zip = write("archive.txt", TestDocs.sampleDocx());
        Path badUtf8 = write("broken.txt", new byte[] {'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3, '('});
        Path noArticle = write("index.html", "<html><body><nav><a href=/>Home</a></nav><ul><li><a href=/1>One</a></li></ul></body></html>");
        Path scan = write("scan.pdf", TestDocs.pdfWithoutText());
        Path corrupt = write("corrupt.docx", java.util.Arrays.copyOf(TestDocs.sampleDocx(), 50));
        Path bomb = write("bomb.docx", TestDocs.zipBomb(100L << 20));
        String xxeXml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><d>&x;</d>";
        Path xxe = write("xxe.docx", TestDocs.zip("word/document.xml", xxeXml));
        Path missing = dir.resolve("missing.txt");
        Path unsupported = write("notes.rtf", "{\\rtf1 hello}");
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no disk is used
        }
        List<Path> bad = List.of(empty, png, zip, badUtf8, noArticle, scan, corrupt, bomb, xxe, missing, unsupported, huge);
        List<Path> all = new java.util.ArrayList<>(bad);
        all.add(2, good);
        Map<Path, FileTime> before = new java.util.HashMap<>();
        for (Path p : all) {
            if (Files.exists(p)) {
                before.put(p, Files.getLastModifiedTime(p));
            }
        }
        LoadResult r = loader.load(all);
        assertThat(r.articles()).extracting(Article::id).containsExactly("good.txt");
        assertThat(r.errors()).extracting(LoadError::path).containsExactlyInAnyOrderElementsOf(bad);
        Map<Path, String> msg = r.errors().stream().collect(Collectors.toMap(LoadError::path, LoadError::message));
        assertThat(msg.get(empty)).isEqualTo("the file is empty");
        assertThat(msg.get(png)).contains("not a text file").contains("PNG");
        assertThat(msg.get(zip)).contains("zip archive");
        assertThat(msg.get(badUtf8)).contains("not valid UTF-8");
        assertThat(msg.get(noArticle)).contains("no article text found");
        assertThat(msg.get(scan)).contains("no text layer");
        assertThat(msg.get(corrupt)).contains("damaged");
        assertThat(msg.get(bomb)).contains("zip bomb");
        assertThat(msg.get(xxe)).contains("XXE");
        assertThat(msg.get(missing)).isEqualTo("file not found");
        assertThat(msg.get(unsupported)).contains("unsupported file type (.rtf)");
        assertThat(msg.get(huge)).contains("too large").contains("200 MB");
        assertThat(new LoadError(empty, msg.get(empty)).describe()).isEqualTo(empty + ": the file is empty");
        for (Map.Entry<Path, FileTime> e : before.entrySet()) {
            assertThat(Files.getLastModifiedTime(e.getKey())).as("unchanged " + e.getKey()).isEqualTo(e.getValue());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).as("no file written").isEqualTo(before.size());
        }
    }

    @Test
    void unreadableFileIsReported() throws Exception {
        Path locked = write("locked.txt", "Secret.");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
        LoadResult r = loader.load(List.of(locked));
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("permission denied"));
    }

    /** A reader for ".slow" files that waits until the loader gives up on it. */
    static ArticleReader hanging() {
        return new ArticleReader() {
            public String format() {
                return "slow";
            }

            public List<String> extensions() {
                return List.of("slow");
            }

            public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
                try {
                    new java.util.concurrent.CountDownLatch(1).await(); // waits until the loader gives up
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new ReadException("stopped");
            }
        };
    }

    @Test
    void aReaderThatHangsIsGivenUp() throws Exception {
        ReaderRegistry registry = ReaderRegistry.standard().register(hanging());
        ArticleLoader l = new ArticleLoader(Limits.DEFAULT.withPerFileTimeout(java.time.Duration.ofMillis(300)), registry);
        Path stuck = write("a.slow", "x");
        Path fine = write("b.txt", "Fine text.");
        LoadResult r = l.load(List.of(stuck, fine));
        assertThat(r.articles()).extracting(Article::id).containsExactly("b.txt");
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("given up"));
    }

    @Test
    void filesLoadInTheirOrderWhileTheNextIsReadAheadAndTwoHangingReadsInARowAreGivenUp() throws Exception {
        ReaderRegistry registry = ReaderRegistry.standard().register(hanging());
        ArticleLoader l = new ArticleLoader(Limits.DEFAULT.withPerFileTimeout(java.time.Duration.ofMillis(300)), registry);
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            files.add(write(String.format("f%02d.txt", i), "Text number " + i + " of the batch."));
        }
        files.add(5, write("h1.slow", "x"));
        files.add(6, write("h2.slow", "x"));
        LoadResult r = l.load(files);
        assertThat(r.articles()).extracting(Article::id).containsExactlyElementsOf(files.stream()
                .map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList());
        assertThat(r.errors()).extracting(e -> e.path().getFileName().toString()).containsExactly("h1.slow", "h2.slow");
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).contains("given up"));
    }

    @Test
    void pastedTextBecomesAnArticle() {
        Article a = ArticleLoader.fromText("\uFEFFThe ferry sailed at noon, and the crew was happy with the weather.\r\n", "Radio Bay");
        assertThat(a.id()).isEqualTo("Radio Bay");
        assertThat(a.text()).isEqualTo("The ferry sailed at noon, and the crew was happy with the weather.\n");
        assertThat(a.meta().format()).isEqualTo("paste");
        assertThat(a.meta().outlet()).isEqualTo("Radio Bay");
        assertThat(a.meta().language()).isEqualTo("en");
        assertThat(ArticleLoader.fromText("Words.", " ").id()).isEqualTo("pasted");
        assertThatThrownBy(() -> ArticleLoader.fromText("  ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sampleArticlesLoadWhenPresent() {
        Path samples = Path.of(System.getProperty("storycompare.articles", "articles"));
        Assumptions.assumeTrue(Files.isDirectory(samples), "no sample articles folder");
        LoadResult r = loader.load(List.of(samples));
        assertThat(r.errors()).isEmpty();
        assertThat(r.articles()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.text()).isNotBlank().doesNotStartWith("---").doesNotStartWith("Title:");
            assertThat(a.meta().outlet()).isNotBlank();
            assertThat(a.meta().path()).isNotNull();
        });
    }
}
