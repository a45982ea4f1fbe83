package org.storycompare.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into a string: byte-order marks first, then strict UTF-8, then the
 * charset reported by juniversalchardet (e.g. Windows-1252, ISO-8859-1). Refuses binary data and
 * broken UTF-8 with a clear reason. Line endings are normalised to {@code \n}.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text and the charset it was decoded with. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] data) throws ReadException {
        ReadException.requireContent(data);
        Decoded d = decodeRaw(data);
        return new Decoded(normaliseLineEndings(d.text()), d.charset());
    }

    private static Decoded decodeRaw(byte[] data) throws ReadException {
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(data, 3, StandardCharsets.UTF_8, "UTF-8"), StandardCharsets.UTF_8);
        }
        if (startsWith(data, 0xFF, 0xFE)) {
            return new Decoded(strict(data, 2, StandardCharsets.UTF_16LE, "UTF-16"), StandardCharsets.UTF_16LE);
        }
        if (startsWith(data, 0xFE, 0xFF)) {
            return new Decoded(strict(data, 2, StandardCharsets.UTF_16BE, "UTF-16"), StandardCharsets.UTF_16BE);
        }
        String binary = binaryKind(data);
        if (binary != null) {
            throw new ReadException("this is not a text file: it contains binary data (" + binary + ")");
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(data)).toString(),
                    StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // not UTF-8: either a legacy single-byte charset or broken UTF-8
        }
        int[] seq = utf8Sequences(data);
        if (seq[0] > 0) {
            throw new ReadException("the text is not valid UTF-8: it mixes UTF-8 characters with broken bytes"
                    + (seq[1] >= 0 ? " (the first at byte " + seq[1] + ")" : "")
                    + "; open it in a text editor and save it again as UTF-8");
        }
        Charset cs = detect(data);
        if (cs == null) {
            throw new ReadException("the text is not valid UTF-8 and its character encoding could not be detected"
                    + " (first bad byte at " + seq[1] + ")");
        }
        return new Decoded(strict(data, 0, cs, cs.name()), cs);
    }

    private static Charset detect(byte[] data) {
        UniversalDetector d = new UniversalDetector();
        d.handleData(data, 0, data.length);
        d.dataEnd();
        String name = d.getDetectedCharset();
        if (name == null || name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("US-ASCII")) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] data, int offset, Charset cs, String label) throws ReadException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(data, offset, data.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ReadException("the text is not valid " + label + " although it says so");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Counts well-formed multi-byte UTF-8 sequences and finds the first malformed byte.
     *
     * @return {validSequences, offsetOfFirstBadByte or -1}
     */
    static int[] utf8Sequences(byte[] b) {
        int valid = 0;
        int firstBad = -1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need == 0) {
                i++;
                continue;
            }
            boolean ok = need > 0;
            for (int k = 1; ok && k <= need; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                if (firstBad < 0) {
                    firstBad = i;
                }
                i++;
            }
        }
        return new int[] {valid, firstBad};
    }

    /** A short name for binary content (an image, an archive...), or null for text-like bytes. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "a zip archive, e.g. a .docx";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        int n = Math.min(b.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "zero bytes";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control > Math.max(2, n / 100) ? "control characters" : null;
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}. */
    static String normaliseLineEndings(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
