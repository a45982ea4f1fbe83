package org.storycompare.engine.paraphrase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.InflaterInputStream;

/**
 * Princeton WordNet 3.1, compiled into one compact resource ({@code wordnet31.bin}, written by the test tool
 * {@code WordNetCompilerMain} from extjwnl's copy of the WordNet files): per part of speech the index of lemmas with
 * their senses and use counts and the exception list of irregular forms, and per synset its hypernyms and
 * similar-to links. Loading it takes a few tens of milliseconds, where parsing the WordNet files took half a second
 * of the start-up. Immutable and thread-safe.
 *
 * <p>Parts of speech are WordNet's ids minus one: 0 noun, 1 verb, 2 adjective, 3 adverb.
 */
final class WordNet {

    static final String RESOURCE = "wordnet31.bin";
    static final int MAGIC = 0x53435754; // "SCWT"
    static final int VERSION = 2;
    static final int POS_COUNT = 4;

    private final byte[][] lemmaChars;   // per POS: every lemma's ASCII chars, one after another, in sorted order
    private final int[][] lemmaStart;    // per POS: where each lemma starts in lemmaChars (one more: the end)
    private final int[][] senseStart;
    private final int[][] senseSynset;
    private final int[][] senseUses;
    private final int[] maxLemmaLength = new int[POS_COUNT];
    private final String[][] excForms;
    private final String[][][] excBases;
    private final long[] synsetKey;
    private final int[] relatedStart;
    private final int[] related;

    private WordNet(ByteBuffer in) throws IOException {
        if (in.remaining() < 12 || in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a StoryCompare WordNet resource (version " + VERSION + ")");
        }
        try {
            int synsets = in.getInt();
            synsetKey = longs(in, synsets);
            relatedStart = ints(in, synsets + 1);
            related = ints(in, relatedStart[synsets]);
            lemmaChars = new byte[POS_COUNT][];
            lemmaStart = new int[POS_COUNT][];
            senseStart = new int[POS_COUNT][];
            senseSynset = new int[POS_COUNT][];
            senseUses = new int[POS_COUNT][];
            excForms = new String[POS_COUNT][];
            excBases = new String[POS_COUNT][][];
            for (int p = 0; p < POS_COUNT; p++) {
                int n = in.getInt();
                lemmaStart[p] = ints(in, n + 1);
                lemmaChars[p] = new byte[lemmaStart[p][n]];
                in.get(lemmaChars[p]);
                for (int i = 0; i < n; i++) {
                    maxLemmaLength[p] = Math.max(maxLemmaLength[p], lemmaStart[p][i + 1] - lemmaStart[p][i]);
                }
                senseStart[p] = ints(in, n + 1);
                senseSynset[p] = ints(in, senseStart[p][n]);
                senseUses[p] = ints(in, senseStart[p][n]);
                int e = in.getInt();
                excForms[p] = new String[e];
                excBases[p] = new String[e][];
                for (int i = 0; i < e; i++) {
                    excForms[p][i] = string(in);
                    excBases[p][i] = new String[in.getShort()];
                    for (int j = 0; j < excBases[p][i].length; j++) {
                        excBases[p][i][j] = string(in);
                    }
                }
            }
        } catch (BufferUnderflowException | NegativeArraySizeException | IndexOutOfBoundsException e) {
            throw new IOException("truncated StoryCompare WordNet resource", e);
        }
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * n);
        return a;
    }

    private static long[] longs(ByteBuffer in, int n) {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        in.position(in.position() + 8 * n);
        return a;
    }

    private static String string(ByteBuffer in) {
        byte[] b = new byte[in.getShort()];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Reads the resource next to this class; null when it is missing or unreadable (words then match by form). */
    static WordNet loadBundled() {
        try (InputStream raw = WordNet.class.getResourceAsStream(RESOURCE)) {
            return raw == null ? null : read(raw);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads a compiled WordNet (deflated, as {@code WordNetCompilerMain} writes it). */
    static WordNet read(InputStream raw) throws IOException {
        try (InputStream in = new InflaterInputStream(raw, new java.util.zip.Inflater(), 1 << 16)) {
            return new WordNet(ByteBuffer.wrap(in.readAllBytes()));
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a StoryCompare WordNet resource", e);
        }
    }

    /** WordNet's own normalisation of a query: lower case, trimmed, underscores as spaces. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).trim().replace('_', ' ');
    }

    /** The index entry of a lemma (normalised first), or -1. */
    int indexWord(int pos, String lemma) {
        String q = normalise(lemma);
        if (q.isEmpty() || q.length() > maxLemmaLength[pos]) {
            return -1;
        }
        int lo = 0;
        int hi = lemmaStart[pos].length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(pos, mid, q);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Lemma {@code entry} compared with q as {@link String#compareTo} would (lemmas are ASCII). */
    private int compare(int pos, int entry, String q) {
        byte[] chars = lemmaChars[pos];
        int from = lemmaStart[pos][entry];
        int len = lemmaStart[pos][entry + 1] - from;
        int n = Math.min(len, q.length());
        for (int k = 0; k < n; k++) {
            int d = (chars[from + k] & 0xFF) - q.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return len - q.length();
    }

    /** The longest lemma of a part of speech, in chars: no longer phrase can be in the index. */
    int maxLemmaLength(int pos) {
        return maxLemmaLength[pos];
    }

    String lemma(int pos, int entry) {
        int from = lemmaStart[pos][entry];
        return new String(lemmaChars[pos], from, lemmaStart[pos][entry + 1] - from, StandardCharsets.ISO_8859_1);
    }

    int senseCount(int pos, int entry) {
        return senseStart[pos][entry + 1] - senseStart[pos][entry];
    }

    /** The synset of a sense, as an index into this WordNet's synsets. */
    int senseSynset(int pos, int entry, int sense) {
        return senseSynset[pos][senseStart[pos][entry] + sense];
    }

    /** How often the lemma was tagged with this sense (WordNet's use counts of its words with that lemma). */
    int senseUses(int pos, int entry, int sense) {
        return senseUses[pos][senseStart[pos][entry] + sense];
    }

    /** A synset's key: (WordNet part-of-speech id &lt;&lt; 40) | byte offset in its data file. */
    long synsetKey(int synset) {
        return synsetKey[synset];
    }

    /** Hypernyms, instance hypernyms and similar-to synsets of a synset, as synset indices. */
    int[] related(int synset) {
        return Arrays.copyOfRange(related, relatedStart[synset], relatedStart[synset + 1]);
    }

    /** The base forms an irregular form stands for (the exception list), or null. */
    String[] exceptions(int pos, String form) {
        int i = Arrays.binarySearch(excForms[pos], normalise(form));
        return i >= 0 ? excBases[pos][i] : null;
    }
}
