package org.storycompare.engine.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.Votes;

/**
 * Compares the facts several articles state: numbers with their nouns, and publication dates.
 *
 * <p>Numbers are grouped by the noun's class (people, residents, inhabitants... all count "people"; other
 * nouns by their stem) and then by their sentence: a mention joins the group whose sentences share at least
 * {@value #MIN_SHARED_WORDS} content-word stems with its own ("evacuation", "street"). When that fails and the
 * article gives only one number of that class, it joins the group of the other articles' only number of that
 * class (so "about 180 people were led out" meets "214 residents were evacuated"); a duration ("a year since
 * the flood", "for three weeks") never joins that way, and a time ago ("three weeks ago") is no quantity at all. A
 * group stated by two or more articles is a fact; it conflicts when the values differ, the outliers being the
 * articles off the majority. Each mention gives its sentence's range ({@link FactMention#sentence}).
 *
 * <p>Publication dates conflict when one lies more than {@value #DATE_TOLERANCE_DAYS} days from the median.
 * Deterministic.
 */
public final class FactAnalyzer {

    static final int MIN_SHARED_WORDS = 2;
    /** What two mentions in one shared passage count as: more than any number of shared words. */
    private static final int ALIGNED = 1_000;
    /** Days a publication date may lie from the median before it counts as an anomaly. */
    public static final int DATE_TOLERANCE_DAYS = PublicationDates.TOLERANCE_DAYS;

    /** The facts of the articles. Article ids should be distinct. */
    public FactAnalysis analyse(List<Article> articles, Cancellation cancel) {
        return analyse(articles, null, cancel);
    }

    /**
     * As {@link #analyse(List, Cancellation)}, with the articles' comparison: two mentions that stand in one
     * passage the two articles share (exact, edited or paraphrased) state the same fact whatever the words
     * around them. {@code comparison} may be null.
     */
    public FactAnalysis analyse(List<Article> articles, Comparison comparison, Cancellation cancel) {
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        Map<String, Map<String, Oriented>> pairs = new HashMap<>();
        if (comparison != null) {
            for (PairAlignment p : comparison.pairs()) {
                pairs.computeIfAbsent(p.aId(), k -> new HashMap<>()).put(p.bId(), new Oriented(p, false));
                pairs.computeIfAbsent(p.bId(), k -> new HashMap<>()).put(p.aId(), new Oriented(p, true));
            }
        }
        List<Fact> facts = new ArrayList<>();
        Fact dates = publicationDates(articles);
        if (dates != null) {
            facts.add(dates);
        }
        List<NumberMentions.Mention> all = new ArrayList<>();
        Map<String, Integer> perArticleUnit = new HashMap<>();
        for (Article a : articles) {
            cc.throwIfCancelled();
            for (NumberMentions.Mention m : NumberMentions.find(a)) {
                all.add(m);
                perArticleUnit.merge(a.id() + '\u0000' + m.unit(), 1, Integer::sum);
            }
        }
        List<Group> groups = new ArrayList<>();
        Map<String, List<Integer>> byUnit = new HashMap<>();
        for (NumberMentions.Mention m : all) {
            cc.throwIfCancelled();
            String article = m.mention().articleId();
            // a duration meets another only through its sentence's words, never as "the only one of its kind"
            boolean unique = !m.duration() && perArticleUnit.get(article + '\u0000' + m.unit()) == 1;
            Map<String, Oriented> partners = pairs.getOrDefault(article, Map.of());
            int best = -1;
            int bestShared = MIN_SHARED_WORDS - 1;
            int fallback = -1;
            for (int g : byUnit.getOrDefault(m.unit(), List.of())) {
                Group group = groups.get(g);
                if (group.articles.contains(article)) {
                    continue;
                }
                for (NumberMentions.Mention x : group.members) {
                    int shared = aligned(partners.get(x.mention().articleId()), m.mention(), x.mention()) ? ALIGNED
                            : shared(m.context(), x.context());
                    if (shared > bestShared) {
                        bestShared = shared;
                        best = g;
                    }
                    if (bestShared == ALIGNED) {
                        break;
                    }
                }
                if (bestShared == ALIGNED) {
                    break; // nothing can beat a shared passage, and the fallback is not needed
                }
                if (unique && group.severalOfKind == 0
                        && (fallback < 0 || group.members.size() > groups.get(fallback).members.size())) {
                    fallback = g;
                }
            }
            int g = best >= 0 ? best : fallback;
            if (g < 0) {
                g = groups.size();
                groups.add(new Group());
                byUnit.computeIfAbsent(m.unit(), k -> new ArrayList<>()).add(g);
            }
            groups.get(g).add(m, perArticleUnit.get(article + '\u0000' + m.unit()) != 1);
        }
        for (Group group : groups) {
            if (group.articles.size() > 1) {
                facts.add(numberFact(group.members));
            }
        }
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing((Fact f) -> !f.conflict()));
        return new FactAnalysis(ordered);
    }

    /** A pair's alignment seen from one article: flipped when that article is the alignment's B. */
    private record Oriented(PairAlignment pair, boolean flipped) {
    }

    /** Mentions grouped as one fact, their articles, and how many come from an article with several of their kind. */
    private static final class Group {
        final List<NumberMentions.Mention> members = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        int severalOfKind;

        void add(NumberMentions.Mention m, boolean severalOfKind) {
            members.add(m);
            articles.add(m.mention().articleId());
            this.severalOfKind += severalOfKind ? 1 : 0;
        }
    }

    /** True when the two mentions stand in one passage their articles share ({@code p}: a's side first). */
    private static boolean aligned(Oriented p, FactMention a, FactMention b) {
        if (p == null || a.at() == null || b.at() == null) {
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

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static Fact numberFact(List<NumberMentions.Mention> g) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (NumberMentions.Mention m : g) {
            votes.merge(m.mention().value(), 1, Integer::sum);
        }
        String majority = Votes.top(votes);
        Set<String> outliers = new LinkedHashSet<>();
        for (NumberMentions.Mention m : g) {
            if (!m.mention().value().equals(majority)) {
                outliers.add(m.mention().articleId());
            }
        }
        NumberMentions.Mention first = g.get(0);
        // the first mention's words nearest the number that another and at least half the mentions share (at most 3)
        List<String> keywords = first.context().stream()
                .filter(st -> g.stream().skip(1).anyMatch(x -> x.context().contains(st))
                        && 2 * g.stream().filter(x -> x.context().contains(st)).count() >= g.size())
                .limit(3).map(st -> first.written().get(st)).toList();
        return new Fact(FactKind.NUMBER, first.noun(), keywords,
                g.stream().map(NumberMentions.Mention::mention).toList(), List.copyOf(outliers));
    }

    private static Fact publicationDates(List<Article> articles) {
        List<FactMention> mentions = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Article a : articles) {
            LocalDate d = a.meta().published();
            if (d != null) {
                mentions.add(new FactMention(a.id(), d.toString(), d.toString(), null, false));
                dates.add(d);
            }
        }
        if (mentions.size() < 2) {
            return null;
        }
        LocalDate median = PublicationDates.median(dates);
        List<String> outliers = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (PublicationDates.isAnomaly(dates.get(i), median)) {
                outliers.add(mentions.get(i).articleId());
            }
        }
        return new Fact(FactKind.PUBLICATION_DATE, "publication date", List.of(), mentions, outliers);
    }
}
