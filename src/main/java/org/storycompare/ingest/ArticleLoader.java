package org.storycompare.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.ProgressListener;

/**
 * Loads files and folders into articles with the reader for each file's extension ({@link ReaderRegistry}).
 * A file that cannot be read becomes one {@link LoadError} naming the file and the reason, and the rest of
 * the batch still loads. Folders are searched recursively within {@link Limits}; other files there are
 * skipped with a note. Every file is bounded in size and reading time: a read past its time is interrupted,
 * and the readers stop at their next check (no work of that file goes on). Files are only ever read.
 *
 * <p>Each article gets: an id unique in the batch (the file name, or the id inside a .json export, with
 * "-2", "-3"... added on a clash); the outlet from the file, else the URL's host, else the file name
 * without extension; the language from the file, else an offline guess from the text.
 */
public final class ArticleLoader {

    /** How long a timed-out or cancelled read gets to stop after it is interrupted. */
    static final long STOP_GRACE_MILLIS = 5_000;
    private static final long CANCEL_POLL_MILLIS = 100;

    private final Limits limits;
    private final ReaderRegistry registry;

    /** A loader with {@link Limits#DEFAULT} and the standard readers. */
    public ArticleLoader() {
        this(Limits.DEFAULT, ReaderRegistry.standard());
    }

    public ArticleLoader(Limits limits) {
        this(limits, ReaderRegistry.standard());
    }

    public ArticleLoader(Limits limits, ReaderRegistry registry) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Reads every given file, and every supported file inside every given folder. Never throws for bad input. */
    public LoadResult load(List<Path> paths) {
        return load(paths, ProgressListener.NONE, Cancellation.NEVER);
    }

