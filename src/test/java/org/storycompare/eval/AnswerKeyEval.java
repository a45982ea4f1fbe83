package org.storycompare.eval;

import java.io.IOException;
import org.storycompare.testutil.AnswerKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.credits.CreditFinder;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteAnalyzer;
import org.storycompare.engine.quotes.QuoteGroup;
import org.storycompare.engine.quotes.QuoteStatus;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordSwap;
import org.storycompare.ingest.ArticleLoader;
import org.storycompare.ingest.LoadResult;

/**
 * The sample story against its answer key, end to end: the articles are read by the real readers and
 * compared by the default engine (paraphrase search on), as the app and the command line do. Prints, per
 * planted kind, how many passages were found (both sides covered except at most a word at each end), how many
 * planted one-word swaps are listed, and every passage the independent report shares beyond its quotes.
 */
final class AnswerKeyEval {

    private final Path articles;

    AnswerKeyEval(Path articles) {
        this.articles = articles;
    }

    record Row(String kind, String fileA, String snippetA, String fileB, String snippetB, String changes) {
    }

    Map<String, Object> run() throws IOException {
        LoadResult loaded = new ArticleLoader().load(List.of(articles));
        Map<String, Article> byFile = new TreeMap<>();
        loaded.articles().forEach(a -> byFile.put(a.meta().path().getFileName().toString(), a));
        Comparison c = new StoryEngine(CompareOptions.DEFAULTS).compare(loaded.articles(), ProgressListener.NONE,
                Cancellation.NEVER);
        Map<String, int[]> perKind = new TreeMap<>();
        int planted = 0;
        int listed = 0;
        List<String> misses = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (Row r : rows()) {
            if (!List.of("exact", "edited", "moved", "paraphrase").contains(r.kind())) {
                continue;
            }
            Article a = byFile.get(r.fileA());
            Article b = byFile.get(r.fileB());
            PairAlignment p = c.pair(a.id(), b.id()).orElse(null);
            Span sa = find(a.text(), r.snippetA());
            Span sb = find(b.text(), r.snippetB());
            int[] counts = perKind.computeIfAbsent(r.kind(), k -> new int[2]);
            counts[1]++;
            if (p == null || sa == null || sb == null) {
                misses.add(r.kind() + " " + r.fileB() + ": " + (p == null ? "pair not aligned" : "snippet not in text"));
                continue;
            }
            List<Passage> hits = p.passages().stream().filter(x -> x.a().overlaps(sa) && x.b().overlaps(sb)).toList();
            boolean found = covered(a.text(), sa, hits.stream().map(Passage::a).toList())
                    && covered(b.text(), sb, hits.stream().map(Passage::b).toList())
                    && (!r.kind().equals("moved") || hits.stream().anyMatch(Passage::moved));
            if (found) {
                counts[0]++;
            } else {
                misses.add(r.kind() + " " + r.fileB() + ": " + r.snippetB());
            }
            if (r.kind().equals("paraphrase")) {
                List<WordSwap> swaps = hits.stream().flatMap(x -> x.swaps().stream()).toList();
                for (String change : r.changes().split(";\\s*")) {
                    String[] ft = change.split("->");
                    if (ft.length == 2 && !ft[0].contains(" ") && !ft[1].contains(" ")) {
                        planted++;
                        if (swaps.stream().anyMatch(s -> s.from().equalsIgnoreCase(ft[0]) && s.to().equalsIgnoreCase(ft[1]))) {
                            listed++;
                        } else {
                            unlisted.add(change);
                        }
                    }
                }
            }
        }
        Article indie = byFile.get("06-independent-valleypost.md");
        List<String> extra = new ArrayList<>();
        for (Article other : byFile.values()) {
            if (other == indie) {
                continue;
            }
            for (Passage x : c.pair(indie.id(), other.id()).map(PairAlignment::passages).orElse(List.of())) {
                String t = x.a().of(indie.text());
                if (!t.contains("We have warned Tessaly Water") && !t.contains("I ran outside in my apron")) {
                    extra.add(x.kind().id() + " with " + other.meta().outlet() + ": " + t);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        System.out.println("Answer key (" + byFile.size() + " articles read by the real readers, default options):");
        perKind.forEach((k, v) -> {
            System.out.printf(Locale.ROOT, "  %-10s found %d of %d%n", k, v[0], v[1]);
            out.put(k, Map.of("found", v[0], "planted", v[1]));
        });
        System.out.printf(Locale.ROOT, "  paraphrase swaps listed: %d of %d one-word swaps; not listed: %s%n", listed, planted, unlisted);
        System.out.println("  independent report: " + extra.size() + " passages beyond its two quotes" + extra);
        misses.forEach(m -> System.out.println("  missed " + m));
        int[] credits = credits(loaded.articles());
        System.out.printf(Locale.ROOT, "  credits of the key found (name, kind, cue): %d of %d%n", credits[0], credits[1]);
        out.put("credits", Map.of("found", credits[0], "key", credits[1]));
        int[] w7a = continuation(loaded.articles());
        System.out.printf(Locale.ROOT, "  continuation quote W7a: speaker carried in %d, verbatim in %d of %d versions%n",
                w7a[0], w7a[1], w7a[2]);
        out.put("continuationQuote", Map.of("speakerCarried", w7a[0], "verbatim", w7a[1], "versions", w7a[2]));
        out.put("swapsListed", listed);
        out.put("swapsPlanted", planted);
        out.put("independentExtra", extra.size());
        return out;
    }

    /** {found, key rows}: the key's "## Credits" rows found with their name, kind and cue. */
    private int[] credits(List<Article> arts) {
        CreditAnalysis found = new CreditFinder().find(arts, Cancellation.NEVER);
        List<String[]> key = AnswerKey.table(articles.resolve("README.md"), "## Credits");
        int hit = 0;
        for (String[] k : key) {
            String id = arts.stream().filter(a -> a.meta().path().getFileName().toString().equals(k[0])).findFirst()
                    .map(Article::id).orElse("");
            if (found.of(id).stream().anyMatch(c -> c.name().equals(k[1]) && c.kind().id().equals(k[2])
                    && c.cue().equals(k[3]))) {
                hit++;
            }
        }
        return new int[] {hit, key.size()};
    }

    /** {speaker carried, verbatim, versions} of Renwick's bare W7a quotation (the wire's quote with "prioritise"). */
    private static int[] continuation(List<Article> arts) {
        QuoteAnalysis q = new QuoteAnalyzer().analyse(arts, Cancellation.NEVER);
        String wire = arts.stream().filter(a -> a.meta().path().getFileName().toString().startsWith("01-"))
                .findFirst().map(Article::id).orElse("");
        QuoteGroup g = q.groups().stream().filter(x -> x.versionIn(wire) != null
                && x.versionIn(wire).quote().text().contains("prioritise")).findFirst().orElse(null);
        if (g == null) {
            return new int[] {0, 0, 0};
        }
        int speaker = (int) g.versions().stream().filter(v -> "Tobias Renwick".equals(v.quote().speaker())).count();
        int verbatim = (int) g.versions().stream().filter(v -> v.status() == QuoteStatus.VERBATIM).count();
        return new int[] {speaker, verbatim, g.versions().size()};
    }

    private List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] c : AnswerKey.table(articles.resolve("README.md"), "## Shared passages")) {
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return rows;
    }

    /** The snippet in the text, whitespace-tolerant (the HTML reader joins lines). */
    private static Span find(String text, String snippet) {
        int at = text.indexOf(snippet);
        return at < 0 ? null : new Span(at, at + snippet.length());
    }

    /** Every word of the snippet but at most the first and last lies inside one of the spans. */
    static boolean covered(String text, Span snippet, List<Span> spans) {
        List<int[]> words = new ArrayList<>();
        int i = snippet.start();
        while (i < snippet.end()) {
            while (i < snippet.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < snippet.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        for (int w = 1; w < words.size() - 1; w++) {
            int s = words.get(w)[0];
            int e = words.get(w)[1];
            if (spans.stream().noneMatch(x -> x.start() <= s && e <= x.end())) {
                return false;
            }
        }
        return !words.isEmpty();
    }
}
