package org.storycompare.engine.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.PorterStemmer;
import org.storycompare.engine.text.SentenceSplitter;
import org.storycompare.engine.text.Stopwords;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/**
 * Finds numbers followed by a noun ("214 residents", "about 180 people", "twelve-metre"), in digits or as
 * words from two to twenty and the tens. Years (1000-2100 in four digits), times ("5 a.m."), dates
 * ("21 March") and numbers inside other tokens ("1:42", URLs) are left out, as is "one".
 */
final class NumberMentions {

    /** A number with its noun, the noun's class and the content-word stems of its sentence, nearest first. */
    record Mention(FactMention mention, String unit, String noun, Set<String> context, Map<String, String> written) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final Set<String> PEOPLE = Set.of("people", "persons", "residents", "inhabitants", "villagers",
            "locals", "occupants", "evacuees", "citizens", "individuals");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String HEDGE = "about|around|roughly|approximately|nearly|almost|some|over|more than"
            + "|fewer than|less than|at least|up to|just over|just under";
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,:/])(?:(" + HEDGE + ")[ \\t]+)?"
            + "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|" + String.join("|", WORDS.keySet()) + ")"
            + "(?:[ \\t]+|-)(\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)");
    private static final Tokenizer RAW = Tokenizer.raw();

    private NumberMentions() {
    }

    static List<Mention> find(Article article) {
        String text = article.text();
        SentenceSplitter sentences = new SentenceSplitter();
        List<Mention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String number = m.group(2).toLowerCase(Locale.ROOT);
            String noun = m.group(3);
            String lowNoun = noun.toLowerCase(Locale.ROOT);
            if (Stopwords.isStopword(lowNoun) || MONTHS.contains(lowNoun) || lowNoun.length() < 3
                    || WORDS.containsKey(lowNoun)) {
                continue;
            }
            String value = WORDS.containsKey(number) ? String.valueOf(WORDS.get(number))
                    : new BigDecimal(number.replace(",", "")).stripTrailingZeros().toPlainString();
            if (number.matches("\\d{4}") && Integer.parseInt(number) >= 1000 && Integer.parseInt(number) <= 2100) {
                continue;
            }
            Span at = new Span(m.start(), m.end());
            int ss = sentences.sentenceStart(text, m.start());
            int se = Math.max(sentences.sentenceEnd(text, m.start()), m.end());
            Set<String> context = new LinkedHashSet<>();
            Map<String, String> written = new java.util.LinkedHashMap<>();
            // nearest words first, so the context reads outwards from the number
            List<Token> near = new ArrayList<>(RAW.words(text.substring(ss, se)));
            near.sort(java.util.Comparator.comparingInt(t -> Math.min(Math.abs(ss + t.start() - at.start()),
                    Math.abs(ss + t.start() - at.end()))));
            for (Token t : near) {
                int start = ss + t.start();
                String low = t.original().toLowerCase(Locale.ROOT);
                if (at.contains(start) || Stopwords.isStopword(low) || WORDS.containsKey(low)
                        || !Character.isLetter(low.charAt(0)) || low.length() < 3) {
                    continue;
                }
                String stem = PorterStemmer.stem(low);
                context.add(stem);
                written.putIfAbsent(stem, t.original());
            }
            String unit = PEOPLE.contains(lowNoun) ? "people" : PorterStemmer.stem(lowNoun);
            FactMention fm = new FactMention(article.id(), value, m.group(), at, m.group(1) != null);
            out.add(new Mention(fm, unit, PEOPLE.contains(lowNoun) ? "people" : lowNoun, context, written));
        }
        return out;
    }
}
