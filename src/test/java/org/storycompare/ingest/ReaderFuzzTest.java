package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds thousands of mutated files to every reader: each must either return an article with text or throw
 * {@link ReadException}; any other exception or error fails, with the seed and iteration to replay it.
 */
class ReaderFuzzTest {

    private static final int PER_READER = 700;
    private static final long SEED = 20240304L;

    @TestFactory
    List<DynamicTest> everyReaderThrowsOnlyReadException() throws Exception {
        byte[] pdf = TestDocs.pdf(List.of(List.of("The pier opens in the spring.", "", "Boats wait in the bay."),
                List.of("Second page of the story.")), "Header line", "Page # of 2", "Pier");
        Object[][] cases = {
            {new TxtReader(), Fixtures.bytes("harbor-gazette.txt")},
            {new MarkdownReader(), Fixtures.bytes("valley-post.md")},
            {new HtmlReader(), Fixtures.bytes("northshore-herald.html")},
            {new JsonArticleReader(), Fixtures.bytes("article-export.json")},
            {new DocxReader(), TestDocs.sampleDocx()},
            {new PdfReader(), pdf},
        };
        return Arrays.stream(cases).map(c -> DynamicTest.dynamicTest(((ArticleReader) c[0]).format(),
                () -> fuzz((ArticleReader) c[0], (byte[]) c[1]))).toList();
    }

    private static void fuzz(ArticleReader reader, byte[] seedFile) throws Exception {
        Random random = new Random(SEED ^ reader.format().hashCode());
        int read = 0;
        int refused = 0;
        for (int i = 0; i < PER_READER; i++) {
            byte[] mutated = mutate(seedFile, random);
            try {
                ParsedArticle a = reader.read(mutated, "fuzz." + reader.extensions().get(0), Limits.DEFAULT);
                assertThat(a.text()).isNotBlank();
                read++;
            } catch (ReadException e) {
                assertThat(e.getMessage()).isNotBlank();
                refused++;
            } catch (Throwable t) {
                fail("%s reader, seed %d, iteration %d: %s", reader.format(), SEED, i, t, t);
            }
        }
        assertThat(read + refused).isEqualTo(PER_READER);
        assertThat(refused).as("some mutations must break the file").isPositive();
    }

    /** One to four random edits: flip bytes, cut, duplicate, insert junk, splice markup characters. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int pos = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> {
                    for (int k = 0; k < 1 + r.nextInt(8) && pos + k < b.length; k++) {
                        b[pos + k] = (byte) r.nextInt(256);
                    }
                }
                case 1 -> b = Arrays.copyOf(b, Math.max(1, pos));
                case 2 -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(200));
                    b = splice(b, pos, Arrays.copyOfRange(b, pos, pos + len));
                }
                case 3 -> {
                    byte[] junk = new byte[1 + r.nextInt(32)];
                    r.nextBytes(junk);
                    b = splice(b, pos, junk);
                }
                case 4 -> {
                    String[] tokens = {"<", ">", "</p>", "<div>", "---\n", "!!", "\"", "{", "}", "[", "]", "&", "\u0000",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>", "&e;", "obj", "endobj", "stream"};
                    b = splice(b, pos, tokens[r.nextInt(tokens.length)].getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    int len = Math.min(b.length - pos, 1 + r.nextInt(100));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, pos);
                    System.arraycopy(b, pos + len, out, pos, b.length - pos - len);
                    b = out.length == 0 ? new byte[] {'x'} : out;
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int pos, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(b, pos, out, pos + insert.length, b.length - pos);
        return out;
    }
}
