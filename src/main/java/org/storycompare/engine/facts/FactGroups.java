package org.storycompare.engine.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;

/**
 * Groups number mentions into facts, one mention at a time, by the rule {@link FactAnalyzer} describes. A
 * mention joins, among the groups of its unit that hold no mention of its own article: the first group holding
 * a mention that stands in a passage the two articles share; else the first group whose mentions' sentences
 * share the most content words with its own (at least {@link FactAnalyzer#MIN_SHARED_WORDS}); else, when it is
 * its article's only mention of that unit and not a duration, the largest group made only of such mentions; else
 * a new group. Indexed so that a mention is compared only with what can match it: the mentions of the articles
 * its article was aligned with, and the distinct sentence contexts that share a word with its own.
 */
final class FactGroups {

    /** A pair's alignment seen from one article: flipped when that article is the alignment's B. */
    private record Oriented(PairAlignment pair, boolean flipped) {
    }

    /** Mentions grouped as one fact. */
    static final class Group {
        final int index;
        final List<NumberMentions.Mention> members = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        /** Members that are not their article's only mention of the unit. */
        int severalOfKind;
        final Map<Set<String>, Integer> contexts = new HashMap<>();

        Group(int index) {
            this.index = index;
        }
    }

    /** A mention placed in a group. */
    private record Placed(NumberMentions.Mention mention, Group group) {
    }

    /** One unit's groups and indexes. */
    private static final class Unit {
        /** Content word to the distinct contexts (ids) holding it. */
        final Map<String, List<Integer>> postings = new HashMap<>();
        /** Article to its mentions placed in groups. */
        final Map<String, List<Placed>> byArticle = new HashMap<>();
        /** Groups made only of their articles' only mentions of the unit: largest first, then oldest. */
        final TreeSet<Group> fallbacks = new TreeSet<>(Comparator.comparingInt((Group g) -> -g.members.size())
                .thenComparingInt(g -> g.index));
    }

    private final Map<String, Map<String, Oriented>> pairs = new HashMap<>();
    private final Map<String, Integer> perArticleUnit;
    private final List<Group> groups = new ArrayList<>();
    /** Context id to its group. */
    private final List<Group> contextGroup = new ArrayList<>();
    private final Map<String, Unit> units = new HashMap<>();

    /**
     * @param aligned        the word-level pair alignments (may be empty)
     * @param perArticleUnit mentions per article and unit, keyed {@code articleId + '\0' + unit}
     */
    FactGroups(List<PairAlignment> aligned, Map<String, Integer> perArticleUnit) {
        for (PairAlignment p : aligned) {
            pairs.computeIfAbsent(p.aId(), k -> new HashMap<>()).put(p.bId(), new Oriented(p, false));
            pairs.computeIfAbsent(p.bId(), k -> new HashMap<>()).put(p.aId(), new Oriented(p, true));
        }
        this.perArticleUnit = perArticleUnit;
    }

    List<Group> groups() {
        return groups;
    }

    /** Puts the mention in its group (see the class comment). */
    void add(NumberMentions.Mention m) {
        String article = m.mention().articleId();
        Unit unit = units.computeIfAbsent(m.unit(), k -> new Unit());
        boolean only = perArticleUnit.get(article + '\u0000' + m.unit()) == 1;
        Group g = alignedGroup(m, unit);
        if (g == null) {
            g = sharedWordsGroup(m, unit);
        }
        if (g == null && only && !m.duration()) {
            g = unit.fallbacks.stream().filter(x -> !x.articles.contains(article)).findFirst().orElse(null);
        }
        if (g == null) {
            g = new Group(groups.size());
            groups.add(g);
            unit.fallbacks.add(g);
        }
        place(m, g, unit, !only);
    }

    /** The first group with a mention in a passage shared with the mention's article, or null. */
    private Group alignedGroup(NumberMentions.Mention m, Unit unit) {
        String article = m.mention().articleId();
        Group best = null;
        for (Map.Entry<String, Oriented> partner : pairs.getOrDefault(article, Map.of()).entrySet()) {
            for (Placed x : unit.byArticle.getOrDefault(partner.getKey(), List.of())) {
                if ((best == null || x.group().index < best.index) && !x.group().articles.contains(article)
                        && aligned(partner.getValue(), m.mention(), x.mention().mention())) {
                    best = x.group();
                }
            }
        }
        return best;
    }

    /** The first group whose contexts share the most words (at least the minimum) with the mention's, or null. */
    private Group sharedWordsGroup(NumberMentions.Mention m, Unit unit) {
        String article = m.mention().articleId();
        Map<Integer, Integer> counts = new HashMap<>();
        for (String w : m.context()) {
            for (int id : unit.postings.getOrDefault(w, List.of())) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        Group best = null;
        int bestShared = FactAnalyzer.MIN_SHARED_WORDS - 1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            Group g = contextGroup.get(e.getKey());
            int shared = e.getValue();
            if ((shared > bestShared || shared == bestShared && best != null && g.index < best.index)
                    && !g.articles.contains(article)) {
                bestShared = shared;
                best = g;
            }
        }
        return best;
    }

    private void place(NumberMentions.Mention m, Group g, Unit unit, boolean severalOfKind) {
        boolean fallback = g.severalOfKind == 0;
        if (fallback) {
            unit.fallbacks.remove(g); // its size changes: out of the ordered set first
        }
        g.members.add(m);
        g.articles.add(m.mention().articleId());
        g.severalOfKind += severalOfKind ? 1 : 0;
        if (g.severalOfKind == 0) {
            unit.fallbacks.add(g);
        }
        if (!g.contexts.containsKey(m.context())) {
            int id = contextGroup.size();
            g.contexts.put(m.context(), id);
            contextGroup.add(g);
            for (String w : m.context()) {
                unit.postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
            }
        }
        unit.byArticle.computeIfAbsent(m.mention().articleId(), k -> new ArrayList<>()).add(new Placed(m, g));
    }

    /** True when the two mentions stand in one passage their articles share ({@code p}: a's side first). */
    private static boolean aligned(Oriented p, FactMention a, FactMention b) {
        if (a.at() == null || b.at() == null) {
            return false;
        }
        for (Passage q : p.pair().passages()) {
            Span qa = p.flipped() ? q.b() : q.a();
            Span qb = p.flipped() ? q.a() : q.b();
            if (qa.overlaps(a.at()) && qb.overlaps(b.at())) {
                return true;
            }
        }
        return false;
    }
}
