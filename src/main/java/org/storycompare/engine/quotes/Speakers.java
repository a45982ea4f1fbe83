package org.storycompare.engine.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/**
 * Attributes a quote to a speaker with simple patterns next to it: after the quote {@code ", X said"},
 * {@code ", said X"}, {@code ", according to X"}; before it {@code X said: "}, {@code according to X, "}. A
 * pronoun ({@code he}/{@code she}) stands for the last full name (two or more capitalised words) written
 * before the quote in the same paragraph. Leading titles ("Mayor", "Station Commander") are left out of the
 * name. Not a parser: an organisation named last before "he said" is taken for the speaker.
 */
final class Speakers {

    /** A speaker's name and where it stands. */
    record Found(String name, Span at) {
    }

    private static final String VERB = "(?:said|says|say|stated|states|told|tells|added|adds|explained|explains"
            + "|insisted|insists|recalled|warned|wrote|writes|declared|noted|asked|replied|continued|claimed|argued"
            + "|admitted|remarked|announced|confirmed|cautioned)";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*";
    private static final String NAME = WORD + "(?:[ \\t]+" + WORD + ")*";
    private static final Pattern AFTER_WHO_VERB = Pattern.compile(
            "^[,.!?;:]?\\s+(?:(he|she|He|She)|(" + NAME + "))\\s+" + VERB + "\\b");
    private static final Pattern AFTER_VERB_WHO = Pattern.compile(
            "^[,.!?;:]?\\s+(?:" + VERB + "|according to)\\s+(" + NAME + ")");
    private static final Pattern BEFORE_WHO_VERB = Pattern.compile(
            "(?:^|[^\\p{L}])(?:(he|she|He|She)|(" + NAME + "))\\s+" + VERB + "\\s*[:,]?\\s*$");
    private static final Pattern BEFORE_VERB_WHO = Pattern.compile(
            "(?:" + VERB + "|[Aa]ccording to)\\s+(" + NAME + ")\\s*[:,]\\s*$");
    private static final Pattern NAMES = Pattern.compile(NAME);

    private static final Set<String> TITLES = Set.of("mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "station", "commander", "councillor", "chief", "inspector", "professor", "prof", "prof.", "sir", "dame",
            "lord", "lady", "president", "minister", "senator", "sergeant", "officer", "captain", "judge", "deputy",
            "superintendent", "detective", "constable", "governor", "director", "chair", "chairman", "chairwoman");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "at", "in", "on", "by", "but", "and", "when",
            "after", "before", "as", "if", "for", "from", "with", "while", "then", "yet", "so", "since", "it",
            "this", "that", "there", "their", "his", "her", "its", "standing", "speaking", "asked", "until");

    private Speakers() {
    }

    /**
     * The speaker of {@code q}, or null.
     *
     * @param earlier quotes already found in the article (their text is not searched for names)
     */
    static Found find(String text, Quote q, Span firstParagraph, Span lastParagraph, int afterClose,
                      List<Quote> earlier) {
        int openMark = Math.max(firstParagraph.start(), q.span().start() - 1);
        String after = text.substring(Math.min(afterClose, lastParagraph.end()),
                Math.min(lastParagraph.end(), afterClose + 120));
        Matcher m = AFTER_WHO_VERB.matcher(after);
        if (m.find()) {
            return m.group(1) != null ? pronoun(text, firstParagraph, openMark, earlier)
                    : name(m.group(2), afterClose + m.start(2));
        }
        m = AFTER_VERB_WHO.matcher(after);
        if (m.find()) {
            return name(m.group(1), afterClose + m.start(1));
        }
        int from = Math.max(firstParagraph.start(), openMark - 160);
        String before = text.substring(from, openMark);
        m = BEFORE_VERB_WHO.matcher(before);
        if (m.find()) {
            return name(m.group(1), from + m.start(1));
        }
        m = BEFORE_WHO_VERB.matcher(before);
        if (m.find()) {
            return m.group(1) != null ? pronoun(text, firstParagraph, openMark, earlier)
                    : name(m.group(2), from + m.start(2));
        }
        return null;
    }

    /** The last full name before {@code end} in the paragraph, outside earlier quotes. */
    private static Found pronoun(String text, Span paragraph, int end, List<Quote> earlier) {
        char[] masked = text.substring(paragraph.start(), end).toCharArray();
        for (Quote e : earlier) {
            for (Span s : e.parts()) {
                for (int i = Math.max(s.start(), paragraph.start()); i < Math.min(s.end(), end); i++) {
                    masked[i - paragraph.start()] = ' ';
                }
            }
        }
        Matcher m = NAMES.matcher(new String(masked));
        Found last = null;
        while (m.find()) {
            Found f = name(m.group(), paragraph.start() + m.start());
            if (f != null && f.name().indexOf(' ') > 0 && !f.name().endsWith("'s") && !f.name().endsWith("\u2019s")) {
                last = f;
            }
        }
        return last;
    }

    /** The name without leading titles and sentence starters, or null when nothing is left. */
    private static Found name(String written, int at) {
        String s = written;
        int offset = at;
        while (true) {
            int sp = s.indexOf(' ');
            String first = (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(first) && !STARTERS.contains(first)) {
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
        while (s.endsWith(".") || s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? null : new Found(s, new Span(offset, offset + s.length()));
    }
}
