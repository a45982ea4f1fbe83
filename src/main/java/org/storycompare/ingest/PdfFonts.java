package org.storycompare.ingest;

import java.lang.reflect.Method;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.FontInfo;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontProvider;

/**
 * Makes PDFBox use only the fonts it bundles when a PDF names a font it does not embed. By default PDFBox
 * scans every system font on first use (seconds) and writes the result to {@code .pdfbox.cache} in the user's
 * home folder; text extraction needs neither (a substitute font only supplies glyph widths), and the result
 * then no longer depends on the fonts installed on the machine.
 */
final class PdfFonts {

    private static volatile boolean done;

    private PdfFonts() {
    }

    /** Installs an empty system-font list in PDFBox's font mapper, once; harmless if that is not possible. */
    static void useBundledOnly() {
        if (done) {
            return;
        }
        synchronized (PdfFonts.class) {
            if (done) {
                return;
            }
            done = true;
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
            FontMapper mapper = FontMappers.instance();
            try {
                Method set = mapper.getClass().getMethod("setProvider", FontProvider.class);
                set.setAccessible(true);
                set.invoke(mapper, new NoSystemFonts());
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a PDFBox without this hook: it scans system fonts, and caches them in the temporary folder
            }
        }
    }

    private static final class NoSystemFonts extends FontProvider {
        @Override
        public String toDebugString() {
            return "no system fonts (StoryCompare)";
        }

        @Override
        public List<? extends FontInfo> getFontInfo() {
            return List.of();
        }
    }
}
