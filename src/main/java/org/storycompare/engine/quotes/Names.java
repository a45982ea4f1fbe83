package org.storycompare.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/** Cleans a capitalised run taken for a speaker's name: leading titles and sentence starters left out. */
final class Names {

    private static final Set<String> TITLES = Set.of("mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "station", "commander", "councillor", "chief", "inspector", "professor", "prof", "prof.", "sir", "dame",
            "lord", "lady", "president", "minister", "senator", "sergeant", "officer", "captain", "judge", "deputy",
            "superintendent", "detective", "constable", "governor", "director", "chair", "chairman", "chairwoman",
            "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "at", "in", "on", "by", "but", "and", "when",
            "after", "before", "as", "if", "for", "from", "with", "while", "then", "yet", "so", "since", "it",
            "this", "that", "there", "their", "his", "her", "its", "standing", "speaking", "asked", "until",
            "instead", "still", "later", "now", "yes", "no", "meanwhile", "however", "earlier", "also", "according",
            "he", "she", "they", "we", "i", "you", "what", "who", "why", "how", "where", "did", "does", "do",
            "although", "though", "despite", "during", "among", "amid", "alongside", "because", "unlike", "like",
            "under", "over", "through", "without", "within", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "once", "not", "even", "only", "here's", "what's", "last", "next", "every", "each");
    /** First words of a description that names a speaker: "a spokesman", "the senator", "his wife". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "another", "his", "her", "their",
            "its", "our", "two", "three", "several", "some", "many", "other", "both", "most", "few");
    /** An indefinite description names nobody in particular: "another New Hampshire Republican" stays whole. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");
    /** First words of a run that is no speaker: "in the report", "that many believe". */
    private static final Set<String> NO_SPEAKER = Set.of("in", "on", "at", "to", "of", "for", "from", "with", "by",
            "that", "which", "who", "this", "these", "those", "there", "it", "what", "when", "where", "while", "and",
            "but", "or", "as", "if", "than", "then", "so", "because", "is", "was", "were", "are", "be", "not", "all",
            "nothing", "something", "everything", "nobody", "everyone", "everybody", "no", "none", "here");
    /** Words that make a run a clause, not a speaker: "Nothing else was (announced)". */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "was", "were", "are", "be", "been", "has", "have",
            "had", "will", "would", "could", "can", "did", "does", "do", "not", "said", "says", "told", "it", "that",
            "which", "there", "this");
    private static final Set<String> CONNECTORS = Set.of("de", "van", "von", "der", "da", "al", "bin", "la", "le",
            "del", "di", "du");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /** Verbs that end a speaker's description: the reporting verbs and a few more of written texts. */
    private static final Pattern VERBS = Pattern.compile(Speakers.VERB
            + "|goes|went|continues|makes|made|reads|affirms|shows|calls|puts|offers|gives|argues|insists");
    private static final Pattern PAST = Pattern.compile("\\p{Ll}{3,}ed");
    /** Words that open the object of a verb: "resisted the plan" (not "involved in the plan"). */
    private static final Set<String> OBJECT_START = Set.of("the", "a", "an", "that", "his",
            "her", "their", "its", "it", "him", "them", "this", "these", "those", "our", "my");

    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "here", "there", "hours", "days", "weeks", "months",
            "years", "today", "yesterday", "tonight");

    private Names() {
    }

    /**
     * Who a phrase written as a speaker names: a name that ends it, without the description before it ("former
     * adviser Ivo Brandt", "the ferry company's Ivo Brandt": Ivo Brandt); else a description as written ("a
     * harbour spokesman", "the Vermont senator", "Quellin aides", "Quellin's deputy campaign manager"); null when it
     * names nobody ("in the report").
     */
    static Speakers.Found ofPhrase(String phrase, int at) {
        return ofPhrase(phrase, at, true);
    }

    /** Like {@link #ofPhrase}, for a phrase that follows its verb ("said a source involved"): it holds no verb. */
    static Speakers.Found afterVerb(String phrase, int at) {
        return ofPhrase(phrase, at, false);
    }

    private static Speakers.Found ofPhrase(String phrase, int at, boolean mayHoldVerb) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ",.;:".indexOf(phrase.charAt(end - 1)) >= 0
                    && !(end - m.start() <= 4 && Character.isUpperCase(phrase.charAt(m.start())))) {
                end--;
            }
            if (end > m.start()) {
                tokens.add(new int[] {m.start(), end});
            }
        }
        boolean cut = false;
        for (int k = 1; k < tokens.size() && mayHoldVerb && !cut; k++) {
            if (verb(phrase, tokens, k)) {
                tokens.subList(k, tokens.size()).clear(); // "The letter continues", "Another reader tweeted"
                cut = true;
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        String first = word(phrase, tokens.get(0));
        if (cut && STARTERS.contains(first) && !DETERMINERS.contains(first)
                || NO_SPEAKER.contains(first)
                || tokens.stream().anyMatch(t -> Character.isLowerCase(phrase.charAt(t[0]))
                        && CLAUSE_WORDS.contains(word(phrase, t)))) {
            return null;
        }
        int last = tokens.size() - 1;
        if (Character.isUpperCase(phrase.charAt(tokens.get(last)[0])) && !INDEFINITE.contains(first)) {
            int i = last;
            while (i > 0 && !possessive(phrase, tokens.get(i - 1)) && (Character.isUpperCase(
                    phrase.charAt(tokens.get(i - 1)[0])) || CONNECTORS.contains(word(phrase, tokens.get(i - 1))))) {
                i--;
            }
            return clean(phrase.substring(tokens.get(i)[0], tokens.get(last)[1]), at + tokens.get(i)[0]);
        }
        if (DETERMINERS.contains(first) || tokens.size() <= 3 || possessive(phrase, tokens.get(0))) {
            int end = tokens.get(last)[1];
            return new Speakers.Found(phrase.substring(0, end), new Span(at, at + end));
        }
        return null;
    }

    /**
     * Like {@link #ofPhrase}, for a phrase after its verb ("said Ada", "- Ada"), where a speaker is written with a
     * capital or an article: null for bare lower-case words ("continued struggles").
     */
    static Speakers.Found ofNamedPhrase(String phrase, int at) {
        String first = phrase.strip().split("\\s+")[0];
        boolean named = !first.isEmpty() && (Character.isUpperCase(first.charAt(0))
                || DETERMINERS.contains(first.toLowerCase(Locale.ROOT)));
        return named ? afterVerb(phrase, at) : null;
    }

    /**
     * True when token {@code k} is the verb of a clause, not part of a speaker's description: a reporting verb or one
     * of {@link #VERBS} ("The letter continues"), or a past tense at the end or before an object ("Ada resisted
     * the plan"; not "a retired pilot").
     */
    private static boolean verb(String phrase, List<int[]> tokens, int k) {
        String w = phrase.substring(tokens.get(k)[0], tokens.get(k)[1]);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        if (VERBS.matcher(w).matches()) {
            return true;
        }
        return PAST.matcher(w).matches()
                && (k == tokens.size() - 1 || OBJECT_START.contains(word(phrase, tokens.get(k + 1))));
    }

    private static String word(String phrase, int[] token) {
        return phrase.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
    }

    private static boolean possessive(String phrase, int[] token) {
        String w = phrase.substring(token[0], token[1]);
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
    }

    /** A description as written, cut before a clause word ("Another said he ..." - Another); null if none left. */
    static Speakers.Found description(String written, int at) {
        Matcher m = TOKEN.matcher(written);
        int end = 0;
        while (m.find() && !CLAUSE_WORDS.contains(written.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))) {
            end = m.end();
        }
        String s = written.substring(0, end).strip();
        return s.isEmpty() ? null : new Speakers.Found(s, new Span(at, at + s.length()));
    }

    /** The name without leading titles and sentence starters, or null when nothing is left. */
    static Speakers.Found clean(String written, int at) {
        String s = written;
        int offset = at;
        while (true) {
            int sp = s.indexOf(' ');
            String first = (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(first) && !STARTERS.contains(first) && !(NOT_NAMES.contains(first) && sp > 0)) {
                break;
            }
            if (sp < 0) {
                return null;
            }
            int next = sp;
            while (next < s.length() && s.charAt(next) == ' ') {
                next++;
            }
            offset += next;
            s = s.substring(next);
        }
        while (s.endsWith(".") || s.endsWith("-") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Speakers.Found(s, new Span(offset, offset + s.length()));
    }
}
