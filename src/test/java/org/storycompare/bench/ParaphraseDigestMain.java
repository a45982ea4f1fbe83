package org.storycompare.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.ingest.ArticleLoader;

/**
 * The companion of {@link AlignDigestMain} for paraphrase search (default options): digests of the bench pair,
 * of every ordered pair and the corpus comparison of the sample articles, and, when ../shared is there, of the
 * comparison of a stress corpus of [n, default 150] articles. Run before and after a change and diff.
 * Args: [articles dir, default "articles"] [n].
 */
public final class ParaphraseDigestMain {

    private ParaphraseDigestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "articles");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        List<Article> samples = new ArticleLoader().load(files).articles();
        StoryEngine engine = new StoryEngine(CompareOptions.DEFAULTS);
        Article[] pair = BenchData.editedPair();
        PairAlignment ab = engine.align(pair[0], pair[1], Cancellation.NEVER);
        System.out.println("bench pair: " + ab.passages().size() + " passages, " + count(List.of(ab))
                + " paraphrases, sim " + ab.similarity() + " " + digest(ab));
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Article x : samples) {
            for (Article y : samples) {
                if (x != y) {
                    md.update(engine.align(x, y, Cancellation.NEVER).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        System.out.println("samples, all ordered pairs: " + HexFormat.of().formatHex(md.digest()).substring(0, 16));
        Comparison c = engine.compare(samples, ProgressListener.NONE, Cancellation.NEVER);
        System.out.println("samples compare: " + count(c.pairs()) + " paraphrases "
                + digest(c.pairs() + " " + new TreeMap<>(c.coverage())));
        if (StressCorpus.missing() != null) {
            System.out.println("stress corpus " + StressCorpus.missing());
            return;
        }
        Comparison s = engine.compare(StressCorpus.articles(n), ProgressListener.NONE, Cancellation.NEVER);
        System.out.println("stress corpus of " + n + ": " + s.pairs().size() + " pairs, " + count(s.pairs())
                + " paraphrases " + digest(s.pairs() + " " + new TreeMap<>(s.coverage())));
    }

    private static long count(List<PairAlignment> pairs) {
        return pairs.stream().flatMap(p -> p.passages().stream()).filter(p -> p.kind() == PassageKind.PARAPHRASE)
                .count();
    }

    private static String digest(Object o) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(o.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
