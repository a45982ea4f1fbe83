package org.storycompare.engine.paraphrase;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Word knowledge for the paraphrase matcher: stop words, a light suffix stemmer, and WordNet 3.1 lemmas, synsets
 * and direct hypernyms ({@link WordNet}, found through WordNet's morphology, {@link BaseForms}). WordNet is loaded
 * lazily on first use and shared by every matcher; look-ups are cached per lower-case word. If WordNet cannot be
 * loaded, words only match by form and stem.
 */
final class Lexicon {

    /**
     * What the matcher knows of one lower-case word. Synset keys are sorted; related = hypernyms + similar-to;
     * indexKeys = dense numbers of the word's keys in the candidate index ({@link CandidateIndex#keys}), distinct.
     */
    record WordInfo(int id, String key, String stem, String[] lemmas, long[] synsets, long[] related, int useCount,
                    boolean inDictionary, boolean stop, int[] indexKeys, long synsetBits, long relatedBits) {

        WordInfo(int id, String key, String stem, String[] lemmas, long[] synsets, long[] related, int useCount,
                 boolean inDictionary, boolean stop, int[] indexKeys) {
            this(id, key, stem, lemmas, synsets, related, useCount, inDictionary, stop, indexKeys, bits(synsets),
                    bits(related));
        }

        WordInfo(int id, String key, String stem, String[] lemmas, long[] synsets, long[] related, int useCount,
                 boolean inDictionary, boolean stop) {
            this(id, key, stem, lemmas, synsets, related, useCount, inDictionary, stop,
                    CandidateIndex.keyIds(CandidateIndex.keys(key, stem, lemmas, synsets, related)));
        }
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
    private volatile WordNet wordNet;
    private volatile boolean loadFailed;

    private Lexicon() {
    }

    static Lexicon shared() {
        return SHARED;
    }

    /** True when WordNet is (or can be) loaded. Loads it if needed. */
    boolean wordNetAvailable() {
        return wordNet() != null;
    }

    private WordNet wordNet() {
        WordNet w = wordNet;
        if (w == null && !loadFailed) {
            synchronized (this) {
                if (wordNet == null && !loadFailed) {
                    wordNet = WordNet.loadBundled();
                    loadFailed = wordNet == null;
                    if (loadFailed) {
                        System.getLogger(Lexicon.class.getName()).log(System.Logger.Level.WARNING,
                                "WordNet (" + WordNet.RESOURCE + ") could not be read: paraphrases are found by word"
                                        + " form and stem only, without synonyms");
                    }
                }
                w = wordNet;
            }
        }
        return w;
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
        WordNet wn = number || key.length() < 2 ? null : wordNet();
        if (wn == null) {
            return new WordInfo(ids.incrementAndGet(), key, stem, new String[] {key}, NONE, NONE, 0, false, stop);
        }
        Senses found = senses(wn, key);
        boolean inDict = !found.lemmas().isEmpty();
        Set<String> lemmas = inDict ? found.lemmas() : Set.of(key);
        return new WordInfo(ids.incrementAndGet(), key, stem, lemmas.toArray(new String[0]), toSorted(found.synsets()),
                toSorted(found.related()), found.uses(), inDict, stop);
    }

    /** What WordNet knows of a word over all parts of speech: lemmas, synset keys and related synset keys, sorted. */
    record Senses(Set<String> lemmas, Set<Long> synsets, Set<Long> related, int uses) {
    }

    /** The lemmas a word is a form of (WordNet's morphology), their synsets, those synsets' links and use counts. */
    static Senses senses(WordNet wn, String key) {
        Set<String> lemmas = new TreeSet<>();
        Set<Long> syn = new TreeSet<>();
        Set<Long> rel = new TreeSet<>();
        int uses = 0;
        BaseForms morphology = new BaseForms(wn);
        for (int pos = 0; pos < WordNet.POS_COUNT; pos++) {
            for (String base : morphology.of(pos, key)) {
                int entry = wn.indexWord(pos, base);
                if (entry < 0) {
                    continue;
                }
                lemmas.add(wn.lemma(pos, entry));
                int total = 0;
                for (int s = 0; s < wn.senseCount(pos, entry); s++) {
                    total += wn.senseUses(pos, entry, s);
                }
                uses += total;
                for (int s = 0; s < wn.senseCount(pos, entry); s++) {
                    if (!frequent(s, wn.senseUses(pos, entry, s), total)) {
                        continue;
                    }
                    int synset = wn.senseSynset(pos, entry, s);
                    syn.add(wn.synsetKey(synset));
                    for (int target : wn.related(synset)) {
                        rel.add(wn.synsetKey(target));
                    }
                }
            }
        }
        return new Senses(lemmas, syn, rel, uses);
    }

    /** Measured with ParaphraseEval (all senses / 0.02 + 3 / 0.1 + 2): MSRP CV .776 / .777 / .775, STS-B r .634 /
     *  .640 / .637, Webis match F1 .554 / .535 / .524, sample swaps 42 / 40 / 39 of 50. */
    static final double MIN_SHARE = 0.02;
    static final int UNTAGGED = 3;

    /**
     * Whether a sense counts: WordNet lists a lemma's senses most frequent first, with how often each was tagged
     * in its semantic concordance. The first sense always counts; another counts when it has at least
     * {@link #MIN_SHARE} of the lemma's tags, or, for a lemma never tagged, when it is among the first
     * {@link #UNTAGGED}. Rare senses made false synonyms ("calculated" and "looks", "number" and "make").
     */
    static boolean frequent(int sense, int uses, int total) {
        if (sense == 0) {
            return true;
        }
        return total == 0 ? sense < UNTAGGED : uses > 0 && uses >= MIN_SHARE * total;
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

    /**
     * A 64-bit signature of a set of synset keys (one bit per key): two sets whose signatures share no bit
     * share no key, which rules most word pairs out before {@link #intersects} walks the arrays.
     */
    static long bits(long[] keys) {
        long b = 0;
        for (long k : keys) {
            long h = k * 0x9E3779B97F4A7C15L;
            b |= 1L << (h >>> 58);
        }
        return b;
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
