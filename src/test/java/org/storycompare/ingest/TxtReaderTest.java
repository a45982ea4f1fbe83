package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TxtReaderTest {

    private final TxtReader reader = new TxtReader();

    private ParsedArticle read(byte[] data) throws ReadException {
        return reader.read(data, "t.txt", Limits.DEFAULT);
    }

    @Test
    void headerLinesBecomeMetadataAndTheBodyIsKeptExactly() throws Exception {
        ParsedArticle a = read(Fixtures.bytes("harbor-gazette.txt"));
        assertThat(a.title()).isEqualTo("Millbrook footbridge reopens after two years");
        assertThat(a.outlet()).isEqualTo("Harbor Gazette");
        assertThat(a.author()).isEqualTo("Dana Whitcombe");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(a.url()).isEqualTo("https://www.harbor-gazette.test/local/millbrook-footbridge");
        assertThat(a.text()).startsWith("The Millbrook footbridge reopened on Monday, two years after a winter flood"
                + " tore away its eastern ramp.  \nMayor Ilse Varga cut a ribbon");
        assertThat(a.text()).contains("again\".\n\nEngineers from the county")
                .endsWith("than the council had planned.\n")
                .doesNotContain("Title:");
    }

    @Test
    void withoutHeaderTheWholeFileIsTheBody() throws Exception {
        String body = "  Indented first line.\n\nSecond paragraph with trailing space \n";
        assertThat(read(body.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(body);
    }

    @Test
    void lineEndingsAreNormalised() throws Exception {
        assertThat(read("One\r\nTwo\rThree\n".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("One\nTwo\nThree\n");
    }

    @Test
    void byteOrderMarksAreRemovedAndUsed() throws Exception {
        String text = "Title: Caf\u00e9 news\n\nThe caf\u00e9 \u201cOld Mill\u201d reopened \u2014 at last.";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        for (byte[] data : new byte[][] {utf8, le, be}) {
            ParsedArticle a = read(data);
            assertThat(a.title()).isEqualTo("Caf\u00e9 news");
            assertThat(a.text()).isEqualTo("The caf\u00e9 \u201cOld Mill\u201d reopened \u2014 at last.");
        }
    }

    @Test
    void windows1252AndLatin1AreDetected() throws Exception {
        String cp = "The mayor said \u201cwe will rebuild the caf\u00e9\u201d \u2014 and the na\u00efve critics were"
                + " wrong. Costs rose by 5\u20ac.\nA second line about the r\u00e9sum\u00e9 of the d\u00e9l\u00e9gu\u00e9.\n";
        assertThat(read(cp.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(cp);
        String latin = "Der B\u00fcrgermeister sagte, die Stra\u00dfe werde ge\u00f6ffnet. Gr\u00fc\u00dfe aus"
                + " K\u00f6ln und M\u00fcnchen, sagte er \u00e0 la fran\u00e7aise.\n";
        assertThat(read(latin.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(latin);
    }

    @Test
    void emptyAndBlankFilesAreRefused() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(ReadException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> read(" \n\n \t".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("only white space");
        assertThatThrownBy(() -> read("Title: Only a header\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class).hasMessageContaining("no article text");
    }

    @Test
    void binaryFilesRenamedToTxtAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(png)).isInstanceOf(ReadException.class).hasMessageContaining("PNG image");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        assertThatThrownBy(() -> read(zip)).isInstanceOf(ReadException.class).hasMessageContaining("zip archive");
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        random[0] = 'x';
        assertThatThrownBy(() -> read(random)).isInstanceOf(ReadException.class).hasMessageContaining("binary data");
    }

    @Test
    void brokenUtf8IsRefusedWithItsOffset() {
        byte[] good = "Caf\u00e9 reopened. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0xC3, '(', ' ', 'o', 'k'});
        assertThatThrownBy(() -> read(bad)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("byte " + good.length);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
