package org.storycompare.engine.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/**
 * Who a pronoun or an uncued quote refers to: names that act as the subject of their sentence ("Ada Quellin took
 * the floor"), not names acted on ("met Ivo Brandt", "told Harbour Radio") or after a preposition; the speakers of
 * earlier quotes; the quote's own paragraph before earlier ones. Not a parser.
 */
final class Antecedents {

    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:in|at|from|to|of|on|for|into|across|by|with|near|about|against|over|than|told|telling|asked|called"
            + "|calling|and|or|like|including|between|behind|under|as|named|toward|towards)[ \\t]+(?:the[ \\t]+)?$");
    /** What follows a name that acts as the subject of its sentence: a verb, perhaps after an apposition. */
    private static final Pattern ACTS = Pattern.compile(Speakers.ACTING_APPOSITIVE + ",?[ \\t]+" + Speakers.AUXILIARY
            + Speakers.ADVERB + Speakers.ACTING_VERB + "\\b");

    /** A reporting verb right before a name: "..., said Ada Quellin" - Ada speaks. */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b(?!told\\b)" + Speakers.VERB + "[ \\t]+$");

    /** The end of a sentence between two names: a subject later in the same sentence is a clause's, not its own. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?:(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Lt|Col))\\.|[!?\"\u201D])"
            + "\\s+(?=[\\p{Lu}\"\u201C])|\\n");

    private Antecedents() {
    }

    /** The first name in the sentence that acts as its subject ("On Friday Ada blamed ..."), or null. */
    static Speakers.Found actingName(String sentence, int at) {
        Matcher m = Speakers.NAMES.matcher(sentence);
        while (m.find()) {
            Speakers.Found f = Names.clean(m.group(), at + m.start());
            if (f != null && !possessive(f.name()) && !insideAbbreviation(sentence, m.start()) && ACTS.matcher(sentence)
                    .region(m.end(), sentence.length()).lookingAt() && !afterPreposition(sentence, m.start())) {
                return f;
            }
        }
        return null;
    }

    /**
     * The pronoun's antecedent, within {@value Speakers#CARRY_PARAGRAPHS} paragraphs before {@code end} and outside earlier
     * quotes: the later of the last name that acts as a subject ("Ada Quellin took the floor", "Quellin, the
     * harbour master, said") and the speaker of the latest earlier quote; else the last full name written there.
     */
    static Speakers.Found pronoun(String text, List<Span> paragraphs, int first, int end, List<Quote> earlier) {
        int windowStart = paragraphs.get(Math.max(0, first - Speakers.CARRY_PARAGRAPHS)).start();
        char[] masked = text.substring(windowStart, end).toCharArray();
        for (Quote e : earlier) {
            for (Span s : e.parts()) {
                for (int i = Math.max(s.start(), windowStart); i < Math.min(s.end(), end); i++) {
                    masked[i - windowStart] = ' ';
                }
            }
        }
        String before = new String(masked);
        int paragraphStart = paragraphs.get(first).start();
        Matcher m = Speakers.NAMES.matcher(before);
        Speakers.Found[] last = new Speakers.Found[2];
        Speakers.Found[] subject = new Speakers.Found[2];
        while (m.find()) {
            Speakers.Found f = Names.clean(m.group(), windowStart + m.start());
            if (f == null || possessive(f.name()) || insideAbbreviation(before, m.start())
                    || afterPreposition(before, m.start())) {
                continue;
            }
            boolean acts = ACTS.matcher(before).region(m.end(), before.length()).lookingAt()
                    || SAID_BEFORE.matcher(before.substring(Math.max(0, m.start() - 24), m.start())).find();
            int here = f.at().start() >= paragraphStart ? 1 : 0;
            if (acts || f.name().indexOf(' ') > 0 || knownPerson(text, f, earlier)) {
                last[here] = f;
                boolean sameSentence = subject[here] != null && !SENTENCE_BREAK.matcher(before.substring(
                        subject[here].at().start() - windowStart, m.end())).find();
                subject[here] = acts && !sameSentence ? f : subject[here];
            }
        }
        Quote spoken = null;
        for (int i = earlier.size() - 1; i >= 0 && spoken == null; i--) {
            Quote e = earlier.get(i);
            if (e.span().end() < windowStart) {
                break;
            }
            spoken = e.speaker() != null ? e : null;
        }
        for (int here = 1; here >= 0; here--) {
            Quote said = spoken != null && (here == 0 || spoken.span().start() >= paragraphStart) ? spoken : null;
            if (said != null && (subject[here] == null || said.span().end() > subject[here].at().start())) {
                return new Speakers.Found(said.speaker(), said.speakerSpan());
            }
            if (subject[here] != null || last[here] != null) {
                return subject[here] != null ? subject[here] : last[here];
            }
        }
        return null;
    }

    /** A one-word name that earlier text wrote in full ("Sanders" after "Bernie Sanders") or quoted before. */
    static boolean knownPerson(String text, Speakers.Found f, List<Quote> earlier) {
        if (earlier.stream().anyMatch(e -> e.speaker() != null && e.speaker().endsWith(f.name()))) {
            return true;
        }
        Matcher full = Pattern.compile("\\p{Lu}\\p{L}+[ \\t]+" + Pattern.quote(f.name()) + "\\b")
                .matcher(text.substring(0, f.at().start()));
        return full.find();
    }

    /** True when the name at {@code at} follows a preposition or a verb that acts on it: "to the Observer". */
    static boolean afterPreposition(String text, int at) {
        return AFTER_PREPOSITION.matcher(text.substring(Math.max(0, at - 24), at)).find();
    }

    /** True when {@code at} is inside an abbreviation: the "S." of "U.S.". */
    private static boolean insideAbbreviation(String text, int at) {
        return at > 0 && text.charAt(at - 1) == '.';
    }

    /** "Clinton's Brooklyn": a name that owns what follows it, not a speaker. */
    static boolean possessive(String name) {
        return name.matches(".*['\u2019]s?\\b.*") && !name.matches("\\p{Lu}['\u2019]\\p{Lu}.*");
    }
}
