package org.storycompare.engine.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Comparison;
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
        FactGroups groups = new FactGroups(comparison == null ? List.of() : comparison.pairs(), perArticleUnit);
        for (NumberMentions.Mention m : all) {
            cc.throwIfCancelled();
            groups.add(m);
        }
        for (FactGroups.Group group : groups.groups()) {
            if (group.articles.size() > 1) {
                facts.add(numberFact(group.members));
            }
        }
        List<Fact> ordered = new ArrayList<>(facts);
        ordered.sort(Comparator.comparing((Fact f) -> !f.conflict()));
        return new FactAnalysis(ordered);
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
