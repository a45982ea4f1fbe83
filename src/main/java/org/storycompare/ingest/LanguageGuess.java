package org.storycompare.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An offline guess of a text's language from counts of common function words, for English, German,
 * French, Spanish, Italian, Dutch and Portuguese. Returns null when the text is too short or unclear.
 */
public final class LanguageGuess {

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "of", "to", "is", "was", "that", "with", "for", "it", "on",
                "he", "she", "they", "this", "have", "has", "had", "be", "are", "were", "which", "from", "by",
                "at", "his", "her", "their", "will", "would", "said", "not", "but", "an", "who"));
        STOP_WORDS.put("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "des", "auf",
                "für", "dem", "den", "ein", "eine", "einer", "auch", "es", "an", "als", "wie", "wurde", "sind",
                "bei", "nach", "aus", "hat", "sagte", "noch", "oder", "über", "zu", "im", "vom", "zum"));
        STOP_WORDS.put("fr", Set.of("le", "la", "les", "et", "des", "du", "une", "est", "que", "qui", "dans",
                "pour", "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "cette", "sont", "été", "ont",
                "mais", "ou", "leur", "selon", "nous", "plus", "a", "un", "par", "se"));
        STOP_WORDS.put("es", Set.of("el", "los", "las", "del", "y", "que", "una", "por", "con", "para", "es",
                "fue", "su", "sus", "se", "al", "lo", "como", "más", "pero", "sobre", "este", "esta", "han",
                "ha", "dijo", "según", "entre", "también", "muy", "ya", "cuando"));
        STOP_WORDS.put("it", Set.of("il", "di", "che", "della", "delle", "dei", "gli", "per", "con", "non",
                "una", "sono", "è", "nel", "nella", "alla", "anche", "del", "come", "ha", "ma", "più", "suo",
                "sua", "dalla", "degli", "questo", "questa", "stato", "ai", "tra", "secondo"));
        STOP_WORDS.put("nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met",
                "voor", "er", "maar", "ook", "als", "bij", "naar", "om", "werd", "wordt", "heeft", "hebben",
                "deze", "dit", "die", "uit", "nog", "zei", "volgens", "tot", "kan"));
        STOP_WORDS.put("pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "não", "com",
                "para", "que", "é", "foi", "na", "no", "nas", "nos", "pelo", "pela", "mais", "mas", "também",
                "ao", "seu", "sua", "são", "disse", "segundo", "como", "ser"));
    }

    private LanguageGuess() {
    }

    /** A two-letter code such as "en", or null when the text is too short or no language clearly leads. */
    public static String guess(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> hits = new LinkedHashMap<>();
        STOP_WORDS.keySet().forEach(k -> hits.put(k, 0));
        int words = 0;
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (best == null || bestHits < 3 || bestHits * 10 < words || bestHits * 4 < second * 5) {
            return null;
        }
        return best;
    }

    /** "en-GB", "en_US", "EN" become "en"; anything not starting with two or three letters becomes null. */
    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && cut < 4 && t.charAt(cut) >= 'a' && t.charAt(cut) <= 'z') {
            cut++;
        }
        if (cut < 2 || cut > 3 || (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_')) {
            return null;
        }
        return t.substring(0, cut);
    }
}
