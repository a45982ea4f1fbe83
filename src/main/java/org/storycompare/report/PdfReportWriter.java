package org.storycompare.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report as a paginated PDF with selectable text: the XHTML form of the HTML report, laid out by
 * openhtmltopdf, with each pair's texts stacked (A above B) and a page footer. DejaVu Sans is embedded when
 * the system has it ({@value #DEJAVU_DIR}), so any script prints; otherwise the PDF base fonts are used.
 * Nothing is fetched: every URI the layout might want resolves to nothing.
 */
public final class PdfReportWriter {

    static final String DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu";
    private static final String FAMILY = "DejaVu Sans";
    /** Largest number of sources drawn as a matrix on A4; more get a list of the most similar pairs. */
    private static final int MATRIX_LIMIT = 14;

    private final PairSelection selection;
    private final Path fontDir;

    public PdfReportWriter(PairSelection selection) {
        this(selection, Path.of(DEJAVU_DIR));
    }

    /** With fonts from another folder (DejaVuSans.ttf, DejaVuSans-Bold.ttf), or none if it lacks them. */
    public PdfReportWriter(PairSelection selection, Path fontDir) {
        this.selection = selection;
        this.fontDir = fontDir;
    }

    /** Writes the PDF; the stream is not closed. */
    public void write(Report report, OutputStream out) throws IOException {
        Path regular = fontDir == null ? null : fontDir.resolve("DejaVuSans.ttf");
        Path bold = fontDir == null ? null : fontDir.resolve("DejaVuSans-Bold.ttf");
        boolean embed = regular != null && Files.isReadable(regular);
        StringWriter xhtml = new StringWriter();
        new HtmlReportWriter(selection, true, embed ? FAMILY : null, MATRIX_LIMIT).write(report, xhtml);

        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.withProducer(report.info().app() + " " + report.info().version());
        b.useUriResolver((base, uri) -> null);
        if (embed) {
            b.useFont(regular.toFile(), FAMILY, 400, FontStyle.NORMAL, true);
            if (Files.isReadable(bold)) {
                b.useFont(bold.toFile(), FAMILY, 700, FontStyle.NORMAL, true);
            }
        }
        b.withHtmlContent(xhtml.toString(), null);
        b.toStream(out);
        try {
            b.run();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("could not lay out the PDF: " + e.getMessage(), e);
        }
    }
}
