package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

    private final DocxReader reader = new DocxReader();

    @Test
    void readsBodyParagraphsListsAndTitle() throws Exception {
        ParsedArticle a = reader.read(TestDocs.sampleDocx(), "ferry.docx", Limits.DEFAULT);
        assertThat(a.title()).isEqualTo("Ferry service ends");
        assertThat(a.author()).isEqualTo("Ines Albrecht");
        assertThat(a.text()).isEqualTo("The temporary ferry stopped on Friday.\n\n"
                + "It carried 400 people a day.\n\n"
                + "- first stop\n- second stop\n\n"
                + "Crews will sell the boat in April.");
    }

    @Test
    void corruptDocxIsRefused() throws Exception {
        byte[] good = TestDocs.sampleDocx();
        byte[] cut = Arrays.copyOf(good, 60);
        assertThatThrownBy(() -> reader.read(cut, "cut.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("damaged");
        assertThatThrownBy(() -> reader.read("plain words".getBytes(), "x.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("not a .docx");
        byte[] noDocument = TestDocs.zip("word/styles.xml", "<styles/>");
        assertThatThrownBy(() -> reader.read(noDocument, "x.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("no word/document.xml");
        byte[] badXml = TestDocs.zip("word/document.xml", "<w:document><w:body><w:p>");
        assertThatThrownBy(() -> reader.read(badXml, "x.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] bomb = TestDocs.zipBomb(300L << 20);
        assertThat(bomb.length).isLessThan(2 << 20);
        assertThatThrownBy(() -> reader.read(bomb, "bomb.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        String[] entries = new String[2 * 30];
        for (int i = 0; i < 30; i++) {
            entries[2 * i] = "word/media/image" + i + ".bin";
            entries[2 * i + 1] = "x";
        }
        Limits small = new Limits(1 << 20, 1000, 10, 1 << 20, 4 << 20, 1024, 10, 2, java.time.Duration.ofSeconds(5));
        assertThatThrownBy(() -> reader.read(TestDocs.zip(entries), "many.docx", small))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 10 parts inside");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<w:document xmlns:w=\"" + TestDocs.W + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        assertThatThrownBy(() -> reader.read(TestDocs.zip("word/document.xml", xxe), "xxe.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("XXE");
        String coreXxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        byte[] docx = TestDocs.zip("word/document.xml", TestDocs.documentXml(TestDocs.para("Safe text.")),
                "docProps/core.xml", coreXxe);
        assertThatThrownBy(() -> reader.read(docx, "xxe2.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("XXE");
    }

    @Test
    void documentWithoutTextIsRefused() throws Exception {
        byte[] empty = TestDocs.zip("word/document.xml", TestDocs.documentXml("<w:p/><w:p><w:r></w:r></w:p>"));
        assertThatThrownBy(() -> reader.read(empty, "e.docx", Limits.DEFAULT))
                .isInstanceOf(ReadException.class).hasMessageContaining("no text");
    }
}
