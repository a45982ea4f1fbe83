package org.storycompare.engine.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/**
 * Attributes a quote to a speaker from the cue next to it, in either order: after the quote
 * {@code ", X said"}, {@code ", said X"}, {@code ", X, a local trader, said"}, {@code ", according to X"},
 * {@code ", the spokesman said"}; before it {@code X said: "}, {@code X said in a statement: "},
 * {@code X said the plan was "...}, {@code according to X, "}, {@code X was blunt: "}. The verb is one of the
 * usual reporting verbs or any past-tense verb right after the name ({@code ", Trump tweeted"}). When the quote
 * itself ends a sentence, a name and verb after it count only when they close that short sentence
 * ({@code "... ." Ada said.}), not when they open a new statement.
 *
 * <p>Carried speakers: a pronoun ({@code he}/{@code she}/{@code they}) stands for the last full name written
 * before the quote in its paragraph (outside earlier quotes), else for the speaker of the latest earlier quote
 * within {@value #CARRY_PARAGRAPHS} paragraphs. A quote with no cue of its own continues the speaker of the
 * previous quote in the same paragraph, or - when it opens its paragraph - of the last quote of the paragraph
 * before (a speaker's quote going on in the next paragraph). Leading titles ("Mayor", "Station Commander") are
 * left out of the name. Not a parser.
 */
final class Speakers {

    /** A speaker's name and where it stands. */
    record Found(String name, Span at) {
    }

    /** How many paragraphs back a pronoun may reach for the speaker of an earlier quote. */
    static final int CARRY_PARAGRAPHS = 3;

