package org.storycompare.engine.paraphrase;

import java.util.Arrays;
import java.util.List;

/**
 * One article's tokens and sentences for the paraphrase matcher, found once per article and shared by every
 * pair it is in: token offsets, sentence boundaries, and each whole sentence prepared for scoring (built on
 * first use). Tokens and sentences are engine.text's ({@link PWord}). The sentences of a region are the
 * article's sentences clipped to the region; {@link #addUnits} says when a token crosses the region's ends,
 * and the caller then splits the region itself. Thread-safe.
 */
final class ArticleSentences {

    /** A sentence prepared for scoring and its tokens' offsets in this article (start, end per token). */
    record Placed(PSent sent, int[] offs) {
    }

    private final String text;
    private final int[] tokStart;
    private final int[] tokEnd;
    /** Token index of each sentence's first token, then the token count. */
    private final int[] sentFirst;
    /** Whole sentences prepared on first use (immutable records: safe to publish through a race). */
    private final Placed[] whole;

    ArticleSentences(String text) {
        this.text = text;
        List<PWord> toks = PWord.words(text, 0, text.length());
        int n = toks.size();
        tokStart = new int[n];
        tokEnd = new int[n];
        for (int t = 0; t < n; t++) {
            tokStart[t] = toks.get(t).start();
            tokEnd[t] = toks.get(t).end();
        }
        sentFirst = PWord.sentenceStarts(toks, PWord.sentenceSpans(text), 0);
        whole = new Placed[sentFirst.length - 1];
    }

    int sentenceCount() {
        return whole.length;
    }

    /**
     * Adds the units (sentences with at least {@code minContent} content words) of text[from, to) to out and
     * returns true; returns false, adding nothing, when a token crosses from or to.
     */
    boolean addUnits(int from, int to, int region, MatchSession session, int minContent,
                     List<ParaphraseMatcher.Unit> out) {
        int n = tokStart.length;
        int t0 = lowerBound(tokEnd, from + 1);
        if (t0 < n && tokStart[t0] < from) {
            return false;
        }
        int t1 = lowerBound(tokStart, to);
        if (t1 > t0 && tokEnd[t1 - 1] > to) {
            return false;
        }
        int t = t0;
        while (t < t1) {
            int si = sentenceOf(t);
            int end = Math.min(sentFirst[si + 1], t1);
            Placed p = t == sentFirst[si] && end == sentFirst[si + 1] ? whole(si, session)
                    : session.placed(text, tokStart, tokEnd, t, end);
            if (p.sent().content.length >= minContent) {
                out.add(new ParaphraseMatcher.Unit(p.sent(), region, p.offs()));
            }
            t = end;
        }
        return true;
    }

    /** Prepares every whole sentence (the per-article part of the work, done ahead of the pairs). */
    void prepareAll(MatchSession session) {
        for (int si = 0; si < whole.length; si++) {
            whole(si, session);
        }
    }

    private Placed whole(int si, MatchSession session) {
        Placed p = whole[si];
        if (p == null) {
            p = session.placed(text, tokStart, tokEnd, sentFirst[si], sentFirst[si + 1]);
            whole[si] = p;
        }
        return p;
    }

    /** The first index i with sorted[i] >= value (sorted.length when none). */
    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] >= value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int sentenceOf(int token) {
        int i = Arrays.binarySearch(sentFirst, token);
        return i >= 0 ? i : -i - 2;
    }
}
