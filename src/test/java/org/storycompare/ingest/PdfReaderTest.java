package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private final PdfReader reader = new PdfReader();

    @Test
    void readsTextInOrderJoinsHyphensAndDropsRunningHeadersAndFooters() throws Exception {
        byte[] pdf = TestDocs.pdf(List.of(
                List.of("The harbour authority approved the new pier on", "Tuesday after a long and heated de-",
                        "bate among its members.", "", "Work begins in May, the chair said."),
                List.of("Fishermen welcomed the decision but asked for", "a second slip-", "way for small boats.",
                        "", "The pier will cost 3 million euros."),
                List.of("Construction should take eleven months.")),
                "Harbor Gazette - Business", "Page # of 3", "Pier approved");
        ParsedArticle a = reader.read(pdf, "pier.pdf", Limits.DEFAULT);
        assertThat(a.text()).isEqualTo("The harbour authority approved the new pier on Tuesday after a long and"
                + " heated debate among its members.\n\n"
                + "Work begins in May, the chair said.\n\n"
                + "Fishermen welcomed the decision but asked for a second slipway for small boats.\n\n"
                + "The pier will cost 3 million euros.\n\n"
                + "Construction should take eleven months.");
        assertThat(a.title()).isEqualTo("Pier approved");
        assertThat(a.author()).isEqualTo("Marta Quillon");
    }

    @Test
    void pdfWithoutTextLayerIsRefused() throws Exception {
        assertThatThrownBy(() -> reader.read(TestDocs.pdfWithoutText(), "scan.pdf", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("no text layer");
    }

    @Test
    void corruptPdfIsRefused() throws Exception {
        byte[] pdf = TestDocs.pdf(List.of(List.of("Some text on a page.")), null, null, null);
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> reader.read(cut, "cut.pdf", Limits.DEFAULT)).isInstanceOf(ReadException.class);
        assertThatThrownBy(() -> reader.read("hello, not a pdf".getBytes(), "x.pdf", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("not a PDF");
    }
}
