package org.storycompare.engine.paraphrase;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Word knowledge for the paraphrase matcher: stop words, a light suffix stemmer, and WordNet 3.1 (extjwnl)
 * lemmas, synsets and direct hypernyms. WordNet is loaded lazily on first use and shared by every matcher;
 * look-ups are cached per lower-case word. If WordNet cannot be loaded, words only match by form and stem.
 */
final class Lexicon {

    /** What the matcher knows of one lower-case word. Synset keys are sorted; related = hypernyms + similar-to. */
    record WordInfo(int id, String key, String stem, String[] lemmas, long[] synsets, long[] related, int useCount,
                    boolean inDictionary, boolean stop) {
    }

    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "than", "so", "as", "of", "at", "by", "for",
            "with", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further",
            "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
            "most", "other", "some", "such", "only", "own", "same", "too", "very", "can", "will", "just",
            "should", "would", "could", "might", "must", "shall", "may", "i", "me", "my", "we", "our", "us",
            "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "what",
            "which", "who", "whom", "whose", "this", "that", "these", "those", "am", "is", "are", "was", "were",
            "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "also", "while",
            "because", "until", "since", "per", "via", "onto", "upon", "within", "without", "among", "s", "t",
            "yet", "however", "although", "though", "whether", "not", "no", "nor");

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "nowhere", "cannot", "without");

    private static final long[] NONE = new long[0];
    private static final Lexicon SHARED = new Lexicon();

    private final ConcurrentHashMap<String, WordInfo> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Dictionary dictionary;
    private volatile boolean loadFailed;

    private Lexicon() {
    }

    static Lexicon shared() {
        return SHARED;
    }

    /** True when WordNet is (or can be) loaded. Loads it if needed. */
    boolean wordNetAvailable() {
        return dictionary() != null;
    }

    private Dictionary dictionary() {
        Dictionary d = dictionary;
        if (d == null && !loadFailed) {
            synchronized (this) {
                if (dictionary == null && !loadFailed) {
                    try {
                        dictionary = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException | RuntimeException e) {
                        loadFailed = true;
                    }
                }
                d = dictionary;
            }
        }
        return d;
    }

    /** Info for a token key (lower case); numbers get no WordNet look-up. */
    WordInfo info(String key, boolean number) {
        WordInfo wi = cache.get(key);
        if (wi == null) {
            wi = cache.computeIfAbsent(key, k -> compute(k, number));
        }
        return wi;
    }

    private WordInfo compute(String key, boolean number) {
        boolean stop = STOP.contains(key);
        String stem = number ? key : stem(key);
        Dictionary d = number || key.length() < 2 ? null : dictionary();
        if (d == null) {
            return new WordInfo(ids.incrementAndGet(), key, stem, new String[] {key}, NONE, NONE, 0, false, stop);
        }
        Set<String> lemmas = new TreeSet<>();
        Set<Long> syn = new TreeSet<>();
        Set<Long> rel = new TreeSet<>();
        int uses = 0;
        synchronized (d) {
            try {
                for (POS pos : POS.getAllPOS()) {
                    List<String> bases = d.getMorphologicalProcessor().lookupAllBaseForms(pos, key);
                    for (String base : bases) {
                        IndexWord iw = d.getIndexWord(pos, base);
                        if (iw == null) {
                            continue;
                        }
                        String lemma = iw.getLemma().toLowerCase(java.util.Locale.ROOT);
                        lemmas.add(lemma);
                        for (Synset s : iw.getSenses()) {
                            syn.add(synsetKey(s));
                            for (Word w : s.getWords()) {
                                if (w.getLemma().equalsIgnoreCase(lemma)) {
                                    uses += (int) w.getUseCount();
                                }
                            }
                            for (Pointer p : s.getPointers()) {
                                PointerType t = p.getType();
                                if (t == PointerType.HYPERNYM || t == PointerType.INSTANCE_HYPERNYM
                                        || t == PointerType.SIMILAR_TO) {
                                    rel.add(synsetKey(p.getTargetSynset()));
                                }
                            }
                        }
                    }
                }
            } catch (JWNLException | RuntimeException e) {
                // a broken entry: keep what was found so far
            }
        }
        boolean inDict = !lemmas.isEmpty();
        if (lemmas.isEmpty()) {
            lemmas.add(key);
        }
        return new WordInfo(ids.incrementAndGet(), key, stem, lemmas.toArray(new String[0]), toSorted(syn), toSorted(rel), uses,
                inDict, stop);
    }

    private static long synsetKey(Synset s) {
        return ((long) s.getPOS().getId() << 40) | s.getOffset();
    }

    private static long[] toSorted(Set<Long> set) {
        long[] a = new long[set.size()];
        int i = 0;
        for (Long v : set) {
            a[i++] = v;
        }
        Arrays.sort(a);
        return a;
    }

    /** True when the two sorted arrays share an element. */
    static boolean intersects(long[] x, long[] y) {
        if (x.length == 0 || y.length == 0 || x[x.length - 1] < y[0] || y[y.length - 1] < x[0]) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** A light English suffix stemmer: plurals, -ed, -ing, -ly, final e; good enough to join inflections. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 4 && s.endsWith("ies")) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.length() > 4 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches")
                || s.endsWith("shes") || s.endsWith("zes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")
                && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 5 && s.endsWith("ing")) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.length() > 4 && s.endsWith("ed") && !s.endsWith("eed")) {
            s = undouble(s.substring(0, s.length() - 2));
        } else if (s.length() > 5 && s.endsWith("ly")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
