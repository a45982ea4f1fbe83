package org.storycompare.engine.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.text.Stopwords;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Votes;

/**
 * Finds the quotes of every article and matches them across articles. Two quotes are the same quote when
 * their normalised words (case, punctuation, quotation marks and dashes aside) overlap enough: Dice
 * coefficient of the word multisets at least {@value #MIN_DICE}, or the shorter one contained in the longer
 * one for at least {@value #MIN_CONTAINMENT} of its words (a trimmed quote). When both name a speaker and the
 * surnames differ, a Dice of {@value #OTHER_SPEAKER_DICE} is needed. Each quote joins the group holding its
 * most similar quote (ties: the earlier group). In each group, the wording most versions share is the
 * reference; every version is verbatim (same words) or altered, with its word changes. Deterministic.
 */
public final class QuoteAnalyzer {

    static final double MIN_DICE = 0.6;
    static final double MIN_CONTAINMENT = 0.8;
    static final double OTHER_SPEAKER_DICE = 0.8;

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** Quotes of the articles, grouped and classified. Article ids should be distinct. */
    public QuoteAnalysis analyse(List<Article> articles, Cancellation cancel) {
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        Map<String, String> texts = new LinkedHashMap<>();
        List<Found> all = new ArrayList<>();
        for (Article a : articles) {
            cc.throwIfCancelled();
            texts.putIfAbsent(a.id(), a.text());
            for (Quote q : extractor.extract(a)) {
                List<Token> words = keyed(QuoteExtractor.words(a.text(), q));
                all.add(new Found(q, words, bag(words)));
            }
        }
        List<List<Found>> groups = new ArrayList<>();
        // per group, one member for each distinct wording and speaker: the others score the same against any quote
        List<Map<String, Found>> distinct = new ArrayList<>();
        Map<String, Set<Integer>> index = new HashMap<>();
        for (Found f : all) {
            cc.throwIfCancelled();
            Set<Integer> candidates = new TreeSet<>();
            for (String w : f.keys()) {
                candidates.addAll(index.getOrDefault(w, Set.of()));
            }
            int best = -1;
            double bestScore = 0;
            for (int g : candidates) {
                for (Found other : distinct.get(g).values()) {
                    double s = similarity(f, other);
                    if (s > bestScore) {
                        bestScore = s;
                        best = g;
                    }
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
                distinct.add(new LinkedHashMap<>());
            }
            groups.get(best).add(f);
            String speaker = f.quote().speaker() == null ? "\u0001" : surname(f.quote().speaker());
            distinct.get(best).putIfAbsent(f.key() + '\u0000' + speaker, f);
            for (String w : f.keys()) {
                index.computeIfAbsent(w, k -> new HashSet<>()).add(best);
            }
        }
        List<QuoteGroup> out = new ArrayList<>();
        for (List<Found> g : groups) {
            out.add(classify(g, texts));
        }
        return new QuoteAnalysis(out);
    }

    /** Similarity of two quotes when they count as the same quote, else 0. */
    static double similarity(Found a, Found b) {
        int common = 0;
        for (Map.Entry<String, Integer> e : a.bag().entrySet()) {
            common += Math.min(e.getValue(), b.bag().getOrDefault(e.getKey(), 0));
        }
        int na = a.words().size();
        int nb = b.words().size();
        double dice = 2.0 * common / (na + nb);
        double containment = (double) common / Math.min(na, nb);
        boolean otherSpeaker = a.quote().speaker() != null && b.quote().speaker() != null
                && !surname(a.quote().speaker()).equals(surname(b.quote().speaker()));
        if (otherSpeaker) {
            return dice >= OTHER_SPEAKER_DICE ? dice : 0;
        }
        if (dice >= MIN_DICE) {
            return dice;
        }
        return containment >= MIN_CONTAINMENT && Math.min(na, nb) >= QuoteExtractor.MIN_WORDS ? dice : 0;
    }

    private static QuoteGroup classify(List<Found> g, Map<String, String> texts) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Integer> speakers = new LinkedHashMap<>();
        for (Found f : g) {
            votes.merge(f.key(), 1, Integer::sum);
            if (f.quote().speaker() != null) {
                speakers.merge(f.quote().speaker(), 1, Integer::sum);
            }
        }
        String majority = Votes.top(votes);
        Found ref = g.stream().filter(f -> f.key().equals(majority)).findFirst().orElseThrow();
        List<QuoteVersion> versions = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Found f : g) {
            present.add(f.quote().articleId());
            if (f.key().equals(majority)) {
                versions.add(new QuoteVersion(f.quote(), QuoteStatus.VERBATIM, List.of()));
            } else {
                List<QuoteChange> changes = WordDiff.diff(ref.words(), f.words(), f.quote().span().start());
                versions.add(versionOf(f, changes, texts.get(f.quote().articleId())));
            }
        }
        List<String> missing = texts.keySet().stream().filter(id -> !present.contains(id)).toList();
        return new QuoteGroup(speakers.isEmpty() ? null : Votes.top(speakers), ref.quote().text(), versions, missing);
    }


    /**
     * Verbatim when the version only has more words at its ends (the majority is a cut of it); trimmed when it
     * only lacks words at its ends or where it marks a cut (an ellipsis or brackets); otherwise altered.
     */
    private static QuoteVersion versionOf(Found f, List<QuoteChange> changes, String text) {
        List<Token> w = f.words();
        int first = w.isEmpty() ? f.quote().span().start() : w.get(0).start();
        int last = w.isEmpty() ? f.quote().span().end() : w.get(w.size() - 1).end();
        boolean edgesOnly = true;
        boolean onlyCuts = true;
        for (QuoteChange c : changes) {
            boolean atEdge = c.at().start() <= first || c.at().end() >= last;
            if (c.isInsertion()) {
                edgesOnly &= atEdge;
                onlyCuts = false;
            } else if (c.isDeletion()) {
                onlyCuts &= atEdge || markedCut(text, c.at().start(), f.quote().span());
                edgesOnly = false;
            } else {
                return new QuoteVersion(f.quote(), QuoteStatus.ALTERED, changes);
            }
        }
        if (onlyCuts) {
            return new QuoteVersion(f.quote(), QuoteStatus.TRIMMED, changes);
        }
        return edgesOnly ? new QuoteVersion(f.quote(), QuoteStatus.VERBATIM, List.of())
                : new QuoteVersion(f.quote(), QuoteStatus.ALTERED, changes);
    }

    /** An ellipsis ("…", "...", ". . .") or a bracket next to {@code point}, inside the quote. */
    private static boolean markedCut(String text, int point, org.storycompare.engine.model.Span quote) {
        String near = text.substring(Math.max(quote.start(), point - 8), Math.min(quote.end(), point + 2));
        return near.contains("\u2026") || near.contains("...") || near.contains(". . .") || near.contains("[")
                || near.contains("]");
    }

    /** The words with their spelling keys as normalised form (British and American spellings alike). */
    private static List<Token> keyed(List<Token> words) {
        List<Token> out = new ArrayList<>(words.size());
        for (Token t : words) {
            out.add(new Token(t.start(), t.end(), t.original(), Spellings.key(t.normalised())));
        }
        return out;
    }

    private static String surname(String name) {
        String s = name.strip();
        return s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> bag(List<Token> words) {
        Map<String, Integer> bag = new HashMap<>();
        for (Token t : words) {
            bag.merge(t.normalised(), 1, Integer::sum);
        }
        return bag;
    }

    /** A quote with its normalised words. */
    record Found(Quote quote, List<Token> words, Map<String, Integer> bag) {

        /** Index keys: the content words (not stop words), or every word when there are none. */
        List<String> keys() {
            List<String> content = bag.keySet().stream().filter(w -> !Stopwords.isStopword(w)).sorted().toList();
            return content.isEmpty() ? bag.keySet().stream().sorted().toList() : content;
        }

        String key() {
            StringBuilder sb = new StringBuilder();
            for (Token t : words) {
                sb.append(t.normalised()).append(' ');
            }
            return sb.toString();
        }
    }
}
