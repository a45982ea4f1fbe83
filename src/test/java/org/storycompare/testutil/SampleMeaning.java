package org.storycompare.testutil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.meaning.SentenceEncoder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.ingest.ArticleLoader;

/**
 * Meaning matching on the sample story against its key: for each bullet of the summary (05) the wire paragraphs
 * (W1..W13 of 01) its meaning and summary passages link it to, against the "Summary coverage" table; and the
 * meaning links between the wire and the independent report (06), which should be none.
 */
public final class SampleMeaning {

    /** One bullet: the key's paragraphs and the paragraphs its meaning links reach. */
    public record Bullet(String snippet, TreeSet<Integer> key, TreeSet<Integer> linked) {
        public boolean linkedOnlyToKey() {
            return key.containsAll(linked);
        }

        public boolean exact() {
            return !linked.isEmpty() && linkedOnlyToKey();
        }
    }

    /** The figures: bullets, and the meaning passages of 01-06 as text pairs. */
    public record Result(List<Bullet> bullets, List<String> independentLinks) {
    }

    private SampleMeaning() {
    }

    /**
     * The W number of the wire's n-th paragraph: the wire has W1-W13 and, after W7, W7a (a paragraph that only
     * continues W7's quote; articles/README.md), which counts as W7 here.
     */
    static int wireNumber(int paragraph) {
        return paragraph <= 7 ? paragraph : paragraph == 8 ? 7 : paragraph - 1;
    }

    public static Result measure(Path articles, SentenceEncoder encoder) {
        Map<String, Article> by = new HashMap<>();
        new ArticleLoader().load(List.of(articles)).articles()
                .forEach(a -> by.put(a.meta().path().getFileName().toString(), a));
        Article wire = by.get("01-wire-original.txt");
        Article summary = by.get("05-summary-morningbrief.md");
        Article independent = by.get("06-independent-valleypost.md");
        StoryEngine engine = new StoryEngine(CompareOptions.DEFAULTS, encoder);
        PairAlignment ws = engine.align(wire, summary, Cancellation.NEVER);
        List<Span> paragraphs = paragraphs(wire.text());
        List<Bullet> bullets = new ArrayList<>();
        for (String[] row : AnswerKey.table(articles.resolve("README.md"), "## Summary coverage")) {
            int at = summary.text().indexOf(row[1]);
            Span bullet = new Span(at, at + row[1].length());
            TreeSet<Integer> key = new TreeSet<>();
            for (String w : row[2].split(",\\s*")) {
                key.add(Integer.parseInt(w.trim().substring(1)));
            }
            TreeSet<Integer> linked = new TreeSet<>();
            for (Passage p : ws.passages()) {
                if ((p.kind() == PassageKind.MEANING || p.kind() == PassageKind.SUMMARY) && p.b().overlaps(bullet)) {
                    for (int i = 0; i < paragraphs.size(); i++) {
                        if (paragraphs.get(i).overlaps(p.a())) {
                            linked.add(wireNumber(i + 1));
                        }
                    }
                }
            }
            bullets.add(new Bullet(row[1], key, linked));
        }
        List<String> independentLinks = new ArrayList<>();
        for (Passage p : engine.align(wire, independent, Cancellation.NEVER).passages()) {
            if (p.kind() == PassageKind.MEANING || p.kind() == PassageKind.SUMMARY) {
                independentLinks.add(p.a().of(wire.text()) + " <-> " + p.b().of(independent.text()));
            }
        }
        return new Result(bullets, independentLinks);
    }

    /** The paragraphs of a text (separated by blank lines), in order: W1 is the first. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n\\s*\\n").matcher(text);
        int start = 0;
        while (m.find()) {
            Span s = Span.trimmed(text, start, m.start());
            if (!s.isEmpty()) {
                out.add(s);
            }
            start = m.end();
        }
        Span last = Span.trimmed(text, start, text.length());
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }
}
