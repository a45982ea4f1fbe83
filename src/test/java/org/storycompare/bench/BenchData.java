package org.storycompare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.model.Article;

/** Seeded, generated benchmark inputs (invented words only). */
final class BenchData {

    private BenchData() {
    }

    /** Two 10,000-word articles: B is A with about 10% of words edited and three paragraphs moved. */
    static Article[] editedPair() {
        RandomTexts g = new RandomTexts(42, 20_000);
        List<String> a = g.paragraphs(10_000);
        List<String> b = g.variant(a, 0.10, 3, 0);
        return new Article[] {new Article("a", RandomTexts.join(a), null), new Article("b", RandomTexts.join(b), null)};
    }

    /**
     * 1,000 articles of about 600 words: own text, one to three passages of about 60 words planted from a
     * shared pool (each pool passage lands in about five articles, some lightly edited) and one footer
     * common to all (boilerplate).
     */
    static List<Article> corpus(int n) {
        RandomTexts g = new RandomTexts(7, 20_000);
        Random r = new Random(8);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            pool.add(String.join(" ", g.paragraphs(60)));
        }
        String footer = "Copyright Northgate Press Agency. All rights reserved. Not to be republished without permission.";
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> ps = g.paragraphs(480 + r.nextInt(60));
            int planted = 1 + r.nextInt(3);
            for (int k = 0; k < planted; k++) {
                String passage = pool.get(r.nextInt(pool.size()));
                if (r.nextBoolean()) {
                    passage = String.join(" ", g.variant(List.of(passage), 0.05, 0, 0));
                }
                ps.add(r.nextInt(ps.size() + 1), passage);
            }
            ps.add(footer);
            out.add(new Article("doc" + i, RandomTexts.join(ps), null));
        }
        return out;
    }
}
