package org.storycompare.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.align.ParaphraseFinder;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.ingest.ArticleLoader;

/**
 * Prints a digest (SHA-256 of the records' full {@code toString}) of every {@link PairAlignment} of the bench
 * pair (both argument orders) and of every pair of the sample articles in {@code articles/}, under several
 * option sets, plus the corpus comparison and repeats of the samples. Used to check that speed work leaves
 * alignment results identical: run before and after a change and diff the output.
 * Args: [articles dir, default "articles"].
 */
public final class AlignDigestMain {

    private AlignDigestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "articles");
        Article[] pair = BenchData.editedPair();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        List<Article> samples = new ArticleLoader().load(files).articles();
        Map<String, CompareOptions> sets = new LinkedHashMap<>();
        CompareOptions base = CompareOptions.builder().paraphrase(false).build();
        sets.put("defaults", base);
        sets.put("keepPunctuation", base.toBuilder().ignorePunctuation(false).build());
        sets.put("keepPunct+numbers+case", base.toBuilder().ignorePunctuation(false).ignoreNumbers(true)
                .ignoreCase(false).build());
        sets.put("ignoreNumbers", base.toBuilder().ignoreNumbers(true).build());
        sets.put("stemming", base.toBuilder().stemming(true).build());
        sets.put("caseSensitive", base.toBuilder().ignoreCase(false).build());
        sets.put("minWords3", base.toBuilder().minMatchWords(3).build());
        sets.put("minWords8", base.toBuilder().minMatchWords(8).build());
        sets.put("noBridge", base.toBuilder().bridgeGap(0).build());
        sets.put("stem+keepPunct+min3", base.toBuilder().stemming(true).ignorePunctuation(false).minMatchWords(3).build());
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, CompareOptions> e : sets.entrySet()) {
            StoryEngine engine = new StoryEngine(e.getValue(), ParaphraseFinder.NONE, 2);
            List<String> parts = new ArrayList<>();
            PairAlignment ab = engine.align(pair[0], pair[1], Cancellation.NEVER);
            PairAlignment ba = engine.align(pair[1], pair[0], Cancellation.NEVER);
            parts.add("bench a,b: " + ab.passages().size() + " passages, sim " + ab.similarity() + " " + digest(ab));
            parts.add("bench b,a: " + digest(ba));
            MessageDigest samplesDigest = MessageDigest.getInstance("SHA-256");
            for (Article x : samples) {
                for (Article y : samples) {
                    if (x != y) {
                        samplesDigest.update(engine.align(x, y, Cancellation.NEVER).toString()
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                samplesDigest.update(engine.repeats(x, Cancellation.NEVER).toString().getBytes(StandardCharsets.UTF_8));
            }
            parts.add("samples (" + samples.size() + " articles, all ordered pairs + repeats): "
                    + HexFormat.of().formatHex(samplesDigest.digest()).substring(0, 16));
            Comparison c = engine.compare(samples, ProgressListener.NONE, Cancellation.NEVER);
            // Map.copyOf iterates in a per-JVM random order: digest the coverage sorted by article id
            parts.add("samples compare: " + digest(c.pairs() + " " + new TreeMap<>(c.coverage())));
            for (String p : parts) {
                System.out.println(e.getKey() + " | " + p);
                all.update(p.getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.println("ALL " + HexFormat.of().formatHex(all.digest()));
    }

    private static String digest(Object o) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(o.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
