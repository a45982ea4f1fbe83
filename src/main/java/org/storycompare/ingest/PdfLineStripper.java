package org.storycompare.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of one page with their vertical positions, to find paragraph gaps. Bounded: it keeps at
 * most {@code maxGlyphs} characters of a page (the rest is counted, not stored) and stops with
 * {@link Stopped} as soon as the thread is interrupted, checked at every content-stream operator.
 */
final class PdfLineStripper extends PDFTextStripper {

    /** Thrown out of PDFBox's page processing when the reading thread was interrupted. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("reading was stopped", null, false, false);
        }
    }

    private record Line(String text, float top, float bottom) {
    }

    final List<Line> lines = new ArrayList<>();
    private final int maxGlyphs;
    private int glyphs;
    private int glyphsSeen;
    private final StringBuilder current = new StringBuilder();
    private float top = Float.NaN;
    private float bottom = Float.NaN;

    PdfLineStripper(int maxGlyphs) throws IOException {
        super();
        this.maxGlyphs = maxGlyphs;
        setSortByPosition(true);
    }

    /** Prepares for the next page. */
    void reset(int page) {
        setStartPage(page);
        setEndPage(page);
        lines.clear();
        glyphs = 0;
        glyphsSeen = 0;
    }

    /** Characters on the page, including those beyond the limit that were not kept. */
    int glyphsSeen() {
        return glyphsSeen;
    }

    /** Whether the page had more characters than were kept. */
    boolean cut() {
        return glyphsSeen > glyphs;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        glyphsSeen++;
        if (glyphs < maxGlyphs) {
            glyphs++;
            super.processTextPosition(text);
        }
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
