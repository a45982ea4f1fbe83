package org.storycompare.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.credits.Attribution;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.credits.CreditFinder;
import org.storycompare.engine.credits.CreditKind;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.quotes.Quote;
import org.storycompare.engine.quotes.QuoteExtractor;

/**
 * Quotes, speakers and credits on real news: PolNeAR's train split (real-news/polnear-train).
 *
 * <p>Gold direct quotes: inside each gold {@code Content} fragment, every maximal run of characters that stand
 * between an opening and a closing quotation mark (curly {@code “ ”} or straight {@code "}, tracked line by
 * line; a line that ends inside a quote continues into the next line when that one opens with a mark), marks
 * excluded, with at least {@link QuoteExtractor#MIN_WORDS} words (shorter quoted bits are scare quotes, which
 * the extractor skips by design; recall on all lengths is printed too). Its speaker is the relation's
 * {@code Source} text - of the innermost relation when attributions nest ("X said ..., according to a transcript":
 * X); a pronoun source (personal, or a relative "who") stands for the nearest earlier gold source
 * that is not one; a source that is only a cue word ("said", an annotation slip) is not judged.
 * Spans are compared after trimming whitespace and edge punctuation: exact = same start and end; half overlap
 * = the overlap is at least half of the longer span; one-to-one, greedy by overlap.
 * Speaker right = the head of our name (its last word, possessive and case aside) is the head of the gold source
 * or of one of its appositive parts ({@link #sameSpeaker}): "Scott Reed" for "Scott Reed, the Chamber's
 * strategist", but not "Republican" for "Republican strategist Chris Russell". Gold pronouns are resolved without
 * coreference annotation, so the figure on them is rough; it is also printed for non-pronoun gold alone.
 *
 * <p>Credits, article level: the agencies of the metadata's {@code wire} column against the agencies our
 * whole-story credits name (dateline, copyright line, "contributed to this report", reporting line); and the
 * outlet of its {@code credit} column ({@code h/t: X}) against every name we credit in the article.
 */
