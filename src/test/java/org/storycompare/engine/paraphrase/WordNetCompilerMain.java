package org.storycompare.engine.paraphrase;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Compiles WordNet 3.1 from extjwnl's data jar (a test dependency) into {@code wordnet31.bin}, the compact resource
 * {@link WordNet} reads at run time. Run it when the WordNet data or the format changes:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storycompare.engine.paraphrase.WordNetCompilerMain
 * -Dexec.args=src/main/resources/org/storycompare/engine/paraphrase/wordnet31.bin}.
 * {@code WordNetEquivalenceTest} checks that the resource answers as extjwnl does.
 *
 * <p>Format (deflated; big-endian ints and longs, arrays as a run of values whose length follows from what came
 * before): magic, version; synset count S, S synset keys (long), S + 1 starts into the related list, the related
 * list (synset indices); then per part of speech (noun, verb, adjective, adverb): lemma count N, N + 1 starts into
 * the lemma chars, the lemma chars (ASCII, lemmas sorted by {@link String#compareTo}), N + 1 starts into the senses,
 * the senses' synset indices, the senses' use counts; the exception count and per irregular form (sorted) the form
 * and its bases (short length + UTF-8 each).
 */
public final class WordNetCompilerMain {

    private WordNetCompilerMain() {
    }

    public static void main(String[] args) throws IOException, JWNLException {
        Path out = Path.of(args.length > 0 ? args[0] : "wordnet31.bin");
        Dictionary d = Dictionary.getDefaultResourceInstance();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp)) {
            write(d, raw);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    static void write(Dictionary d, OutputStream raw) throws IOException, JWNLException {
        POS[] poses = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};
        Map<Long, Integer> synsetIndex = new HashMap<>();
        List<Synset> synsets = new ArrayList<>();
        for (POS pos : poses) {
            for (Iterator<Synset> it = d.getSynsetIterator(pos); it.hasNext(); ) {
                Synset s = it.next();
                synsetIndex.put(key(s), synsets.size());
                synsets.add(s);
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                new DeflaterOutputStream(raw, deflater), 1 << 16))) {
            out.writeInt(WordNet.MAGIC);
            out.writeInt(WordNet.VERSION);
            out.writeInt(synsets.size());
            List<TreeSet<Integer>> related = new ArrayList<>();
            for (Synset s : synsets) {
                out.writeLong(key(s));
                TreeSet<Integer> rel = new TreeSet<>();
                for (Pointer p : s.getPointers()) {
                    PointerType t = p.getType();
                    if (t == PointerType.HYPERNYM || t == PointerType.INSTANCE_HYPERNYM || t == PointerType.SIMILAR_TO) {
                        rel.add(synsetIndex.get(key(p.getTargetSynset())));
                    }
                }
                related.add(rel);
            }
            int start = 0;
            out.writeInt(0);
            for (TreeSet<Integer> rel : related) {
                start += rel.size();
                out.writeInt(start);
            }
            for (TreeSet<Integer> rel : related) {
                for (int r : rel) {
                    out.writeInt(r);
                }
            }
            for (POS pos : poses) {
                writeIndex(d, pos, synsetIndex, out);
                writeExceptions(d, pos, out);
            }
        } finally {
            deflater.end();
        }
    }

    private static void writeIndex(Dictionary d, POS pos, Map<Long, Integer> synsetIndex, DataOutputStream out)
            throws IOException, JWNLException {
        // list first, then look each up (the engine only ever looked words up; extjwnl's look-ups go wrong while an
        // iterator is open: the same form then finds other entries)
        List<String> listed = new ArrayList<>();
        for (Iterator<IndexWord> it = d.getIndexWordIterator(pos); it.hasNext(); ) {
            listed.add(it.next().getLemma());
        }
        TreeMap<String, IndexWord> index = new TreeMap<>();
        for (String lemma : listed) {
            IndexWord iw = d.getIndexWord(pos, lemma);
            if (iw != null) {
                index.put(iw.getLemma().toLowerCase(java.util.Locale.ROOT), iw);
            }
        }
        out.writeInt(index.size());
        int at = 0;
        out.writeInt(0);
        for (String lemma : index.keySet()) {
            if (!lemma.chars().allMatch(c -> c < 128)) {
                throw new IllegalStateException("not ASCII: " + lemma);
            }
            at += lemma.length();
            out.writeInt(at);
        }
        for (String lemma : index.keySet()) {
            out.write(lemma.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        at = 0;
        out.writeInt(0);
        for (IndexWord iw : index.values()) {
            at += iw.getSenses().size();
            out.writeInt(at);
        }
        for (IndexWord iw : index.values()) {
            for (Synset s : iw.getSenses()) {
                out.writeInt(synsetIndex.get(key(s)));
            }
        }
        for (Map.Entry<String, IndexWord> e : index.entrySet()) {
            for (Synset s : e.getValue().getSenses()) {
                int uses = 0;
                for (Word w : s.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(e.getKey())) {
                        uses += (int) w.getUseCount();
                    }
                }
                out.writeInt(uses);
            }
        }
    }

    private static void writeExceptions(Dictionary d, POS pos, DataOutputStream out) throws IOException, JWNLException {
        List<String> listed = new ArrayList<>();
        for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
            listed.add(it.next().getLemma());
        }
        // as above, what a look-up returns: a form listed twice ("aurar") gives the look-up's bases
        TreeMap<String, List<String>> exc = new TreeMap<>();
        for (String form : listed) {
            Exc found = d.getException(pos, form);
            if (found != null) {
                exc.put(WordNet.normalise(form), found.getExceptions());
            }
        }
        out.writeInt(exc.size());
        for (Map.Entry<String, List<String>> e : exc.entrySet()) {
            writeString(out, e.getKey());
            out.writeShort(e.getValue().size());
            for (String b : e.getValue()) {
                writeString(out, b);
            }
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeShort(b.length);
        out.write(b);
    }

    private static long key(Synset s) {
        return ((long) s.getPOS().getId() << 40) | s.getOffset();
    }
}
