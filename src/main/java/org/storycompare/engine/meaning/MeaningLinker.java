package org.storycompare.engine.meaning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.SentenceSplitter;

/**
 * Links by meaning what word-level matching left: the sentences (and bullet lines) of a pair that are mostly
 * unmatched are encoded with a {@link SentenceEncoder}; a sentence whose closest counterpart on the other side is
 * at least {@link #THRESHOLD} (cosine) becomes a {@link PassageKind#MEANING} passage, and a sentence that
 * condenses several sentences of the other side (their joined text is closer to it than any one of them, and
 * at least {@link #THRESHOLD}) becomes one {@link PassageKind#SUMMARY} passage per sentence it covers, all with
 * the same span on the condensing side and the summary's score. Meaning passages lie over whole sentences and may
 * overlap word-level passages (they never replace one: every word-level passage is kept as it is); the pair's
 * similarity and containment stay word-level. Symmetric: linking (b, a) gives the mirror of linking (a, b).
 * Thread-safe when the encoder is.
 */
public final class MeaningLinker {

    /**
     * Cosine for a meaning link: the value that best tells STS-B train pairs graded at least 3 of 5 ("roughly
     * equivalent") from the rest (MeaningEval, target/eval/meaning.json).
     */
    public static final double THRESHOLD = 0.70;
    /**
     * Cosine each sentence a summary covers must reach on its own: the value that best tells STS-B train pairs
     * graded at least 2 ("not equivalent, but share some details") from the rest (MeaningEval).
     */
    public static final double MEMBER_FLOOR = 0.56;
    static final int MIN_WORDS = 4;
    /** A sentence takes part when at most this share of its characters lies in word-level passages. */
    static final double MAX_MATCHED_SHARE = 0.5;

