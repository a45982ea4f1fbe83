package org.storycompare.app.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.app.vm.ComparisonRunner;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * A crude sentence matcher for looking at the window before the real engine lands (test code only, never
 * shipped): each sentence of A is paired with the most similar sentence of B by word overlap.
 */
public final class DemoEngine implements ComparisonRunner.Engine {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private record Sentence(Span span, List<Span> words, List<String> norm, Set<String> set) {
    }

    @Override
    public Comparison compare(List<Article> articles, CompareOptions options, ProgressListener progress,
                              Cancellation cancel) {
        Map<String, List<Sentence>> sentences = new HashMap<>();
        for (Article a : articles) {
            sentences.put(a.id(), sentences(a.text()));
        }
        Map<String, int[]> counts = new HashMap<>();
        articles.forEach(a -> counts.put(a.id(), new int[sentences.get(a.id()).size()]));
        List<PairAlignment> pairs = new ArrayList<>();
        long total = (long) articles.size() * (articles.size() - 1) / 2;
        long done = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                cancel.throwIfCancelled();
                Article a = articles.get(i);
                Article b = articles.get(j);
                PairAlignment p = align(a, b, sentences.get(a.id()), sentences.get(b.id()),
                        counts.get(a.id()), counts.get(b.id()), options);
                if (!p.passages().isEmpty()) {
                    pairs.add(p);
                }
                progress.progress(++done, total, "Demo engine: aligned " + a.label() + " and " + b.label());
            }
        }
        Map<String, List<CoverageSegment>> coverage = new HashMap<>();
        for (Article a : articles) {
            List<CoverageSegment> segs = new ArrayList<>();
            List<Sentence> ss = sentences.get(a.id());
            for (int k = 0; k < ss.size(); k++) {
                segs.add(new CoverageSegment(ss.get(k).span(), counts.get(a.id())[k]));
            }
            coverage.put(a.id(), segs);
        }
        return new Comparison(articles, pairs, coverage, options);
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            List<Span> words = new ArrayList<>();
            List<String> norm = new ArrayList<>();
            Matcher w = WORD.matcher(text).region(m.start(), m.end());
            while (w.find()) {
                words.add(new Span(w.start(), w.end()));
                norm.add(w.group().toLowerCase(Locale.ROOT));
            }
            if (words.size() >= 3) {
                out.add(new Sentence(new Span(words.get(0).start(), m.end()), words, norm, new HashSet<>(norm)));
            }
        }
        return out;
    }

    private static PairAlignment align(Article a, Article b, List<Sentence> sa, List<Sentence> sb,
                                       int[] countA, int[] countB, CompareOptions o) {
        List<Passage> passages = new ArrayList<>();
        boolean[] usedB = new boolean[sb.size()];
        boolean[] coveredA = new boolean[sa.size()];
        int lastB = -1;
        Map<List<String>, List<Integer>> exactB = new HashMap<>();
        for (int k = 0; k < sb.size(); k++) {
            exactB.computeIfAbsent(sb.get(k).norm(), z -> new ArrayList<>()).add(k);
        }
        int near = 0;
        for (int i = 0; i < sa.size(); i++) {
            Sentence x = sa.get(i);
            int best = -1;
            double bestScore = 0;
            List<Integer> same = exactB.getOrDefault(x.norm(), List.of());
            for (int k : same) {
                if (!usedB[k]) {
                    best = k;
                    bestScore = 1;
                    break;
                }
            }
            int from = sb.size() > 400 ? Math.max(0, near - 40) : 0;
            int to = sb.size() > 400 ? Math.min(sb.size(), near + 40) : sb.size();
            boolean found = best >= 0;
            for (int k = from; k < to && !found; k++) {
                if (usedB[k]) {
                    continue;
                }
                Set<String> inter = new HashSet<>(x.set());
                inter.retainAll(sb.get(k).set());
                Set<String> union = new HashSet<>(x.set());
                union.addAll(sb.get(k).set());
                double s = (double) inter.size() / union.size();
                if (s > bestScore) {
                    bestScore = s;
                    best = k;
                }
            }
            if (best >= 0) {
                near = best + 1;
            }
            if (best < 0 || bestScore < (o.paraphrase() ? 0.35 : 0.6)) {
                continue;
            }
            Sentence y = sb.get(best);
            usedB[best] = true;
            coveredA[i] = true;
            countA[i]++;
            countB[best]++;
            boolean moved = best < lastB;
            lastB = Math.max(lastB, best);
            if (x.norm().equals(y.norm())) {
                passages.add(Passage.exact(x.span(), y.span()).withMoved(moved));
            } else if (bestScore >= 0.6) {
                List<WordChange> changes = new ArrayList<>();
                for (int w = 0; w < Math.min(x.words().size(), y.words().size()); w++) {
                    if (!y.set().contains(x.norm().get(w))) {
                        changes.add(new WordChange(x.words().get(w), y.words().get(Math.min(w, y.words().size() - 1))));
                    }
                }
                passages.add(new Passage(PassageKind.EDITED, x.span(), y.span(), bestScore, moved, changes, List.of()));
            } else {
                List<WordSwap> swaps = new ArrayList<>();
                List<Integer> onlyB = new ArrayList<>();
                for (int w = 0; w < y.norm().size(); w++) {
                    if (!x.set().contains(y.norm().get(w))) {
                        onlyB.add(w);
                    }
                }
                int n = 0;
                for (int w = 0; w < x.norm().size() && n < onlyB.size(); w++) {
                    if (!y.set().contains(x.norm().get(w))) {
                        int k = onlyB.get(n++);
                        swaps.add(new WordSwap(x.words().get(w), y.words().get(k), x.norm().get(w), y.norm().get(k), "other"));
                    }
                }
                passages.add(new Passage(PassageKind.PARAPHRASE, x.span(), y.span(), bestScore, moved, List.of(), swaps));
            }
        }
        List<Span> divA = new ArrayList<>();
        for (int i = 0; i < sa.size(); i++) {
            if (!coveredA[i]) {
                divA.add(sa.get(i).span());
            }
        }
        List<Span> divB = new ArrayList<>();
        for (int k = 0; k < sb.size(); k++) {
            if (!usedB[k]) {
                divB.add(sb.get(k).span());
            }
        }
        double inA = covered(passages, true) / Math.max(1.0, a.text().length());
        double inB = covered(passages, false) / Math.max(1.0, b.text().length());
        double sim = (covered(passages, true) + covered(passages, false)) / Math.max(1.0, a.text().length() + b.text().length());
        return new PairAlignment(a.id(), b.id(), sim, inA, inB, passages, divA, divB);
    }

    private static double covered(List<Passage> ps, boolean sideA) {
        return ps.stream().mapToInt(p -> (sideA ? p.a() : p.b()).length()).sum();
    }
}
