package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    static String pdfText(PdfReportWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(JsonReportTest.sampleReport(), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void pdfHoldsTheReportAsSelectableText() throws Exception {
        String text = pdfText(new PdfReportWriter(PairSelection.ALL));
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("StoryCompare report", "Sources", "Brindlewick Herald", "Valley Courier",
                "Similarity", "Settings", "Quotes", "Facts", "Provenance", "/tmp/broken.pdf",
                "Traffic will be diverted through Millgate.", "horrified", "9.9-test", "Page 1 of");
        // the hostile article is printed as text
        assertThat(flat).contains("<script>alert('x')</script>");
    }

    @Test
    void withoutSystemFontsThePdfStillRenders() throws Exception {
        String text = pdfText(new PdfReportWriter(PairSelection.DEFAULT, Path.of("/nonexistent-fonts")));
        assertThat(text.replaceAll("\\s+", " ")).contains("StoryCompare report", "Valley Courier");
    }
}