final class AttributionEval {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "his", "them", "me", "us", "who", "whom");
    /** A gold source that is only a cue word: an annotation slip, not a speaker, so not judged. */
    private static final Set<String> CUE_ONLY = Set.of("said", "says", "say", "told", "tells", "added", "according");
    /** Words that end the name part of a description: "Maria Cantwell of Washington", "a spokesman for ...". */
    private static final Set<String> NAME_ENDS = Set.of("of", "for", "at", "from", "with", "in", "on", "to", "by",
            "who", "whom", "whose", "which", "that");

    private final Path dir;
    private final Path out;

    AttributionEval(Path realNews, Path out) {
        this.dir = realNews.resolve("polnear-train");
        this.out = out;
    }

    Map<String, Object> run() throws IOException {
        if (!Files.isDirectory(dir)) {
            System.out.println("polnear-train not found: " + dir);
            return Map.of();
        }
        List<PolnearCorpus.Doc> docs = PolnearCorpus.read(dir);
        QuoteExtractor extractor = new QuoteExtractor();
        int gold = 0;
        int goldAll = 0;
        int foundAll = 0;
        int pred = 0;
        int exact = 0;
        int half = 0;
        int speakerN = 0;
        int speakerRight = 0;
        int speakerNamedN = 0;
        int speakerNamedRight = 0;
        List<String> speakerMisses = new ArrayList<>();
        List<String> quoteMisses = new ArrayList<>();
        List<String> quoteExtra = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (PolnearCorpus.Doc d : docs) {
            Article a = new Article(d.name(), d.text(), null);
            articles.add(a);
            List<GoldQuote> g = goldQuotes(d, 0);
            List<GoldQuote> gAll = goldQuotes(d, 1);
            List<Quote> p = extractor.extract(a);
            gold += g.size();
            goldAll += gAll.size();
            pred += p.size();
            for (GoldQuote x : gAll) {
                if (p.stream().anyMatch(q -> halfOverlap(trim(d.text(), q.span()), x.span()))) {
                    foundAll++;
                }
            }
            boolean[] used = new boolean[g.size()];
            for (Quote q : p) {
                Span qs = trim(d.text(), q.span());
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < g.size(); i++) {
                    int o = overlap(qs, g.get(i).span());
                    if (!used[i] && o > bestOverlap && halfOverlap(qs, g.get(i).span())) {
                        best = i;
                        bestOverlap = o;
                    }
                }
                if (best < 0) {
                    quoteExtra.add(d.name() + ": " + clip(qs.of(d.text())));
                    continue;
                }
                used[best] = true;
                half++;
                GoldQuote gq = g.get(best);
                if (gq.span().equals(qs)) {
                    exact++;
                }
                if (gq.speaker() != null) {
                    boolean right = q.speaker() != null && sameSpeaker(q.speaker(), gq.speaker());
                    speakerN++;
                    speakerRight += right ? 1 : 0;
                    if (!gq.pronoun()) {
                        speakerNamedN++;
                        speakerNamedRight += right ? 1 : 0;
                    }
                    if (!right) {
                        speakerMisses.add(d.name() + ": gold=" + gq.speaker() + " ours=" + q.speaker() + " | "
                                + clip(qs.of(d.text())));
                    }
                }
            }
            for (int i = 0; i < g.size(); i++) {
                if (!used[i]) {
                    quoteMisses.add(d.name() + ": " + clip(g.get(i).span().of(d.text())));
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> quotes = new LinkedHashMap<>();
        quotes.put("articles", docs.size());
        quotes.put("gold", gold);
        quotes.put("predicted", pred);
        quotes.put("exact", prf(exact, pred, gold));
        quotes.put("halfOverlap", prf(half, pred, gold));
        quotes.put("recallAllLengths", ratio(foundAll, goldAll));
        quotes.put("speakerAccuracy", ratio(speakerRight, speakerN));
        quotes.put("speakerAccuracyNamedGold", ratio(speakerNamedRight, speakerNamedN));
        quotes.put("speakerJudged", speakerN);
        result.put("quotes", quotes);
        result.put("credits", credits(docs, articles));
        result.put("samples", Map.of("missedQuotes", head(quoteMisses), "extraQuotes", head(quoteExtra),
                "wrongSpeakers", head(speakerMisses)));
        print(result);
        if (Boolean.getBoolean("eval.verbose")) {
            quoteMisses.forEach(s -> System.out.println("MISS  " + s));
            quoteExtra.forEach(s -> System.out.println("EXTRA " + s));
            speakerMisses.forEach(s -> System.out.println("SPKR  " + s));
        }
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(out.resolve("attribution.json").toFile(), result);
        System.out.println("Wrote " + out.resolve("attribution.json"));
        return result;
    }

    private Map<String, Object> credits(List<PolnearCorpus.Doc> docs, List<Article> articles) {
        CreditAnalysis found = new CreditFinder().find(articles, Cancellation.NEVER);
        int agencyGold = 0;
        int agencyPred = 0;
        int agencyHit = 0;
        int creditGold = 0;
        int creditInText = 0;
        int creditHit = 0;
        List<String> misses = new ArrayList<>();
        for (PolnearCorpus.Doc d : docs) {
            List<Attribution> as = found.of(d.name());
            Set<String> predicted = new LinkedHashSet<>();
            for (Attribution a : as) {
                if (a.kind() == CreditKind.AGENCY && a.wholeStory()) {
                    predicted.add(canonical(a.name()));
                }
            }
            agencyPred += predicted.size();
            if (d.wire() != null) {
                agencyGold++;
                String w = canonical(d.wire());
                if (predicted.contains(w)) {
                    agencyHit++;
                } else {
                    misses.add("wire " + d.name() + ": gold=" + w + " ours=" + predicted);
                }
                predicted.remove(w);
            }
            predicted.forEach(x -> misses.add("extra agency " + d.name() + ": " + x));
            if (d.credit() != null) {
                creditGold++;
                String c = canonical(d.credit().replaceFirst("(?i)^h/t:\\s*", ""));
                if (fold(d.text()).contains(c)) {
                    creditInText++;
                }
                if (as.stream().anyMatch(a -> canonical(a.name()).equals(c))) {
                    creditHit++;
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attributions", found.all().size());
        m.put("agencyGoldArticles", agencyGold);
        m.put("agencyPrecision", ratio(agencyHit, agencyPred));
        m.put("agencyRecall", ratio(agencyHit, agencyGold));
        m.put("creditGoldArticles", creditGold);
        m.put("creditNameInText", creditInText);
        m.put("creditRecall", ratio(creditHit, creditGold));
        m.put("creditRecallWhereInText", ratio(creditHit, creditInText));
        m.put("agencyMisses", head(misses));
        return m;
    }

    /** Canonical agency or outlet name for comparison: AP for Associated Press, no leading "The", folded. */
    static String canonical(String name) {
        String s = fold(name).replaceAll("[^a-z0-9 ]", "").strip().replaceFirst("^the ", "");
        return switch (s) {
            case "associated press", "the associated press" -> "ap";
            case "agence francepresse", "agence france presse" -> "afp";
            case "united press international" -> "upi";
            default -> s.replace(" ", "");
        };
    }

    record GoldQuote(Span span, String speaker, boolean pronoun) {
    }

    /** Gold direct quotes; {@code minWordsFlag} 0 keeps quotes of MIN_WORDS words or more, 1 keeps all. */
    static List<GoldQuote> goldQuotes(PolnearCorpus.Doc d, int minWordsFlag) {
        String text = d.text();
        boolean[] inside = insideQuotes(text);
        Map<Span, GoldQuote> byRun = new LinkedHashMap<>();
        Map<Span, Integer> contentLength = new LinkedHashMap<>();
        List<PolnearCorpus.Relation> rels = new ArrayList<>(d.relations());
        rels.sort((x, y) -> Integer.compare(x.content().get(0).start(), y.content().get(0).start()));
        for (PolnearCorpus.Relation r : rels) {
            String speaker = r.source() == null || cueOnly(r.source().of(text)) ? null : r.source().of(text).strip();
            boolean pronoun = speaker != null && PRONOUNS.contains(fold(speaker));
            if (pronoun) {
                speaker = antecedent(d, r.source());
            }
            for (Span c : r.content()) {
                List<Span> runs = new ArrayList<>();
                int i = c.start();
                while (i < c.end()) {
                    if (!inside[i] || isMark(text.charAt(i))) {
                        i++;
                        continue;
                    }
                    int j = i;
                    while (j < c.end() && inside[j] && !isMark(text.charAt(j))) {
                        j++;
                    }
                    Span run = new Span(i, j);
                    Span last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                    if (last != null && reopens(text.substring(last.end(), i))) {
                        runs.set(runs.size() - 1, new Span(last.start(), j));
                    } else {
                        runs.add(run);
                    }
                    i = j;
                }
                for (Span run : runs) {
                    Span s = trim(text, run);
                    int words = s.of(text).split("\\s+").length;
                    Integer had = contentLength.get(s);
                    if (!s.isEmpty() && (minWordsFlag == 1 || words >= QuoteExtractor.MIN_WORDS)
                            && (had == null || c.length() < had)) {
                        byRun.put(s, new GoldQuote(s, speaker, pronoun));
                        contentLength.put(s, c.length());
                    }
                }
            }
        }
        List<GoldQuote> out = new ArrayList<>(byRun.values());
        out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return out;
    }

    /** Text between two quoted runs that continues one quote: a paragraph break, then a reopening mark. */
    private static boolean reopens(String between) {
        return between.matches("\\s*\n\\s*[\u201C\"]");
    }

    private static boolean isMark(char c) {
        return c == '\u201C' || c == '\u201D' || c == '"';
    }

    /** Per character: inside a double-quoted stretch of its line (marks count as inside). */
    static boolean[] insideQuotes(String text) {
        boolean[] in = new boolean[text.length()];
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                open = false;
                continue;
            }
            if (ch == '\u201C') {
                open = true;
                in[i] = true;
            } else if (ch == '\u201D') {
                in[i] = open;
                open = false;
            } else if (ch == '"') {
                in[i] = true;
                open = !open;
            } else {
                in[i] = open;
            }
        }
        return in;
    }

    /** The nearest gold source before {@code at} that is not a pronoun, or null. */
    private static String antecedent(PolnearCorpus.Doc d, Span at) {
        Span best = null;
        for (PolnearCorpus.Relation r : d.relations()) {
            Span s = r.source();
            if (s != null && s.end() <= at.start() && !PRONOUNS.contains(fold(s.of(d.text()).strip()))
                    && !cueOnly(s.of(d.text()))
                    && (best == null || s.start() > best.start())) {
                best = s;
            }
        }
        return best == null ? null : best.of(d.text()).strip();
    }

    /**
     * The same speaker: the head of our name (its last word: "Ada Quellin" - quellin, "a spokesman for the
     * ministry" - spokesman) is the head of the gold source or of one of its appositive parts ("Bloomberg's
     * pollster, Douglas Schoen" - pollster, schoen). A modifier of the gold ("Republican" in "Republican strategist
     * Chris Russell", "Sanders" in "Sanders aides") is not the speaker.
     */
    static boolean sameSpeaker(String ours, String gold) {
        List<String> a = heads(ours);
        return !a.isEmpty() && heads(gold).contains(a.get(0));
    }

    /**
     * The head word of each comma- or bracket-separated part of a name or description, before a relative clause;
     * each part ends at a preposition ("Maria Cantwell of Washington" - cantwell).
     */
    static List<String> heads(String s) {
        List<String> out = new ArrayList<>();
        for (String part : fold(s).split("[,()\u2014\u2013;]")) {
            List<String> w = words(part);
            int end = 0;
            while (end < w.size() && (end == 0 || !NAME_ENDS.contains(w.get(end)))) {
                end++;
            }
            if (end > 0) {
                out.add(w.get(end - 1));
            }
            if (end < w.size() && Set.of("who", "whom", "whose", "which", "that").contains(w.get(end))) {
                break;
            }
        }
        return out;
    }

    private static boolean cueOnly(String source) {
        List<String> w = words(source);
        return !w.isEmpty() && CUE_ONLY.contains(w.get(0));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : fold(s).replace("\u2019", "'").split("[^\\p{L}\\p{N}']+")) {
            String x = w.replaceAll("'s$", "").replace("'", "");
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && edge(text.charAt(a))) {
            a++;
        }
        while (b > a && edge(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || ".,;:!?\u2014\u2013-\u2026\u201C\u201D\"'\u2018\u2019".indexOf(c) >= 0;
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static boolean halfOverlap(Span a, Span b) {
        int o = overlap(a, b);
        return o > 0 && 2 * o >= Math.max(a.length(), b.length());
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> prf(int hit, int pred, int gold) {
        double p = pred == 0 ? 0 : (double) hit / pred;
        double r = gold == 0 ? 0 : (double) hit / gold;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(p));
        m.put("recall", round(r));
        m.put("f1", round(p + r == 0 ? 0 : 2 * p * r / (p + r)));
        return m;
    }

    private static double ratio(int a, int b) {
        return round(b == 0 ? 0 : (double) a / b);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<String> head(List<String> l) {
        return l.subList(0, Math.min(25, l.size()));
    }

    private static String clip(String s) {
        String x = s.replace('\n', ' ');
        return x.length() > 90 ? x.substring(0, 90) + "..." : x;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> r) {
        Map<String, Object> q = (Map<String, Object>) r.get("quotes");
        Map<String, Object> c = (Map<String, Object>) r.get("credits");
        System.out.println();
        System.out.println("Attribution on polnear-train (" + q.get("articles") + " articles)");
        System.out.printf(Locale.ROOT, "  %-44s %s%n", "metric", "value");
        System.out.printf(Locale.ROOT, "  %-44s %s / %s%n", "direct quotes gold / predicted", q.get("gold"),
                q.get("predicted"));
        for (String k : List.of("exact", "halfOverlap")) {
            Map<String, Object> m = (Map<String, Object>) q.get(k);
            System.out.printf(Locale.ROOT, "  %-44s P %.3f  R %.3f  F1 %.3f%n", "quote span (" + k + ")",
                    m.get("precision"), m.get("recall"), m.get("f1"));
        }
        System.out.printf(Locale.ROOT, "  %-44s %.3f%n", "quote recall, gold of any length (half overlap)",
                q.get("recallAllLengths"));
        System.out.printf(Locale.ROOT, "  %-44s %.3f (n=%s)%n", "speaker right (matched quotes)",
                q.get("speakerAccuracy"), q.get("speakerJudged"));
        System.out.printf(Locale.ROOT, "  %-44s %.3f%n", "speaker right (gold source not a pronoun)",
                q.get("speakerAccuracyNamedGold"));
        System.out.printf(Locale.ROOT, "  %-44s P %.3f  R %.3f (n=%s)%n", "agency credit (wire column)",
                c.get("agencyPrecision"), c.get("agencyRecall"), c.get("agencyGoldArticles"));
        System.out.printf(Locale.ROOT, "  %-44s R %.3f (n=%s; name in text: %s, R there %.3f)%n",
                "outlet credit (credit column, h/t)", c.get("creditRecall"), c.get("creditGoldArticles"),
                c.get("creditNameInText"), c.get("creditRecallWhereInText"));
    }
}
