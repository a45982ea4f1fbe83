package org.storycompare.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds PDF and .docx test documents in memory, so no binary fixtures are committed. */
final class TestDocs {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private TestDocs() {
    }

    /**
     * A PDF with one page per list entry. Each page's lines are drawn top to bottom; an empty string leaves
     * a blank line (a paragraph gap). A header and a footer line are drawn on every page when not null
     * ("#" in the footer becomes the page number).
     */
    static byte[] pdf(List<List<String>> pages, String header, String footer, String title) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 1;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (header != null) {
                        text(cs, font, 9, 60, 800, header);
                    }
                    float y = 740;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            text(cs, font, 11, 60, y, line);
                        }
                        y -= 15;
                    }
                    if (footer != null) {
                        text(cs, font, 9, 60, 40, footer.replace("#", String.valueOf(number)));
                    }
                }
                number++;
            }
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                info.setAuthor("Marta Quillon");
                doc.setDocumentInformation(info);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose single page has only a drawn rectangle: no text layer, like a scan. */
    static byte[] pdfWithoutText() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 300, 400);
                cs.fill();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** word/document.xml with the given body XML (w: prefix bound). */
    static String documentXml(String bodyXml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml + "</w:body></w:document>";
    }

    static String para(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String core(String title, String creator) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title><dc:creator>"
                + creator + "</dc:creator></cp:coreProperties>";
    }

    /** A zip with the given (name, content) pairs, as Word would write a .docx. */
    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** A .docx whose document part inflates to {@code expandedBytes} of spaces. */
    static byte[] zipBomb(long expandedBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < expandedBytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The sample .docx used by tests: title style, two paragraphs, a list, core properties. */
    static byte[] sampleDocx() throws IOException {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Ferry service ends</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">The temporary ferry </w:t></w:r>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>stopped</w:t></w:r><w:r><w:t xml:space=\"preserve\"> on Friday.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>It carried</w:t></w:r><w:r><w:tab/><w:t>400 people a day.</w:t></w:r>"
                + "<w:r><w:delText>deleted words</w:delText></w:r></w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>first stop</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>second stop</w:t></w:r></w:p>"
                + "<w:p/>"
                + "<w:p><w:r><w:t>Crews will sell the boat in April.</w:t></w:r></w:p>";
        return zip("word/document.xml", documentXml(body), "docProps/core.xml", core("", "Ines Albrecht"));
    }
}
