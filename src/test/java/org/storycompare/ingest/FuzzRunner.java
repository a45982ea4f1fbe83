package org.storycompare.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Runs one reader on seeded mutants of a corpus of our own files, each on a worker thread under a time limit,
 * and counts what happened. Shared by {@link ReaderFuzzTest} (a short pass in every build) and
 * {@link FuzzMain} ({@code mvn -Pfuzz}, a long pass).
 */
final class FuzzRunner {

    /** Words that must never reach the user in a refusal. */
    static final Pattern TECHNICAL = Pattern.compile(
            "(?i)\\b(java|javax|org\\.apache|com\\.fasterxml)\\.|exception|\\berror\\b|overflow|heap space|byte -1");

    /** What happened to the mutants of one reader. */
    static final class Tally {
        final String format;
        long mutants;
        long read;
        long refused;
        long timeouts;
        long outOfMemory;
        long busyAfterTimeout;
        final List<String> failures = new ArrayList<>();

        Tally(String format) {
            this.format = format;
        }

        void fail(String what) {
            if (failures.size() < 20) {
                failures.add(what);
            }
        }
    }

    private final ArticleReader reader;
    private final List<byte[]> corpus;
    private final Limits limits;
    private final long timeoutMillis;

    FuzzRunner(ArticleReader reader, List<byte[]> corpus, Limits limits, long timeoutMillis) {
        this.reader = reader;
        this.corpus = corpus;
        this.limits = limits;
        this.timeoutMillis = timeoutMillis;
    }

    /** The standard readers with a corpus of our own small files each. */
    static List<FuzzRunner> standard(Limits limits, long timeoutMillis) throws Exception {
        byte[] pdf = TestDocs.pdf(List.of(List.of("The pier opens in the spring.", "", "Boats wait in the bay."),
                List.of("Second page of the story.")), "Header line", "Page # of 2", "Pier");
        String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY c \"(c)\">]><html><body><article><p>"
                + "The pier opens in the spring, the council said, and boats wait in the bay for the crews to come"
                + " back from the islands, where the season has begun.</p></article></body></html>";
        return List.of(
                new FuzzRunner(new TxtReader(), List.of(Fixtures.bytes("harbor-gazette.txt")), limits, timeoutMillis),
                new FuzzRunner(new MarkdownReader(), List.of(Fixtures.bytes("valley-post.md")), limits, timeoutMillis),
                new FuzzRunner(new HtmlReader(), List.of(Fixtures.bytes("northshore-herald.html"),
                        xhtml.getBytes(StandardCharsets.UTF_8)), limits, timeoutMillis),
                new FuzzRunner(new JsonArticleReader(), List.of(Fixtures.bytes("article-export.json")), limits,
                        timeoutMillis),
                new FuzzRunner(new DocxReader(), List.of(TestDocs.sampleDocx()), limits, timeoutMillis),
                new FuzzRunner(new PdfReader(), List.of(pdf, TestDocs.pdfWithoutText()), limits, timeoutMillis));
    }

    String format() {
        return reader.format();
    }

    /** Runs mutants until {@code more} says stop or {@code max} were run. */
    Tally run(long seed, long max, BooleanSupplier more) {
        Tally t = new Tally(reader.format());
        Random random = new Random(seed ^ reader.format().hashCode());
        ExecutorService worker = newWorker();
        try {
            for (long i = 0; i < max && more.getAsBoolean(); i++) {
                byte[] seedFile = corpus.get(random.nextInt(corpus.size()));
                byte[] mutant = mutate(seedFile, random);
                t.mutants++;
                Future<ParsedArticle> f = worker.submit(() -> reader.read(mutant, "fuzz." + reader.extensions().get(0),
                        limits));
                try {
                    ParsedArticle a = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
                    if (a.text().isBlank()) {
                        t.fail("iteration " + i + ": blank text accepted");
                    }
                    t.read++;
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof ReadException re) {
                        t.refused++;
                        if (re.getMessage() == null || re.getMessage().isBlank() || TECHNICAL.matcher(re.getMessage()).find()) {
                            t.fail("iteration " + i + ": message not in plain words: " + re.getMessage());
                        }
                    } else if (c instanceof OutOfMemoryError) {
                        t.outOfMemory++;
                        t.fail("iteration " + i + ": out of memory");
                    } else {
                        t.fail("iteration " + i + ": " + c);
                    }
                } catch (TimeoutException e) {
                    t.timeouts++;
                    f.cancel(true);
                    worker.shutdownNow();
                    if (!awaitStop(worker)) {
                        t.busyAfterTimeout++;
                        t.fail("iteration " + i + ": thread still busy after the timeout");
                    }
                    worker = newWorker();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return t;
    }

    private static boolean awaitStop(ExecutorService worker) {
        try {
            return worker.awaitTermination(ArticleLoader.STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "storycompare-fuzz");
            th.setDaemon(true);
            return th;
        });
    }

    /** One to four random edits: flip bytes, cut, duplicate, insert junk, splice markup, blow up a run. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int pos = r.nextInt(b.length);
            switch (r.nextInt(7)) {
                case 0 -> {
                    for (int k = 0; k < 1 + r.nextInt(8) && pos + k < b.length; k++) {
                        b[pos + k] = (byte) r.nextInt(256);
                    }
                }
                case 1 -> b = Arrays.copyOf(b, Math.max(1, pos));
                case 2 -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(200));
                    b = splice(b, pos, Arrays.copyOfRange(b, pos, pos + len));
                }
                case 3 -> {
                    byte[] junk = new byte[1 + r.nextInt(32)];
                    r.nextBytes(junk);
                    b = splice(b, pos, junk);
                }
                case 4 -> {
                    String[] tokens = {"<", ">", "</p>", "<div>", "---\n", "!!", "\"", "{", "}", "[", "]", "&", "\u0000",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>", "&e;", "obj", "endobj", "stream",
                        "\u001B[2J", "*a", "&a ", "<w:p>", "<w:t>"};
                    b = splice(b, pos, tokens[r.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
                }
                case 5 -> {
                    int len = 1 + r.nextInt(Math.min(b.length - pos, 16));
                    byte[] run = new byte[len * (1 + r.nextInt(2_000))];
                    for (int k = 0; k < run.length; k++) {
                        run[k] = b[pos + k % len];
                    }
                    b = splice(b, pos, run);
                }
                default -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(100));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, pos);
                    System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
                    b = out.length == 0 ? new byte[] {'x'} : out;
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int pos, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(b, pos, out, pos + insert.length, b.length - pos);
        return out;
    }
}