    /** A dot that ends an abbreviation, not a sentence: "Sen.", "Calif.", "U.S.", an initial, one before ")". */
    static final String ABBREVIATION_DOT = "(?<=(?:^|[^\\p{L}])(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Co"
            + "|Corp|Ltd|Calif|Fla|Pa|Tex|Va|Mass|Ill|Ariz|Ga|Mich|Wis|Minn|Ky|Tenn|Ala|La|Mo|Md|Conn|Colo|Okla|Ore|Wash"
            + "|Nev|Jan|Feb|Aug|Sept|Oct|Nov|Dec|\\p{Lu}))\\.|\\.(?=\\))";
    static final String VERB = "(?:said|says|say|stated|states|state|told|tells|added|adds|explained|explains"
            + "|insisted|insists|recalled|recalls|warned|warns|wrote|writes|declared|noted|notes|asked|asks|replied"
            + "|continued|continues|claimed|claims|argued|argues|admitted|remarked|announced|confirmed|cautioned"
            + "|tweeted|posted|joked|quipped|shouted|yelled|concluded|acknowledged|responded|countered|observed"
            + "|predicted|promised|vowed|complained|conceded|wondered|pointed out|went on|chimed in|reported|reports"
            + "|testified|agreed|disagreed|stressed|emphasized|emphasised|suggested|maintained|contended|recounted"
            + "|described|describes|demanded|urged|boasted|pleaded|lamented|mused|repeated|reiterated|questioned"
            + "|answered|shot back|fired back|interjected|exclaimed|whispered|laughed|scoffed|asserted|alleged"
            + "|remembered|proclaimed|opined|mocked|snapped|retorted|reflected|cried|chanted|screamed"
            + "|asserts|recounts|texted|emailed|read|reads|declares|concludes|agrees|suggests|contends|maintains"
            + "|admits|predicts|tweets|jokes|responds|replies|answers|counters|observes|promises|vows|complains"
            + "|concedes|wonders|boasts|laments|muses|mocks|stresses|urges|demands|acknowledges|announces|confirms)";
    /** A reporting verb whose next name is the speaker ("said Ada"), not the listener ("told Ada"). */
    private static final String SAID = "(?!(?:told|tells)\\b)" + VERB;
    /** Before a quote, "asked Ada:" names the one asked as well. */
    static final String SAID_BEFORE = "(?!(?:told|tells|asked|asks|urged|warned)\\b)" + VERB;
    /** Up to two adverbs or days between a subject and its verb: "later Thursday told", "on Monday said". */
    static final String ADVERB = "(?:(?:\\p{Ll}+ly|later|also|then|again|once|previously|recently|simply|just"
            + "|(?:(?:on|last|late|early)[ \\t]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \\t]+(?:morning|afternoon"
            + "|evening|night))?)[ \\t]+){0,2}";
    static final String ANY_VERB = "(?:" + VERB + "|\\p{Ll}{3,}ed)";
    /** A verb its subject acts with: any past tense, an auxiliary, a common irregular verb. */
    static final String ACTING_VERB = "(?:" + ANY_VERB + "|is|was|has|had|will|would|can|could|did|does|didn't|doesn't"
            + "|wasn't|isn't|took|made|gave|went|came|got|saw|thought|met|left|ran|won|lost|kept|held|brought|sent|spent"
            + "|stood|began|became|felt|heard|knew|led|put|read|sat|set|spoke|struck|threw|sought|fought|paid|built|hit"
            + "|cut|let|knows|thinks|wants|believes|hopes|plans)";
    /** A capitalised word; a dot only after a short abbreviation or initial ("W.", "Jr.", "Sen."). */
    private static final String WORD = "(?:\\p{Lu}\\p{L}{0,2}\\.|\\p{Lu}[\\p{L}\\p{M}'\u2019\\-]*)";
    static final String NAME = WORD + "(?:[ \\t]+(?:(?:de|van|von|der|da|al|bin|la|le)[ \\t]+)?" + WORD + ")*";
    static final String PRONOUN = "(he|she|they|He|She|They)";
    private static final String NOUN_PHRASE = "((?:the|a|an|one|another|The|A|An|One|Another)[ \\t]+"
            + "[\\p{L}\\p{N}'\u2019\\-]+(?:[ \\t]+[\\p{L}\\p{N}'\u2019\\-]+){0,5}?)";
    /** A character of an apposition part that does not end its sentence. */
    private static final String IN_SENTENCE = "(?:[^,.!?\"\u201C\u201D\\n]|" + ABBREVIATION_DOT + ")";
    private static final String CAPITAL = "\\p{Lu}[\\p{L}'\u2019\\-]*";
    /**
     * What may stand between a name and its verb: where the person works ("of the Harbour Board"), a bracket
     * ("(D-Harbour)"), an apposition between commas (", the harbour master,"), also a longer one that opens in lower
     * case (", a pilot from Lenfold, Harbourshire,").
     */
    static final String APPOSITIVE = appositive("(?=[\\p{Ll}\\p{N}])");
    /** The same where a name acts (not only speaks): a longer apposition opens with an age or "who". */
    static final String ACTING_APPOSITIVE = appositive("(?=\\p{N}|who\\b)");
    /** A word of a speaker phrase; a dot only after a short abbreviation or initials ("Sen.", "U.S."). */
    private static final String TOKEN = "(?:\\p{Lu}\\p{L}{0,3}\\.|(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}&][\\p{L}\\p{N}'\u2019&\\-]*)";
    /** A speaker phrase, shortest first: "Quellin", "harbour master Ada Quellin", "a harbour spokesman". */
    static final String PHRASE = "(" + TOKEN + "(?:[ \\t]+" + TOKEN + "){0,9}?)";
    static final String AUXILIARY = "(?:(?:has|had|have|would|will|also|later|then)[ \\t]+)?";
    private static final String AFTER_WHO = "^[,.!?;:\u2014\u2013-]?\\s+(?:as[ \\t]+)?(?:" + PRONOUN + "|" + PHRASE + APPOSITIVE + ")\\s+"
            + AUXILIARY + ADVERB;
    private static final Pattern AFTER_WHO_VERB = Pattern.compile(AFTER_WHO + VERB + "\\b");
    private static final Pattern AFTER_WHO_ANY_VERB = Pattern.compile(AFTER_WHO + ANY_VERB + "\\b");
    /** Where a speaker phrase after its verb ends: punctuation, a relative pronoun, a preposition, a day. */
    static final String PHRASE_END = "(?=[ \\t]*(?:[,.;:!?()\u2014\u2013\\n\"\u201C\u201D]|$)|[ \\t]+(?:who|whose|which"
            + "|that|of|on|in|at|during|after|before|from|to|for|with|when|while|as|and|about|by|last|this|yesterday"
            + "|today|tonight|earlier|later|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b)";
    private static final Pattern AFTER_VERB_WHO = Pattern.compile("^[,.!?;:\u2014\u2013-]?\\s+(?:" + SAID
            + "|according to)\\s+" + PHRASE + PHRASE_END);
    /** After "Ada said": the end of the sentence, perhaps after whom it was said to, where or when. */
    private static final Pattern CLOSES_SENTENCE = Pattern.compile("^(?:[ \\t]*\\([^()\\n]{1,30}\\))?(?:[ \\t]+(?:reporters"
            + "|journalists|supporters|listeners|viewers|the audience|the crowd|them|him|her|us|me|\\p{Lu}\\p{L}*))?"
            + "(?:[ \\t]+(?:\\p{Ll}+ly|in|on|at|to|into|of|about|during|after|before|from|when|while|with|as|for|by|outside"
            + "|through|via|over|following|later|earlier|yesterday|today|tonight|last|this|\\p{Lu}\\p{L}*)"
            + "\\b[^.,;!?\"\u201C\u201D\\n]{0,60})?[ \\t]*(?:[.,;!?]|$)");
    private static final Pattern BEFORE_WHO_VERB = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019\\-.])(?:" + PRONOUN + "|(" + NAME + ")"
            + APPOSITIVE + ")\\s+" + AUXILIARY + ADVERB + VERB + "\\b(?:[^.!?\"\u201C\u201D\\n]|" + ABBREVIATION_DOT
            + "){0,160}$");
    private static final Pattern BEFORE_VERB_WHO = Pattern.compile(
            "(?:" + SAID_BEFORE + "|[Aa]ccording to)\\s+(?:the\\s+)?(" + NAME + ")(?:[ \\t]+(?:of|for|at|with)[ \\t]+"
            + "(?:the[ \\t]+)?" + NAME + ")?\\s*[:,]\\s*$");
    /** A description and its verb right before the quote: "That, the commission said, \"..." (not "The sign read"). */
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile("(?:^|[,;:\u2014]\\s*|[.!?]\\s+)" + NOUN_PHRASE + "\\s+"
            + AUXILIARY + ADVERB + "(?!read\\b)" + VERB + "\\s*[,:]?\\s*$");
    /** The sentence the quote opens in, up to the opening mark. */
    private static final Pattern SENTENCE = Pattern.compile("(?:^|[.!?][\"\u201D]?\\s+)((?:[^.!?\\n]|" + ABBREVIATION_DOT
            + "){0,240})$");
    private static final Pattern REPORTING = Pattern.compile("\\b(?:" + VERB + "|saying|calling|called|adding|telling"
            + "|writing|declaring|noting|insisting|arguing|asking|yelling|describing|described|tweeting|[Aa]ccording to)\\b");
    /** The subject opening a sentence: a pronoun, a description before its verb (not "The sign read"), a name. */
    private static final Pattern SUBJECT = Pattern.compile("^(?:" + PRONOUN + "\\b|" + NOUN_PHRASE
            + "(?=\\s+" + AUXILIARY + ADVERB + "(?!read\\b)" + ACTING_VERB + "\\b)|("
            + NAME + "))");
    static final Pattern NAMES = Pattern.compile(NAME);
    /** "According to Ada, the plan ...": the source opening the sentence. */
    private static final Pattern ACCORDING = Pattern.compile("^[Aa]ccording to[ \\t]+(?:the[ \\t]+)?(" + NAME + "),");
    /**
     * A clause opening a sentence before its subject: a participle or infinitive ("Surveying the pier, Ada ..."), a
     * subordinate clause ("And although she thanked them, she ..."), a
     * time, place or linking phrase ("In an interview on Monday, Ada ...", "At a rally in Lenfold, Harbourshire,
     * Ada ...", "Sure, she ..."); also in lower case after another ("In Lenfold, on Monday, Ada ...").
     */
    private static final Pattern OPENER = Pattern.compile("^(?:(?:And|But|So)[ \\t]+(?:although|though|while|when|if|after"
            + "|before|since|because|once)|Although|Though|If|Because|Once|Until|Unless|\\p{Lu}\\p{Ll}+ing|To[ \\t]+\\p{Ll}+"
            + "|in|on|at|after|during|before|since|while|when|last|In|On|At|After|During"
            + "|Before|Since|While|When|Asked|For|From|With|Despite|Unlike|Under|Instead|However|Meanwhile|Still|Yet"
            + "|Sure|Later|Earlier|Now|Then|Also|Indeed|Again|Last|This|Separately)\\b[^,\\n]{0,150}(?:(?<=\\p{Lu}\\p{L}{0,30}),"
            + "[ \\t]+\\p{Lu}[\\p{L}.]*(?:[ \\t]+\\p{Lu}[\\p{L}.]*){0,2}(?=,))?,[\\s\"\u201D]*");
    /** An opening subordinate clause not yet closed by a comma: "After Ivo asked her, Ada replied" - Ada speaks. */
    private static final Pattern SUBORDINATE = Pattern.compile("(?:^|[.!?][\"\u201D]?\\s+)(?:After|When|While|Before|If"
            + "|Although|Though|Since|Because|Once|Until|As)\\b[^.!?,\\n]*$");
    /** "as Ada said": "as" before a name that speaks. */
    private static final Pattern AS = Pattern.compile("\\b[Aa]s[ \\t]+(?:[Tt]he[ \\t]+)?$");
    /** A speaker written as a label before a colon: "Ada Quellin (harbour board):", "Pilots agree - Ada Quellin:". */
    private static final Pattern LABEL = Pattern.compile("(?:^|[.!?\\n]\\s*|\\s[-\u2014\u2013]+\\s*)(" + TOKEN + "(?:[ \\t]+" + TOKEN + "){0,7})"
            + "(?:[ \\t]*\\([^()\\n]{1,30}\\))?[ \\t]*:\\s*$");
    /** After the quote, later in its sentence: ", Ada Quellin said." */
    private static final Pattern SENTENCE_END_CUE = Pattern.compile("^[^.!?\\n]{0,200}?[,\u2014\u2013][\"\u201D]?\\s+(?:"
            + PRONOUN + "|" + PHRASE + APPOSITIVE + ")\\s+" + AUXILIARY + ADVERB + VERB + "\\b|^[^.!?\\n]{0,200}?[,\u2014\u2013]"
            + "[\"\u201D]?\\s+" + SAID + "\\s+" + PHRASE + PHRASE_END);
    /** After a quote that ends its sentence, "He added, \"..." introduces the next quote, not this one. */
    private static final Pattern INTRODUCES = Pattern.compile("^[^.!?\"\u201C\u201D\\n]{0,80}[,:]\\s*[\"\u201C]");
    /** A signature line: "- Ada Quellin", "\u2014 Quellin, on the radio". */
    private static final Pattern DASH_LINE = Pattern.compile("^[-\u2014\u2013]+\\s*(" + TOKEN + "(?:[ \\t]+" + TOKEN
            + "){0,5}?)(?=[ \\t]*(?:[,.;:(]|$))");
    static final Pattern SAYS = Pattern.compile("(" + NAME + ")" + APPOSITIVE + "\\s+" + AUXILIARY + ADVERB + VERB
            + "\\b");

    private Speakers() {
    }

    /** {@link #APPOSITIVE}, a longer apposition opening as {@code longOpening} says. */
    private static String appositive(String longOpening) {
        return "(?:[ \\t]+(?:of|for|at|from|with)[ \\t]+(?:the[ \\t]+)?(?:" + CAPITAL + "(?:[ \\t]+(?:of|for|and|the|on|&|"
                + CAPITAL + ")){0,8}))?(?:[ \\t]*\\([^()\\n]{1,30}\\))?(?:,[^,\"\u201C\u201D\\n]"
                + "{1,120},|,[ \\t]+" + longOpening + IN_SENTENCE + "{1,120}(?:," + IN_SENTENCE + "{1,80}){1,2},)?";
    }

    /**
     * The speaker of {@code q}, or null.
     *
     * @param paragraphs the article's paragraphs
     * @param first      index of the paragraph the quote opens in
     * @param last       index of the paragraph it closes in
     * @param earlier    quotes already found in the article, with their speakers (their text is not searched)
     */
    static Found find(String text, Quote q, List<Span> paragraphs, int first, int last, int afterClose,
                      List<Quote> earlier) {
        Span firstParagraph = paragraphs.get(first);
        Span lastParagraph = paragraphs.get(last);
        int openMark = Math.max(firstParagraph.start(), q.span().start() - 1);
        int afterEnd = Math.min(lastParagraph.end(), afterClose + 200);
        while (afterEnd < lastParagraph.end() && Character.isLetterOrDigit(text.charAt(afterEnd))) {
            afterEnd++; // never cut a name in two
        }
        String after = text.substring(Math.min(afterClose, lastParagraph.end()), afterEnd);
        boolean endsSentence = endsSentence(text, q);
        Span lead = openMark > firstParagraph.start() || first == 0 ? firstParagraph : paragraphs.get(first - 1);
        int from = openMark > firstParagraph.start() ? Math.max(lead.start(), openMark - 240)
                : Math.max(lead.start(), lead.end() - 240);
        String before = text.substring(from, openMark > firstParagraph.start() ? openMark : lead.end());
        if (lead != firstParagraph && !before.stripTrailing().endsWith(":")) {
            before = "";
            from = openMark;
        }
        boolean colon = before.stripTrailing().endsWith(":");
        Found f = colon ? colonCue(text, paragraphs, first, earlier, before, from) : null;
        if (f == null) {
            f = afterCue(text, paragraphs, first, openMark, earlier, after, afterClose, endsSentence);
        }
        if (f == null) {
            f = beforeCue(text, paragraphs, first, earlier, before, from, false);
        }
        Matcher m = SENTENCE.matcher(before);
        String sentence = m.find() ? m.group(1) : "";
        int sentenceAt = from + (sentence.isEmpty() ? before.length() : m.start(1));
        if (f == null && !sentence.isBlank() && (colon || REPORTING.matcher(sentence).find())) {
            f = subject(text, paragraphs, first, openMark, earlier, sentence, sentenceAt);
        }
        if (f == null) {
            f = sentenceEndCue(after, afterClose);
        }
        if (f == null && q.span().end() + 1 >= lastParagraph.end() && last + 1 < paragraphs.size()) {
            f = dashLine(text, paragraphs.get(last + 1));
        }
        if (f == null && !sentence.isBlank()) {
            f = actingSubject(text, sentence, sentenceAt, earlier);
        }
        return f != null ? f : Carried.speaker(text, q, paragraphs, first, earlier);
    }

    /** A quote after a colon: "Ada said in a statement:", "said Ada:", "Ada Quellin (harbour board):". */
    private static Found colonCue(String text, List<Span> paragraphs, int first, List<Quote> earlier, String before,
                                  int from) {
        Found f = beforeCue(text, paragraphs, first, earlier, before, from, true);
        if (f != null) {
            return f;
        }
        Matcher m = LABEL.matcher(before);
        return m.find() ? Names.ofPhrase(m.group(1), from + m.start(1)) : null;
    }

    /** A cue right after the quote: ", Ada said", ", said Ada", ", according to Ada", ", she said". */
    private static Found afterCue(String text, List<Span> paragraphs, int first, int openMark, List<Quote> earlier,
                                  String after, int afterClose, boolean endsSentence) {
        Matcher m = (endsSentence ? AFTER_WHO_VERB : AFTER_WHO_ANY_VERB).matcher(after);
        if (m.find() && (!endsSentence || CLOSES_SENTENCE.matcher(after.substring(m.end())).find()
                && !INTRODUCES.matcher(after.substring(m.end())).find())) {
            Found f = m.group(1) != null ? Antecedents.pronoun(text, paragraphs, first, openMark, earlier)
                    : Names.ofPhrase(m.group(2), afterClose + m.start(2));
            if (f != null) {
                return f;
            }
        }
        m = AFTER_VERB_WHO.matcher(after);
        if (m.find() && (!endsSentence || CLOSES_SENTENCE.matcher(after.substring(m.end())).find())) {
            return Names.afterVerb(m.group(1), afterClose + m.start(1));
        }
        return null;
    }

    /**
     * A cue before the quote in its sentence: "according to Ada,", "Ada said the plan was"; of several "Ada said",
     * the first outside an opening subordinate clause ("After Ivo asked her, Ada replied"), or the {@code last} (the
     * one closest to a colon).
     */
    private static Found beforeCue(String text, List<Span> paragraphs, int first, List<Quote> earlier, String before,
                                   int from, boolean last) {
        Matcher m = BEFORE_VERB_WHO.matcher(before);
        if (m.find()) {
            Found f = Names.clean(m.group(1), from + m.start(1));
            if (f != null) {
                return f;
            }
        }
        m = DESCRIBED_BEFORE.matcher(before);
        Found described = m.find() ? Names.ofPhrase(m.group(1), from + m.start(1)) : null;
        if (described != null) {
            return described;
        }
        m = BEFORE_WHO_VERB.matcher(before);
        Found found = null;
        int pos = 0;
        while (pos <= before.length() && m.find(pos)) {
            boolean object = m.group(2) != null && Antecedents.afterPreposition(before, m.start(2))
                    && !AS.matcher(before.substring(0, m.start(2))).find();
            Found f = m.group(1) != null ? Antecedents.pronoun(text, paragraphs, first, from + m.start(1), earlier)
                    : object ? null : Names.clean(m.group(2), from + m.start(2));
            int head = m.group(2) != null && f != null ? f.at().start() - from : m.start(); // after "After" in the run
            boolean subordinate = SUBORDINATE.matcher(before.substring(0, head)).find();
            if (f != null && !last && !subordinate) {
                return f;
            }
            found = f == null || found != null && !last ? found : f;
            pos = m.group(1) != null ? m.end(1) : nameEnd(before, m.start(2));
        }
        return found;
    }

    /** Where the capitalised run of a name that starts at {@code at} ends ("Washington Restaurant Association"). */
    private static int nameEnd(String text, int at) {
        Matcher m = NAMES.matcher(text);
        return m.find(at) && m.start() == at ? m.end() : at + 1;
    }

    /** A cue that ends the quote's sentence after more words: "... than the rest, Ada Quellin said." */
    private static Found sentenceEndCue(String after, int afterClose) {
        Matcher m = SENTENCE_END_CUE.matcher(after);
        if (m.find() && CLOSES_SENTENCE.matcher(after.substring(m.end())).find()) {
            int g = m.group(2) != null ? 2 : 3;
            return m.group(g) == null ? null : g == 2 ? Names.ofPhrase(m.group(g), afterClose + m.start(g))
                    : Names.afterVerb(m.group(g), afterClose + m.start(g));
        }
        return null;
    }

    /** A quote alone in its paragraph signed by the next one: "- Ada Quellin, harbour master." */
    private static Found dashLine(String text, Span next) {
        Matcher m = DASH_LINE.matcher(next.of(text));
        return m.find() ? Names.afterVerb(m.group(1), next.start() + m.start(1)) : null;
    }

    /** A quote inside a sentence without a reporting verb: the name that acts in it ("Ada blamed the "..."). */
    private static Found actingSubject(String text, String sentence, int at, List<Quote> earlier) {
        Found f = Antecedents.actingName(sentence, at);
        if (f != null) {
            return f;
        }
        Matcher m = SUBJECT.matcher(sentence);
        return m.find() && m.group(2) != null ? phrase(m.group(2), at + m.start(2)) : null;
    }

    /**
     * The speaker of the quote's sentence: the name right before its reporting verb ("..., Ada Quellin said
     * that ..."), else the subject opening the sentence - a name (one word only if the article names that
     * person in full before), a pronoun's antecedent or "the president" - after an opening "According to Ada," (Ada)
     * or participle clause ("Surveying the pier, Ada concludes").
     */
    private static Found subject(String text, List<Span> paragraphs, int first, int openMark, List<Quote> earlier,
                                 String sentence, int at) {
        Matcher says = SAYS.matcher(sentence);
        Found named = null;
        while (says.find()) {
            Found f = Names.clean(says.group(1), at + says.start(1));
            named = f == null || Antecedents.possessive(f.name()) ? named : f;
        }
        if (named != null && (named.name().indexOf(' ') > 0 || Antecedents.knownPerson(text, named, earlier))) {
            return named;
        }
        Matcher according = ACCORDING.matcher(sentence);
        Found source = according.find() ? Names.clean(according.group(1), at + according.start(1)) : null;
        if (source != null) {
            return source;
        }
        Matcher opener = OPENER.matcher(sentence);
        if (opener.find()) {
            return subject(text, paragraphs, first, openMark, earlier, sentence.substring(opener.end()), at + opener.end());
        }
        Matcher m = SUBJECT.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return Antecedents.pronoun(text, paragraphs, first, at, earlier);
        }
        if (m.group(3) == null) {
            return phrase(m.group(2), at + m.start(2));
        }
        Found f = Antecedents.actingName(sentence, at);
        if (f == null) {
            f = Names.clean(m.group(3), at + m.start(3));
        }
        return f == null || Antecedents.possessive(f.name()) ? null : f;
    }

    /** True when the quote's last quoted character ends a sentence. */
    private static boolean endsSentence(String text, Quote q) {
        int e = q.span().end();
        return e > 0 && ".!?".indexOf(text.charAt(e - 1)) >= 0;
    }

    /** A descriptive speaker ("the spokesman", "a senior official"), kept as written. */
    private static Found phrase(String written, int at) {
        return Names.description(written, at);
    }
}
