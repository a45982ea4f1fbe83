package org.storycompare.engine.quotes;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One key for the British and American spellings of a word, so that quotes are compared on wording, not
 * house style. The key is applied to both sides alike, so it need not be a real word ("colour" and "color"
 * both become "color", "travelled" and "traveled" both "traveled"); it only must not join two different
 * words. General rules, in this order, on a lower-case word without punctuation:
 * <ul>
 *   <li>a short list of irregular pairs (grey/gray, programme/program, tyre/tire, practise/practice, ...);</li>
 *   <li>{@code -our} after a consonant, in words of five letters or more, becomes {@code -or} (colour, favour,
 *       honours, labourers, neighbourhood; not four, hour, tour, your, nor the listed devour, contour, detour, flour);</li>
 *   <li>{@code -ise/-isation/-ising/-ised} after three letters becomes {@code -ize...}; {@code -yse}
 *       {@code -yze} (analyse); {@code -ence} at the end becomes {@code -ense} (defence, licence, offence);</li>
 *   <li>{@code -tre/-bre} at the end becomes {@code -ter/-ber} (centre, metre, fibre);</li>
 *   <li>a doubled {@code l} after a vowel before {@code -ed/-ing/-er/-or} in words of two syllables or more
 *       is single (travelled, cancelling, counsellor; not filled, called);</li>
 *   <li>{@code -ogue} becomes {@code -og} (catalogue, dialogue).</li>
 * </ul>
 */
final class Spellings {

    private static final Map<String, String> LIST = Map.ofEntries(Map.entry("grey", "gray"),
            Map.entry("greys", "grays"), Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("kerb", "curb"),
            Map.entry("cheque", "check"), Map.entry("cheques", "checks"), Map.entry("plough", "plow"),
            Map.entry("aluminium", "aluminum"), Map.entry("mould", "mold"), Map.entry("jewellery", "jewelry"),
            Map.entry("aeroplane", "airplane"), Map.entry("aeroplanes", "airplanes"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"),
            Map.entry("practising", "practicing"), Map.entry("sceptic", "skeptic"),
            Map.entry("sceptical", "skeptical"), Map.entry("judgement", "judgment"),
            Map.entry("judgements", "judgments"), Map.entry("ageing", "aging"), Map.entry("focussed", "focused"),
            Map.entry("cosy", "cozy"), Map.entry("pyjamas", "pajamas"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("manoeuvres", "maneuvers"), Map.entry("fulfil", "fulfill"), Map.entry("enrol", "enroll"),
            Map.entry("skilful", "skillful"), Map.entry("paediatric", "pediatric"), Map.entry("oestrogen", "estrogen"),
            Map.entry("anaesthetic", "anesthetic"), Map.entry("encyclopaedia", "encyclopedia"),
            Map.entry("draught", "draft"), Map.entry("storey", "story"), Map.entry("storeys", "stories"));
    private static final java.util.Set<String> OUR_EXCEPTIONS = java.util.Set.of("devour", "contour", "detour",
            "paramour", "troubadour", "velour", "amour", "flour", "scour");

    private static final Pattern OUR = Pattern.compile("^(\\p{L}{1,}[^aeou\\W])our(s|ed|ing|ite|ites|able|ably|er|ers|hood|hoods|ful|less|ist|ists)?$");
    private static final Pattern ISE = Pattern.compile("^(\\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations)$");
    private static final Pattern YSE = Pattern.compile("^(\\p{L}+)ys(e|es|ed|ing|er|ers)$");
    private static final Pattern ENCE = Pattern.compile("^(\\p{L}{2,})ence(s)?$");
    private static final Pattern TRE = Pattern.compile("^(\\p{L}{2,}[tb])re(s)?$");
    private static final Pattern LL = Pattern.compile("^(\\p{L}{2,}[aeiou]l)l(ed|ing|er|ers|or|ors)$");
    private static final Pattern OGUE = Pattern.compile("^(\\p{L}{2,})ogue(s)?$");

    private Spellings() {
    }

    /** The spelling key of a lower-case word. */
    static String key(String word) {
        String listed = LIST.get(word);
        if (listed != null) {
            return listed;
        }
        String w = word;
        if (w.length() >= 5 && !OUR_EXCEPTIONS.contains(stem(w))) {
            w = OUR.matcher(w).replaceFirst("$1or" + "$2");
        }
        w = ISE.matcher(w).replaceFirst("$1iz$2");
        w = YSE.matcher(w).replaceFirst("$1yz$2");
        w = ENCE.matcher(w).replaceFirst("$1ense$2");
        w = TRE.matcher(w).replaceFirst("$1er$2");
        w = LL.matcher(w).replaceFirst("$1$2");
        return OGUE.matcher(w).replaceFirst("$1og$2");
    }

    private static String stem(String w) {
        return w.replaceFirst("(s|ed|ing)$", "");
    }
}
