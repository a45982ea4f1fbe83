package org.storycompare.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.storycompare.engine.model.Article;

/**
 * Measures what big PDFs cost to read (docs/reliability.md); the files are made here, never committed.
 * {@code make OUT MB KIND}: a PDF of about MB megabytes; KIND is {@code text} (many pages of prose),
 * {@code images} (prose plus a noise image per page, as scanned-and-OCRed papers are) or {@code onepage}
 * (one page holding all the text). {@code read FILE...}: loads each with the default limits and prints the
 * outcome, the time and the peak heap used.
 */
public final class BigPdfMain {

    private BigPdfMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("make")) {
            make(Path.of(args[1]), Long.parseLong(args[2]) << 20, args[3]);
            return;
        }
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            long t0 = System.nanoTime();
            LoadResult r = new ArticleLoader().load(List.of(file));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String outcome = r.articles().isEmpty() ? "refused: " + r.errors().get(0).message()
                    : "read " + r.articles().get(0).text().length() + " chars; notes " + notes(r.articles().get(0));
            System.out.printf("%s (%d MB): %s; %d ms; peak heap %d MB (max %d MB)%n", file.getFileName(),
                    Files.size(file) >> 20, outcome, ms, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static List<String> notes(Article a) {
        return a.meta().notes();
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static void make(Path out, long bytes, String kind) throws IOException {
        Random random = new Random(7);
        String[] words = ("the harbour council said on tuesday that the new pier would open in spring after a long"
                + " debate among members about cost and safety of the boats in the bay").split(" ");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            long estimate = 0;
            PDPage page = null;
            PDPageContentStream cs = null;
            int pageNo = 0;
            while (estimate < bytes) {
                if (page == null || !kind.equals("onepage")) {
                    if (cs != null) {
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    pageNo++;
                    if (kind.equals("images")) {
                        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
                        for (int y = 0; y < 300; y++) {
                            for (int x = 0; x < 400; x++) {
                                img.setRGB(x, y, random.nextInt());
                            }
                        }
                        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
                        cs.drawImage(image, 100, 300);
                        estimate += 400 * 300 * 3;
                    }
                }
                for (int line = 0; line < 50; line++) {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < 90) {
                        sb.append(words[random.nextInt(words.length)]).append(' ');
                    }
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(40, 800 - line * 15);
                    cs.showText(sb.toString().strip() + (line == 0 ? " page " + pageNo : ""));
                    cs.endText();
                    estimate += 40; // compressed size of one line, roughly
                }
            }
            cs.close();
            doc.save(out.toFile());
        }
        System.out.printf("%s: %d pages, %d MB%n", out, doc(out), Files.size(out) >> 20);
    }

    private static int doc(Path file) throws IOException {
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            return d.getNumberOfPages();
        }
    }
}
