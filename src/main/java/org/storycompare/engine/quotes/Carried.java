package org.storycompare.engine.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/** The speaker a quote without a cue of its own carries over from the text before it. Not a parser. */
final class Carried {

    /** The last whole sentence before a quote that opens a new sentence inside its paragraph. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("(?:^|[.!?][\"\u201D]?\\s+|[,.!?]?[\"\u201C\u201D]\\s+)([^.!?\"\u201C\u201D\\n]{1,300}"
            + "[.!?:])\\s*$");
    private static final Pattern SAID_WHO = Pattern.compile("\\b" + Speakers.SAID_BEFORE + "\\s+" + Speakers.PHRASE
            + Speakers.PHRASE_END);
    /** "he asked.", "In reply, she said the plan worked.": a pronoun and its verb opening a sentence or a clause. */
    private static final Pattern PRONOUN_SAYS = Pattern.compile("(?:^|[,;])\\s*" + Speakers.PRONOUN + "\\s+"
            + Speakers.ADVERB + Speakers.VERB + "\\b");

    private Carried() {
    }

    /**
     * A quote without a cue: the speaker of the previous quote in its paragraph, else of the sentence before it (a
     * pronoun's antecedent for "she said", the last "Name said", the name acting as its subject); for a quote that
     * opens its paragraph, of the last quote of the paragraph before, else the last "Name said" of that paragraph
     * or the name acting in its last sentence.
     */
    static Speakers.Found speaker(String text, Quote q, List<Span> paragraphs, int first, List<Quote> earlier) {
        Span para = paragraphs.get(first);
        Quote prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (prev != null && prev.speaker() != null && prev.span().end() >= para.start()) {
            return new Speakers.Found(prev.speaker(), prev.speakerSpan());
        }
        if (q.span().start() - para.start() > 1) {
            Matcher last = LAST_SENTENCE.matcher(text.substring(para.start(), Math.max(para.start(),
                    q.span().start() - 1)));
            if (!last.find()) {
                return null;
            }
            Speakers.Found says = PRONOUN_SAYS.matcher(last.group(1)).find() ? null
                    : lastSays(text, new Span(para.start() + last.start(1), para.start() + last.end(1)));
            return says != null ? says : ofSentence(text, paragraphs, first, para.start() + last.start(1), last.group(1),
                    earlier);
        }
        if (first == 0) {
            return null;
        }
        Span before = paragraphs.get(first - 1);
        if (prev != null && prev.span().end() >= before.start()) {
            return prev.speaker() == null ? null : new Speakers.Found(prev.speaker(), prev.speakerSpan());
        }
        Speakers.Found says = lastSays(text, before);
        if (says != null) {
            return says;
        }
        Matcher last = LAST_SENTENCE.matcher(before.of(text));
        return last.find() ? ofSentence(text, paragraphs, first - 1, before.start() + last.start(1), last.group(1),
                earlier) : null;
    }

    /** Who speaks in a sentence without "Name said": the antecedent of its "she said", else the name acting in it. */
    private static Speakers.Found ofSentence(String text, List<Span> paragraphs, int paragraph, int at, String sentence,
                                             List<Quote> earlier) {
        return PRONOUN_SAYS.matcher(sentence).find() ? Antecedents.pronoun(text, paragraphs, paragraph, at, earlier)
                : Antecedents.actingName(sentence, at);
    }

    /** The last "Name said" (or "Name agreed", any reporting verb) in the range, or null. */
    private static Speakers.Found lastSays(String text, Span range) {
        Matcher m = SAID_WHO.matcher(range.of(text));
        Speakers.Found last = null;
        while (m.find()) {
            Speakers.Found f = Names.ofNamedPhrase(m.group(1), range.start() + m.start(1));
            last = f == null ? last : f;
        }
        m = Speakers.SAYS.matcher(range.of(text));
        while (m.find()) {
            Speakers.Found f = Names.clean(m.group(1), range.start() + m.start(1));
            last = f == null || last != null && last.at().start() > f.at().start() ? last : f;
        }
        return last;
    }

}
