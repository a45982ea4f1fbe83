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
 * Finds numbers followed by a noun ("214 residents", "about 180 people", "twelve-metre"), in digits, with a scale
 * ("1.2 million people") or in words ("twenty-five metres", "two hundred and fourteen residents", "three
 * thousand homes"), and sums of money ("$4.5 million", "£2m", "€300,000"), whose unit is the currency. Years
 * (1000-2100 in four digits), times ("5 a.m."), dates ("21 March") and numbers inside other tokens ("1:42",
 * URLs) are left out, as is a lone "one".
 */
final class NumberMentions {

    /** A number with its noun, the noun's class and the content-word stems of its sentence, nearest first. */
    record Mention(FactMention mention, String unit, String noun, Set<String> context, Map<String, String> written,
                   boolean duration) {
    }

    /** Units of time: a number of them is a duration ("for three weeks", "two years since"), not a count. */
    private static final Set<String> TIME_UNITS = Set.of("second", "minut", "hour", "dai", "day", "week", "month",
            "year", "decad", "centuri", "fortnight");
    /** "three weeks ago", "two years earlier": a point in time, no quantity at all. */
    private static final Pattern AGO = Pattern.compile("(?i)^[ \\t]+(?:ago|earlier|later|previously)\\b");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L, "k", 1_000L, "m", 1_000_000L, "bn", 1_000_000_000L);
    private static final Map<String, String> CURRENCIES = Map.of("$", "dollars", "£", "pounds", "€", "euros");
    /** Currencies written out after the number ("pounds" is left alone: it is a weight too). */
    private static final Map<String, String> WRITTEN_CURRENCIES = Map.of("dollars", "$", "dollar", "$", "euros", "€",
            "euro", "€");
    private static final Set<String> PEOPLE = Set.of("people", "persons", "residents", "inhabitants", "villagers",
            "locals", "occupants", "evacuees", "citizens", "individuals");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final String HEDGE = "about|around|roughly|approximately|nearly|almost|some|over|more than"
            + "|fewer than|less than|at least|up to|just over|just under";
    private static final String UNIT = "one|two|three|four|five|six|seven|eight|nine";
    private static final String BELOW_100 = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:"
            + UNIT + "))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNIT + ")";
    private static final String BELOW_1000 = "(?:" + BELOW_100 + " hundred(?: and " + BELOW_100 + "| " + BELOW_100
            + ")?|" + BELOW_100 + ")";
    private static final String IN_WORDS = BELOW_1000 + "(?: (?:thousand|million|billion)(?: (?:and )?"
            + BELOW_1000 + ")?)?";
    private static final String IN_DIGITS = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "(?: (?:hundred|thousand|million|billion)|(?:bn|m|k)(?![\\p{L}\\p{N}]))?";
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,:/$£€])(?:(" + HEDGE
            + ")[ \\t]+)?([$£€])?(" + IN_DIGITS + "|" + IN_WORDS + ")(?![\\p{N}])"
            + "(?:(?:[ \\t]+|-)(\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*))?");
    /** Digits with a one-letter or two-letter scale glued on ("2m", "4.5bn", "300k"). */
    private static final Pattern SUFFIXED = Pattern.compile("(\\d+(?:\\.\\d+)?)(bn|m|k)");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Tokenizer RAW = Tokenizer.raw();

    private NumberMentions() {
    }

    /** The value of a number as matched ("1.2 million", "two hundred and fourteen", "4,500", "2m"). */
    static BigDecimal value(String number) {
        String n = number.toLowerCase(Locale.ROOT).replace(",", "");
        Matcher suffix = SUFFIXED.matcher(n);
        if (suffix.matches()) {
            n = suffix.group(1) + " " + suffix.group(2);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        for (String w : n.split("[ -]+")) {
            if (w.equals("and")) {
                continue;
            }
            Long scale = SCALES.get(w);
            if (scale == null) {
                current = current.add(WORDS.containsKey(w) ? BigDecimal.valueOf(WORDS.get(w)) : new BigDecimal(w));
            } else if (scale == 100) {
                current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
            } else {
                total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(scale)));
                current = BigDecimal.ZERO;
            }
        }
        return total.add(current).stripTrailingZeros();
    }

    static List<Mention> find(Article article) {
        String text = article.text();
        SentenceSplitter sentences = new SentenceSplitter();
        List<Mention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String currency = m.group(2);
            String number = m.group(3).toLowerCase(Locale.ROOT);
            String noun = m.group(4);
            String lowNoun = noun == null ? "" : noun.toLowerCase(Locale.ROOT);
            boolean nounOk = noun != null && !Stopwords.isStopword(lowNoun) && !MONTHS.contains(lowNoun)
                    && lowNoun.length() >= 3 && !WORDS.containsKey(lowNoun) && !SCALES.containsKey(lowNoun);
            boolean scaledBySuffix = SUFFIXED.matcher(number).matches();
            if (currency == null && (!nounOk || scaledBySuffix) || number.equals("one")) {
                continue; // "5m" alone could be metres; a sum of money needs no noun
            }
            boolean duration = noun != null && TIME_UNITS.contains(PorterStemmer.stem(lowNoun));
            if (duration && currency == null && AGO.matcher(text.substring(m.end())).lookingAt()) {
                continue; // "three weeks ago" says when, not how many
            }
            if (FOUR_DIGITS.matcher(number).matches() && Integer.parseInt(number) >= 1000
                    && Integer.parseInt(number) <= 2100) {
                continue;
            }
            String value = value(number).toPlainString();
            int end = currency == null ? m.end() : m.end(3); // a sum of money ends at its number
            Span at = new Span(m.start(), end);
            int ss = sentences.sentenceStart(text, m.start());
            int se = Math.max(sentences.sentenceEnd(text, m.start()), end);
            Set<String> context = new LinkedHashSet<>();
            Map<String, String> written = new java.util.LinkedHashMap<>();
            // nearest words first, so the context reads outwards from the number
            List<Token> near = new ArrayList<>(RAW.words(text.substring(ss, se)));
            near.sort(java.util.Comparator.comparingInt(t -> Math.min(Math.abs(ss + t.start() - at.start()),
                    Math.abs(ss + t.start() - at.end()))));
            for (Token t : near) {
                int start = ss + t.start();
                String low = t.original().toLowerCase(Locale.ROOT);
                if (at.contains(start) || Stopwords.isStopword(low) || WORDS.containsKey(low) || SCALES.containsKey(low)
                        || !Character.isLetter(low.charAt(0)) || low.length() < 3) {
                    continue;
                }
                String stem = PorterStemmer.stem(low);
                context.add(stem);
                written.putIfAbsent(stem, t.original());
            }
            if (currency == null && WRITTEN_CURRENCIES.containsKey(lowNoun)) {
                currency = WRITTEN_CURRENCIES.get(lowNoun); // "4.5 million dollars" is "$4.5 million"
            }
            String unit = currency != null ? currency : PEOPLE.contains(lowNoun) ? "people"
                    : (duration ? "duration:" : "") + PorterStemmer.stem(lowNoun);
            String shownNoun = currency != null ? CURRENCIES.get(currency) : PEOPLE.contains(lowNoun) ? "people" : lowNoun;
            FactMention fm = new FactMention(article.id(), value, text.substring(m.start(), end), at, m.group(1) != null);
            out.add(new Mention(fm, unit, shownNoun, context, written, duration && currency == null));
        }
        return out;
    }
}