    /**
     * As {@link #load(List)}, reporting each file to {@code progress} ("Reading name", done of total files,
     * from the loading thread) and stopping when {@code cancel} is raised: the file being read is stopped
     * (within a second or so) and the files not read are counted in one note. There is no limit on the number
     * of files; every file given or found is an article, an error or a note.
     */
    public LoadResult load(List<Path> paths, ProgressListener progress, Cancellation cancel) {
        List<Article> articles = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        progress.progress(0, 0, "Looking for article files");
        List<Path> files = new FolderScanner(registry, limits, errors, notes).scan(paths);
        Set<String> ids = new HashSet<>();
        // two workers: the next file is read while this one is waited for; articles are added in file order
        ExecutorService[] workers = {newWorker(), newWorker()};
        Future<ReadOutcome> next = files.isEmpty() ? null : submit(workers[0], files.get(0));
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Future<ReadOutcome> current = next;
                next = i + 1 < files.size() && !cancel.isCancelled()
                        ? submit(workers[(i + 1) % 2], files.get(i + 1)) : null;
                progress.progress(i, files.size(), "Reading " + file.getFileName());
                if (cancel.isCancelled()) {
                    notes.add("Loading was cancelled: " + (files.size() - i) + " of " + files.size()
                            + " files were not read.");
                    break;
                }
                try {
                    ReadOutcome r = await(current, cancel);
                    articles.add(toArticle(r.parsed(), r.format(), file, ids));
                } catch (ReadException e) {
                    errors.add(new LoadError(file, e.reason()));
                } catch (TimeoutException e) {
                    boolean stopped = stop(workers[i % 2]);
                    errors.add(new LoadError(file, cancel.isCancelled() ? "not read: loading was cancelled"
                            : tooLong(stopped)));
                    workers[i % 2] = newWorker();
                }
            }
            progress.progress(files.size(), files.size(), "Read " + files.size() + " files");
        } finally {
            stop(workers[0]);
            stop(workers[1]);
        }
        return new LoadResult(articles, errors, notes);
    }

    private String tooLong(boolean stopped) {
        return "reading took longer than " + limits.perFileTimeout().toSeconds() + " s and was given up"
                + (stopped ? "" : " (its work could not be stopped at once)")
                + "; the file may be damaged or extremely complex";
    }

    /** Interrupts the worker's current read and waits a little for it to end; false if it is still busy. */
    private static boolean stop(ExecutorService worker) {
        worker.shutdownNow();
        try {
            return worker.awaitTermination(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Reads one file with the reader for its extension, under the same time limit, without the batch's id
     * de-duplication.
     *
     * @throws ReadException with the reason when it cannot be read
     */
    public Article read(Path file) throws ReadException {
        ExecutorService worker = newWorker();
        try {
            ReadOutcome r = readWithTimeout(worker, file, Cancellation.NEVER);
            return toArticle(r.parsed(), r.format(), file, new HashSet<>());
        } catch (TimeoutException e) {
            throw new ReadException(tooLong(stop(worker)));
        } finally {
            stop(worker);
        }
    }

    /**
     * An article from pasted text (format "paste"): the text is kept as pasted apart from line endings
     * normalised to {@code \n}; the label (e.g. the outlet typed by the user) becomes id and outlet. Headline,
     * date lines, byline, dateline and copyright line are read from the text as for a .txt file without
     * header lines, and marked as furniture; without a label the outlet found in the text is used.
     *
     * @throws IllegalArgumentException when the text is blank
     */
    public static Article fromText(String text, String label) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the pasted text is empty");
        }
        String body = TextDecoder.normaliseLineEndings(text.startsWith("\uFEFF") ? text.substring(1) : text);
        String name = label == null || label.isBlank() ? "pasted" : label.strip();
        TextMetadata.Found found = TextMetadata.find(body, true);
        String outlet = label == null || label.isBlank() ? (found.outlet() != null ? found.outlet() : name) : name;
        return new Article(name, body, new ArticleMeta(outlet, found.title(), found.author(), found.published(),
                found.url(), LanguageGuess.guess(body), null, "paste", List.of(), found.furniture(), Set.of()));
    }

    private record ReadOutcome(ParsedArticle parsed, String format) {
    }

    private ReadOutcome readWithTimeout(ExecutorService worker, Path file, Cancellation cancel)
            throws ReadException, TimeoutException {
        return await(submit(worker, file), cancel);
    }

    private Future<ReadOutcome> submit(ExecutorService worker, Path file) {
        return worker.submit(() -> readFile(file));
    }

    /** The read's outcome, waited for at most the per-file time limit (from now) while polling the cancellation. */
    private ReadOutcome await(Future<ReadOutcome> f, Cancellation cancel) throws ReadException, TimeoutException {
        long deadline = System.nanoTime() + limits.perFileTimeout().toNanos();
        try {
            while (true) {
                long left = Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(CANCEL_POLL_MILLIS));
                try {
                    return f.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (cancel.isCancelled() || System.nanoTime() >= deadline) {
                        f.cancel(true);
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new ReadException("not read: loading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReadException re) {
                throw re;
            }
            throw new ReadException(unexpected(cause), cause);
        }
    }

    private ReadOutcome readFile(Path file) throws ReadException {
        ArticleReader reader = registry.forFile(file).orElseThrow(() -> new ReadException(
                "unsupported file type; supported: " + String.join(", ", registry.extensions())));
        byte[] data = readBytes(file);
        try {
            ParsedArticle parsed = reader.read(data, String.valueOf(file.getFileName()), limits);
            data = null;
            return new ReadOutcome(noteCut(parsed), reader.format());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            data = null;
            throw new ReadException(unexpected(e), e);
        }
    }

    /** A text at the character limit was cut by its reader: say so, unless the reader already did. */
    private ParsedArticle noteCut(ParsedArticle p) {
        boolean atLimit = p.text().length() >= limits.maxTextChars() - 2;
        boolean noted = p.notes().stream().anyMatch(n -> n.contains("text limit"));
        return atLimit && !noted ? p.withNote("The text was cut at " + limits.maxTextChars()
                + " characters (the text limit).") : p;
    }

    /** A reader failure that is not a {@link ReadException}, in plain words. */
    static String unexpected(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the file needs more memory than StoryCompare has to read it; save the article alone in a"
                    + " smaller file, or start StoryCompare with more memory";
        }
        if (e instanceof StackOverflowError) {
            return "the file is nested too deeply to be read (it may be damaged or built to break readers)";
        }
        return "the file could not be read: it looks damaged or uses a feature StoryCompare does not understand";
    }

    private byte[] readBytes(Path file) throws ReadException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReadException(Files.exists(file) ? "this is not a regular file" : "file not found");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ReadException("the file is too large to read safely (" + Limits.size(size)
                        + "; the limit is " + Limits.size(limits.maxFileBytes()) + "); save the article alone in a"
                        + " smaller file");
            }
            if (size == 0) {
                throw new ReadException("the file is empty");
            }
            byte[] data = Files.readAllBytes(file);
            if (data.length > limits.maxFileBytes()) {
                throw new ReadException("the file is too large (it grew while being read)");
            }
            return data;
        } catch (NoSuchFileException e) {
            throw new ReadException("file not found", e);
        } catch (AccessDeniedException e) {
            throw new ReadException("permission denied: the file cannot be opened for reading", e);
        } catch (IOException e) {
            throw new ReadException("the file cannot be read (" + FrontMatter.firstLine(e.getMessage()) + ")", e);
        }
    }

    private static Article toArticle(ParsedArticle p, String format, Path file, Set<String> usedIds) {
        String fileName = String.valueOf(file.getFileName());
        String baseId = p.id() != null ? p.id() : fileName;
        String id = baseId;
        for (int n = 2; !usedIds.add(id); n++) {
            id = baseId + "-" + n;
        }
        String outlet = p.outlet() != null ? p.outlet() : host(p.url());
        if (outlet == null) {
            int dot = fileName.lastIndexOf('.');
            outlet = dot > 0 ? fileName.substring(0, dot) : fileName;
        }
        String language = p.language() != null ? p.language() : LanguageGuess.guess(p.text());
        return new Article(id, p.text(), new ArticleMeta(outlet, p.title(), p.author(), p.published(), p.url(),
                language, file, format, p.notes(), p.furniture(), java.util.Set.of()));
    }

    /** "https://www.example-news.test/a/b" -> "example-news.test"; null when there is no usable host. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "storycompare-ingest");
            t.setDaemon(true);
            return t;
        });
    }
}
