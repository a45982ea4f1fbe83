package org.storycompare.engine.paraphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact WordNet ({@code wordnet31.bin} read by {@link WordNet}, morphology by {@link BaseForms}) must tell the
 * paraphrase matcher exactly what extjwnl told it: the same lemmas, synsets, related synsets, use count and
 * in-dictionary flag for every word. Checked on every word of the bundled articles and test fixtures, a sample of
 * WordNet's lemmas and irregular forms with inflections made from them, and forms that exercise the morphology's
 * corners (hyphens, apostrophes, periods, digits, accents).
 */
class WordNetEquivalenceTest {

    private static Dictionary extjwnl;
    private static WordNet compact;

    @BeforeAll
    static void load() throws JWNLException {
        extjwnl = Dictionary.getDefaultResourceInstance();
        compact = WordNet.loadBundled();
    }

    @Test
    void theBundledResourceLoads() {
        assertThat(compact).as("wordnet31.bin next to WordNet.class").isNotNull();
        assertThat(compact.indexWord(0, "bridge")).isNotNegative();
        assertThat(compact.indexWord(0, "Attorney_General")).isEqualTo(compact.indexWord(0, "attorney general"));
        assertThat(compact.exceptions(1, "went")).containsExactly("go");
    }

    @Test
    void everyWordOfTheArticlesAndFixtures() throws IOException {
        Set<String> words = new TreeSet<>();
        for (Path dir : List.of(Path.of("articles"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
                    for (PWord t : PWord.words(text, 0, text.length())) {
                        if (!t.number()) {
                            words.add(t.key());
                        }
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(900);
        assertSameAnswers(words);
    }

    @Test
    void sampledLemmasAndIrregularFormsWithTheirInflections() throws JWNLException {
        Set<String> words = new TreeSet<>();
        int n = 0;
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<IndexWord> it = extjwnl.getIndexWordIterator(pos); it.hasNext(); ) {
                String lemma = it.next().getLemma();
                if (n++ % 97 == 0 && !lemma.contains(" ")) {
                    words.addAll(inflections(lemma));
                }
            }
            for (Iterator<Exc> it = extjwnl.getExceptionIterator(pos); it.hasNext(); ) {
                String form = it.next().getLemma();
                if (n++ % 11 == 0 && !form.contains(" ")) {
                    words.addAll(inflections(form));
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(5000);
        assertSameAnswers(words);
    }

    @Test
    void theMorphologysCorners() {
        assertSameAnswers(List.of("well-known", "state-of-the-art", "jack-in-the-pulpit", "u.s.", "e.g.", "don't",
                "o'clock", "mp3", "covid-19", "café", "naïve", "x-ray", "x-rays", "re-elected", "ex-mayor's",
                "mother-in-law's", "mothers-in-law", "men", "women", "children", "geese", "went", "better", "best",
                "ran", "was", "ab", "it's", "city's", "cities'", "a-b-c-d-e-f-g-h", "passers-by", "hangers-on",
                "anti-inflammatory", "co-operate", "well-knowns", "fishing", "fishes", "axes", "bases", "leaves"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void aFormOfManyPartsStaysWithinTheBudget() {
        String form = String.join("-", java.util.Collections.nCopies(40, "ab"));
        List<String> bases = new BaseForms(compact).of(0, form);
        assertThat(bases).contains("ab");
    }

    private static List<String> inflections(String w) {
        List<String> out = new ArrayList<>(List.of(w, w + "s", w + "es", w + "ed", w + "ing", w + "er", w + "est"));
        if (w.endsWith("y")) {
            out.add(w.substring(0, w.length() - 1) + "ies");
        }
        if (w.endsWith("e")) {
            out.add(w.substring(0, w.length() - 1) + "ing");
        }
        if (w.endsWith("man")) {
            out.add(w.substring(0, w.length() - 3) + "men");
        }
        return out;
    }

    private static void assertSameAnswers(Iterable<String> words) {
        List<String> differences = new ArrayList<>();
        for (String w : words) {
            String key = w.toLowerCase(Locale.ROOT);
            if (key.length() < 2) {
                continue;
            }
            String expected = ExtjwnlReference.describe(extjwnl, key);
            String actual = describe(compact, key);
            if (!expected.equals(actual)) {
                differences.add(key + "\n  extjwnl: " + expected + "\n  compact: " + actual);
            }
        }
        assertThat(differences).as("words answered differently").isEmpty();
    }

    /** What Lexicon keeps of a word, from the compact WordNet, in ExtjwnlReference's format. */
    static String describe(WordNet wn, String key) {
        Lexicon.Senses s = Lexicon.senses(wn, key);
        return ExtjwnlReference.format(s.lemmas(), s.synsets(), s.related(), s.uses());
    }

    @Test
    void theLexiconUsesTheCompactWordNet() {
        Lexicon.WordInfo info = Lexicon.shared().info("cities", false);
        assertThat(info.inDictionary()).isTrue();
        assertThat(info.lemmas()).contains("city");
        assertThat(ExtjwnlReference.format(new TreeSet<>(List.of(info.lemmas())), boxed(info.synsets()),
                boxed(info.related()), info.useCount())).isEqualTo(ExtjwnlReference.describe(extjwnl, "cities"));
    }

    private static Set<Long> boxed(long[] a) {
        Set<Long> s = new TreeSet<>();
        for (long v : a) {
            s.add(v);
        }
        return s;
    }

    @Test
    void aDamagedResourceIsRefused() {
        byte[] junk = "not wordnet".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> WordNet.read(new java.io.ByteArrayInputStream(junk))).isInstanceOf(IOException.class);
    }
}
