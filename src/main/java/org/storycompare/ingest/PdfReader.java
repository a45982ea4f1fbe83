package org.storycompare.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF: text via PDFBox, page by page in reading order (sorted by position). Lines that repeat at the top
 * or bottom of every page (running headers, footers, page numbers) are dropped; a word hyphenated across
 * a line end is joined; lines of a paragraph are joined with spaces. Title and author come from the
 * document information.
 *
 * <p>Bounded in memory and time: PDFBox's scratch buffers stay in memory up to 16 MB and spill to a temporary
 * file (deleted on close) up to {@link Limits#maxUnzippedTotalBytes()}; a page whose content expands beyond
 * {@link Limits#maxUnzippedBytes()} is skipped; at most {@link #MAX_PAGE_GLYPHS} characters of a page and
 * {@link Limits#maxPdfPages()} pages are read, and reading ends after three quarters of the time limit; each
 * cut is reported in the notes. An interrupted thread stops at the next content-stream operator. Only the
 * fonts bundled with PDFBox are used ({@link PdfFonts}): no system font scan, no font cache file.
 */
final class PdfReader implements ArticleReader {

    private static final int EDGE_LINES = 2;
    /** Most characters kept from one page: a normal page has a few thousand; each costs about 300 bytes. */
    static final int MAX_PAGE_GLYPHS = 100_000;
    /** Scratch space PDFBox keeps in memory; beyond it (up to the zip total limit) it uses a temporary file. */
    private static final long SCRATCH_IN_MEMORY = 16L << 20;

    @Override
    public String format() {
        return "pdf";
    }

    /** Refuses an empty file, or one with no %PDF header near its start, in plain words. */
    private static void requirePdf(byte[] data) throws ReadException {
        ReadException.requireContent(data);
        if (!TextDecoder.startsWith(data, '%', 'P', 'D', 'F') && indexOf(data, "%PDF") < 0) {
            throw new ReadException("this is not a PDF file (no %PDF header)");
        }
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        requirePdf(data);
        PdfFonts.useBundledOnly();
        long deadline = System.nanoTime() + limits.perFileTimeout().toNanos() * 3 / 4;
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY, limits.maxUnzippedTotalBytes());
        try (PDDocument doc = Loader.loadPDF(new StoppableBuffer(data), "", null, null, memory.streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ReadException("the PDF has no pages");
            }
            List<String> notes = new ArrayList<>();
            List<List<String>> pageParagraphs = new ArrayList<>();
            PdfLineStripper stripper = new PdfLineStripper(MAX_PAGE_GLYPHS);
            long glyphs = 0;
            int last = Math.min(pages, limits.maxPdfPages());
            int p = 1;
            for (; p <= last; p++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new PdfLineStripper.Stopped();
                }
                if (p > 1 && System.nanoTime() > deadline) {
                    notes.add("Only the first " + (p - 1) + " of " + pages + " pages were read: reading the rest"
                            + " would have taken longer than the time limit of " + limits.perFileTimeout().toSeconds()
                            + " s.");
                    break;
                }
                if (!contentFits(doc.getPage(p - 1), limits.maxUnzippedBytes())) {
                    notes.add("Page " + p + " was skipped: its content expands to more than "
                            + Limits.size(limits.maxUnzippedBytes()) + ".");
                    continue;
                }
                stripper.reset(p);
                stripper.getText(doc);
                glyphs += stripper.glyphsSeen();
                if (stripper.cut()) {
                    notes.add("Page " + p + " holds " + stripper.glyphsSeen() + " characters; only the first "
                            + MAX_PAGE_GLYPHS + " were read.");
                }
                pageParagraphs.add(stripper.paragraphs());
            }
            if (p > last && last < pages) {
                notes.add("Only the first " + last + " of " + pages + " pages were read (the page limit).");
            }
            Paragraphs out = new Paragraphs(limits.maxTextChars());
            String text = assemble(pageParagraphs, out);
            if (text.isBlank()) {
                throw new ReadException(glyphs == 0
                        ? "the PDF has no text layer (probably scanned pages or images); run text recognition (OCR)"
                                + " on it first"
                        : "the PDF holds no article text, only " + glyphs + " characters of page numbers, headers"
                                + " or footers");
            }
            if (out.truncated()) {
                notes.add("The text was cut at " + limits.maxTextChars() + " characters (the text limit).");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info == null ? null : info.getTitle();
            String author = info == null ? null : info.getAuthor();
            return new ParsedArticle(text, null, title, author, null, null, null, null, notes, List.of());
        } catch (InvalidPasswordException e) {
            throw new ReadException("the PDF is password-protected; open it in a PDF viewer and save an unprotected"
                    + " copy", e);
        } catch (PdfLineStripper.Stopped e) {
            throw new ReadException("reading was stopped", e);
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ReadException("reading was stopped", e);
            }
            throw new ReadException("this PDF is damaged or uses features that cannot be read; open it in a PDF"
                    + " viewer and save or print it again as PDF", e);
        }
    }

    /** Whether the page's content streams expand to at most {@code max} bytes (decoded as a stream, not kept). */
    private static boolean contentFits(PDPage page, long max) throws IOException {
        if (!page.hasContents()) {
            return true;
        }
        byte[] buf = new byte[64 << 10];
        long total = 0;
        try (InputStream in = page.getContents()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    return false;
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new PdfLineStripper.Stopped();
                }
            }
        }
        return true;
    }

    /** Removes running headers/footers, joins lines and hyphenated words, and joins paragraphs across pages. */
    static String assemble(List<List<String>> pages, int maxChars) {
        return assemble(pages, new Paragraphs(maxChars));
    }

    private static String assemble(List<List<String>> pages, Paragraphs out) {
        List<List<List<String>>> lines = new ArrayList<>();
        for (List<String> page : pages) {
            List<List<String>> paras = new ArrayList<>();
            for (String para : page) {
                List<String> ls = new ArrayList<>();
                for (String l : para.split("\n")) {
                    String t = Paragraphs.clean(l);
                    if (!t.isEmpty()) {
                        ls.add(t);
                    }
                }
                if (!ls.isEmpty()) {
                    paras.add(ls);
                }
            }
            lines.add(paras);
        }
        Set<String> running = runningLines(lines);
        StringBuilder carry = new StringBuilder();
        for (List<List<String>> page : lines) {
            List<String> flat = flatten(page);
            int total = flat.size();
            int index = 0;
            for (int pi = 0; pi < page.size(); pi++) {
                List<String> kept = new ArrayList<>();
                for (String line : page.get(pi)) {
                    boolean edge = index < EDGE_LINES || index >= total - EDGE_LINES;
                    if (!(edge && running.contains(key(line)))) {
                        kept.add(line);
                    }
                    index++;
                }
                if (kept.isEmpty()) {
                    continue;
                }
                String para = joinLines(kept);
                if (carry.length() > 0) {
                    boolean continues = pi == 0 && !endsSentence(carry) && Character.isLowerCase(para.codePointAt(0));
                    if (continues) {
                        para = joinLines(List.of(carry.toString(), para));
                    } else {
                        out.add(carry.toString());
                    }
                    carry.setLength(0);
                }
                carry.append(para);
                if (pi < page.size() - 1) {
                    out.add(carry.toString());
                    carry.setLength(0);
                }
            }
        }
        if (carry.length() > 0) {
            out.add(carry.toString());
        }
        return out.text();
    }

    private static List<String> flatten(List<List<String>> page) {
        List<String> flat = new ArrayList<>();
        page.forEach(flat::addAll);
        return flat;
    }

    /** Lines found near the top or bottom of every page (all but one page when there are 3 or more). */
    private static Set<String> runningLines(List<List<List<String>>> pages) {
        Set<String> result = new HashSet<>();
        if (pages.size() < 2) {
            return result;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<List<String>> page : pages) {
            List<String> flat = flatten(page);
            Set<String> edges = new HashSet<>();
            for (int i = 0; i < flat.size(); i++) {
                if (i < EDGE_LINES || i >= flat.size() - EDGE_LINES) {
                    edges.add(key(flat.get(i)));
                }
            }
            edges.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        int needed = pages.size() >= 3 ? pages.size() - 1 : pages.size();
        counts.forEach((k, n) -> {
            if (n >= needed) {
                result.add(k);
            }
        });
        return result;
    }

    /** Digits replaced, so "Page 2 of 5" and "Page 3 of 5" are the same running line. */
    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }

    /** Joins the lines of one paragraph; "exam-" + "ple" becomes "example". */
    static String joinLines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            int n = sb.length();
            boolean hyphen = n >= 2 && (sb.charAt(n - 1) == '-' || sb.charAt(n - 1) == '\u00AD')
                    && Character.isLetter(sb.charAt(n - 2)) && !line.isEmpty()
                    && Character.isLowerCase(line.codePointAt(0));
            if (hyphen) {
                sb.setLength(n - 1);
            } else if (n > 0) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static boolean endsSentence(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return ".!?:\"\u201d\u2019)".indexOf(c) >= 0;
    }

    /** The file's bytes for PDFBox's parser, which stops with an exception once the thread is interrupted. */
    private static final class StoppableBuffer extends RandomAccessReadBuffer {
        StoppableBuffer(byte[] data) {
            super(data);
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }

        @Override
        public void seek(long position) throws IOException {
            check();
            super.seek(position);
        }

        private static void check() throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("reading was stopped");
            }
        }
    }

    private static int indexOf(byte[] data, String ascii) {
        int limit = Math.min(data.length, 1024) - ascii.length();
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int k = 0; k < ascii.length(); k++) {
                if (data[i + k] != ascii.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
