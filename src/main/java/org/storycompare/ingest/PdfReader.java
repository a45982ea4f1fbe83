package org.storycompare.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF: text via PDFBox, page by page in reading order (sorted by position). Lines that repeat at the top
 * or bottom of every page (running headers, footers, page numbers) are dropped; a word hyphenated across
 * a line end is joined; lines of a paragraph are joined with spaces. Title and author come from the
 * document information. Everything is kept in memory: nothing is written to disk.
 */
final class PdfReader implements ArticleReader {

    private static final int EDGE_LINES = 2;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        if (data.length == 0) {
            throw new ReadException("the file is empty");
        }
        if (!TextDecoder.startsWith(data, '%', 'P', 'D', 'F') && indexOf(data, "%PDF") < 0) {
            throw new ReadException("this is not a PDF file (no %PDF header)");
        }
        MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(Math.max(limits.maxUnzippedBytes(), 1 << 20) * 4);
        try (PDDocument doc = Loader.loadPDF(data, "", null, null, memory.streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ReadException("the PDF has no pages");
            }
            List<List<String>> pageParagraphs = new ArrayList<>();
            LineStripper stripper = new LineStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= Math.min(pages, limits.maxPdfPages()); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.lines.clear();
                stripper.getText(doc);
                pageParagraphs.add(stripper.paragraphs());
            }
            String text = assemble(pageParagraphs, limits.maxTextChars());
            if (text.isBlank()) {
                throw new ReadException("the PDF has no text layer (probably scanned pages or images);"
                        + " run text recognition (OCR) on it first");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info == null ? null : info.getTitle();
            String author = info == null ? null : info.getAuthor();
            return new ParsedArticle(text, null, title, author, null, null, null, null);
        } catch (InvalidPasswordException e) {
            throw new ReadException("the PDF is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException("this is not a readable PDF: " + FrontMatter.firstLine(e.getMessage()), e);
        }
    }

    /** Removes running headers/footers, joins lines and hyphenated words, and joins paragraphs across pages. */
    static String assemble(List<List<String>> pages, int maxChars) {
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
        Paragraphs out = new Paragraphs(maxChars);
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

    /** Collects the lines of a page with their vertical positions, to find paragraph gaps. */
    private static final class LineStripper extends PDFTextStripper {
        private record Line(String text, float top, float bottom) {
        }

        final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private float top = Float.NaN;
        private float bottom = Float.NaN;

        LineStripper() throws IOException {
            super();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            current.append(text);
            for (TextPosition t : positions) {
                float y = t.getYDirAdj();
                top = Float.isNaN(top) ? y - t.getHeightDir() : Math.min(top, y - t.getHeightDir());
                bottom = Float.isNaN(bottom) ? y : Math.max(bottom, y);
            }
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            if (!current.toString().isBlank() && !Float.isNaN(top)) {
                lines.add(new Line(current.toString(), top, bottom));
            }
            current.setLength(0);
            top = Float.NaN;
            bottom = Float.NaN;
        }

        @Override
        protected void writePageEnd() {
            writeLineSeparator();
        }

        /** The page's lines grouped into paragraphs: a gap clearly wider than the usual line gap splits. */
        List<String> paragraphs() {
            writeLineSeparator();
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                gaps.add(lines.get(i).bottom() - lines.get(i - 1).bottom());
            }
            List<Float> sorted = new ArrayList<>(gaps);
            sorted.sort(null);
            float usual = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 4);
            List<String> out = new ArrayList<>();
            StringBuilder para = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0 && (gaps.get(i - 1) > usual * 1.5f || gaps.get(i - 1) < 0)) {
                    out.add(para.toString());
                    para.setLength(0);
                }
                if (para.length() > 0) {
                    para.append('\n');
                }
                para.append(lines.get(i).text());
            }
            if (para.length() > 0) {
                out.add(para.toString());
            }
            return out;
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