    /** A list marker at the start of a line ("- ", "* ", "• ", "1. "), left out of what is encoded. */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^(?:[-*\u2022\u2013]|\\d+[.)])\\s+");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final SentenceEncoder encoder;

    public MeaningLinker(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** One candidate link: a line (one sentence) of one side and the sentences it stands for on the other. */
    private record Link(boolean lineInA, int line, List<Integer> others, double score) {
    }

    /** The alignment with its meaning and summary passages added; unchanged when there is nothing to link. */
    public PairAlignment link(PairAlignment p, String textA, String textB, Cancellation cancel) {
        if (textA.compareTo(textB) > 0) {
            return linkOriented(p.mirrored(), textB, textA, cancel).mirrored();
        }
        return linkOriented(p, textA, textB, cancel);
    }

    private PairAlignment linkOriented(PairAlignment p, String textA, String textB, Cancellation cancel) {
        List<Span> sa = candidates(textA, p.divergentA());
        List<Span> sb = candidates(textB, p.divergentB());
        if (sa.isEmpty() || sb.isEmpty()) {
            return p;
        }
        cancel.throwIfCancelled();
        List<String> texts = new ArrayList<>();
        sa.forEach(s -> texts.add(BULLET.matcher(s.of(textA)).replaceFirst("")));
        sb.forEach(s -> texts.add(BULLET.matcher(s.of(textB)).replaceFirst("")));
        List<float[]> v = encoder.encode(texts);
        double[][] cos = new double[sa.size()][sb.size()];
        for (int i = 0; i < sa.size(); i++) {
            for (int j = 0; j < sb.size(); j++) {
                cos[i][j] = SentenceEncoder.cosine(v.get(i), v.get(sa.size() + j));
            }
        }
        List<Link> found = new ArrayList<>();
        List<float[]> va = v.subList(0, sa.size());
        List<float[]> vb = v.subList(sa.size(), v.size());
        for (int i = 0; i < sa.size(); i++) {
            cancel.throwIfCancelled();
            addLink(found, true, i, texts.get(i), v.get(i), cos[i], sb, vb, texts.subList(sa.size(), texts.size()),
                    textB);
        }
        for (int j = 0; j < sb.size(); j++) {
            cancel.throwIfCancelled();
            double[] col = new double[sa.size()];
            for (int i = 0; i < sa.size(); i++) {
                col[i] = cos[i][j];
            }
            addLink(found, false, j, texts.get(sa.size() + j), v.get(sa.size() + j), col, sa, va,
                    texts.subList(0, sa.size()), textA);
        }
        List<Passage> added = choose(found, sa, sb);
        if (added.isEmpty()) {
            return p;
        }
        List<Passage> passages = new ArrayList<>(p.passages());
        passages.addAll(added);
        passages.sort(Comparator.comparing(Passage::a).thenComparing(Passage::b));
        List<Span> taken = added.stream().map(Passage::a).toList();
        List<Span> takenB = added.stream().map(Passage::b).toList();
        return new PairAlignment(p.aId(), p.bId(), p.similarity(), p.containmentAInB(), p.containmentBInA(),
                passages, subtract(p.divergentA(), taken, textA), subtract(p.divergentB(), takenB, textB));
    }

    /**
     * The best link of one line: a summary when the whole line and its clauses name two or more members (the
     * line's closest sentence at {@link #MEMBER_FLOOR}, each clause's by {@link Clauses#member}), the line is
     * shorter than those sentences together (it condenses them) and close to their joined text at
     * {@link #MEMBER_FLOOR}; else a one-to-one meaning link at {@link #THRESHOLD}; else nothing.
     */
    private void addLink(List<Link> out, boolean lineInA, int line, String lineText, float[] lineVector,
                         double[] cos, List<Span> others, List<float[]> otherVectors, List<String> otherTexts,
                         String otherText) {
        int best = argmax(cos);
        if (best < 0) {
            return;
        }
        java.util.TreeSet<Integer> members = new java.util.TreeSet<>();
        if (cos[best] >= MEMBER_FLOOR) {
            members.add(best);
        }
        List<String> clauses = Clauses.of(lineText);
        if (clauses.size() > 1) {
            List<double[]> rows = new ArrayList<>();
            for (float[] c : encoder.encode(clauses)) {
                double[] row = new double[others.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = SentenceEncoder.cosine(c, otherVectors.get(j));
                }
                rows.add(row);
            }
            Clauses.addMembers(members, clauses, rows, otherTexts);
        }
        if (members.size() >= 2) {
            StringBuilder joined = new StringBuilder();
            for (int j : members) {
                joined.append(joined.length() == 0 ? "" : " ").append(others.get(j).of(otherText));
            }
            double score = SentenceEncoder.cosine(lineVector, encoder.encode(List.of(joined.toString())).get(0));
            if (Article.countWords(lineText) < Article.countWords(joined) && score >= MEMBER_FLOOR) {
                out.add(new Link(lineInA, line, List.copyOf(members), score));
                return;
            }
        }
        if (cos[best] >= THRESHOLD) {
            out.add(new Link(lineInA, line, List.of(best), cos[best]));
        }
    }

    private static int argmax(double[] v) {
        int best = -1;
        for (int j = 0; j < v.length; j++) {
            if (best < 0 || v[j] > v[best]) {
                best = j;
            }
        }
        return best;
    }

    /**
     * Strongest links first: a line stands in at most one link; a sentence covered by summaries may be covered by
     * several, but a sentence in a one-to-one link is in no other.
     */
    private static List<Passage> choose(List<Link> found, List<Span> sa, List<Span> sb) {
        found.sort(Comparator.comparingDouble((Link l) -> -l.score()).thenComparing(Link::lineInA)
                .thenComparingInt(Link::line));
        Set<Integer> lineA = new HashSet<>();
        Set<Integer> lineB = new HashSet<>();
        Set<Integer> memberA = new HashSet<>();
        Set<Integer> memberB = new HashSet<>();
        Set<Long> pairs = new HashSet<>();
        List<Passage> out = new ArrayList<>();
        for (Link l : found) {
            Set<Integer> ownLines = l.lineInA() ? lineA : lineB;
            Set<Integer> otherLines = l.lineInA() ? lineB : lineA;
            Set<Integer> ownMembers = l.lineInA() ? memberA : memberB;
            Set<Integer> otherMembers = l.lineInA() ? memberB : memberA;
            boolean summary = l.others().size() > 1;
            if (ownLines.contains(l.line()) || ownMembers.contains(l.line())) {
                continue;
            }
            boolean free = true;
            for (int o : l.others()) {
                free &= !otherLines.contains(o) && (summary || !otherMembers.contains(o))
                        && !pairs.contains(key(l.lineInA(), l.line(), o));
            }
            if (!free) {
                continue;
            }
            ownLines.add(l.line());
            for (int o : l.others()) {
                (summary ? otherMembers : otherLines).add(o);
                pairs.add(key(l.lineInA(), l.line(), o));
                Span line = (l.lineInA() ? sa : sb).get(l.line());
                Span other = (l.lineInA() ? sb : sa).get(o);
                PassageKind kind = summary ? PassageKind.SUMMARY : PassageKind.MEANING;
                out.add(new Passage(kind, l.lineInA() ? line : other, l.lineInA() ? other : line, l.score(),
                        false, List.of(), List.of()));
            }
        }
        return out;
    }

    private static long key(boolean lineInA, int line, int other) {
        int a = lineInA ? line : other;
        int b = lineInA ? other : line;
        return ((long) a << 32) | b;
    }

    /** Sentences of text with at least MIN_WORDS words that word-level passages cover at most half of. */
    static List<Span> candidates(String text, List<Span> divergent) {
        List<Span> out = new ArrayList<>();
        for (Span s : SPLITTER.split(text)) {
            if (Article.countWords(s.of(text)) < MIN_WORDS) {
                continue;
            }
            int free = 0;
            for (Span d : divergent) {
                free += Math.max(0, Math.min(d.end(), s.end()) - Math.max(d.start(), s.start()));
            }
            if (free >= (1 - MAX_MATCHED_SHARE) * s.length()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The parts of the spans {@code from} that none of {@code cut} covers, trimmed of white space, sorted. */
    static List<Span> subtract(List<Span> from, List<Span> cut, String text) {
        List<Span> out = new ArrayList<>();
        for (Span f : from) {
            List<Span> pieces = new ArrayList<>(List.of(f));
            for (Span c : cut) {
                List<Span> next = new ArrayList<>();
                for (Span x : pieces) {
                    if (!x.overlaps(c)) {
                        next.add(x);
                        continue;
                    }
                    if (x.start() < c.start()) {
                        next.add(new Span(x.start(), c.start()));
                    }
                    if (c.end() < x.end()) {
                        next.add(new Span(c.end(), x.end()));
                    }
                }
                pieces = next;
            }
            pieces.stream().map(s -> Span.trimmed(text, s.start(), s.end())).filter(s -> !s.isEmpty())
                    .forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /**
     * The sentences a summary passage's line condenses: the other-side spans of every SUMMARY passage of the pair
     * that shares its line span, sorted, and on which side they lie ({@code sideB}: the line is on A's side);
     * null for any other passage.
     */
    public static Covers covers(Passage x, List<Passage> pairPassages) {
        if (x.kind() != PassageKind.SUMMARY) {
            return null;
        }
        List<Span> onB = new ArrayList<>();
        List<Span> onA = new ArrayList<>();
        for (Passage q : pairPassages) {
            if (q.kind() == PassageKind.SUMMARY && q.a().equals(x.a())) {
                onB.add(q.b());
            }
            if (q.kind() == PassageKind.SUMMARY && q.b().equals(x.b())) {
                onA.add(q.a());
            }
        }
        boolean sideB = onB.size() >= onA.size();
        List<Span> ranges = new ArrayList<>(sideB ? onB : onA);
        ranges.sort(null);
        return new Covers(sideB, List.copyOf(ranges));
    }

    /** What a summary line covers: sentence ranges on side B ({@code sideB}) or side A. */
    public record Covers(boolean sideB, List<Span> ranges) {
    }

    /** True when any pair of the comparison has a meaning or summary passage. */
    public static boolean hasMeaning(org.storycompare.engine.model.Comparison c) {
        return c.pairs().stream().flatMap(p -> p.passages().stream())
                .anyMatch(x -> x.kind() == PassageKind.MEANING || x.kind() == PassageKind.SUMMARY);
    }
}
