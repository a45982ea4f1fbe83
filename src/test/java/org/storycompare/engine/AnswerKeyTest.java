package org.storycompare.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/**
 * Checks the aligner against the answer key of the sample story (articles/README.md): every planted
 * exact, edited and moved passage is found with its boundaries within a word, edits are listed, and
 * the independent report shares nothing but its two quotes.
 */
class AnswerKeyTest {

    static Path dir;
    static final Map<String, String> bodies = new HashMap<>();
    static final Map<String, PairAlignment> alignments = new HashMap<>();
    static final StoryEngine ENGINE = new StoryEngine(CompareOptions.builder().paraphrase(false).build());

    record Row(String kind, String fileA, String snippetA, String fileB, String snippetB, String changes) {
    }

    @BeforeAll
    static void locate() {
        dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        assertThat(dir.resolve("README.md")).as("the sample story's answer key in articles/").exists();
    }

    static String body(String file) {
        return bodies.computeIfAbsent(file, f -> {
            try {
                String raw = Files.readString(dir.resolve(f), StandardCharsets.UTF_8).replace("\r\n", "\n");
                if (f.endsWith(".html")) {
                    return Jsoup.parse(raw).selectFirst("article").text();
                }
                if (f.endsWith(".md") && raw.startsWith("---\n")) {
                    return raw.substring(raw.indexOf("\n---\n", 4) + 5);
                }
                int blank = raw.indexOf("\n\n");
                return blank >= 0 ? raw.substring(blank + 2) : raw;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
            }
        });
    }

    static PairAlignment align(String fa, String fb) {
        return alignments.computeIfAbsent(fa + "|" + fb, k -> ENGINE.align(new Article(fa, body(fa), null),
                new Article(fb, body(fb), null), Cancellation.NEVER));
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("README.md"), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Shared passages");
                continue;
            }
            if (!inTable || !line.startsWith("| ") || line.startsWith("| kind") || line.startsWith("|---")) {
                continue;
            }
            String[] c = line.split("\\|", -1);
            rows.add(new Row(c[1].trim(), c[2].trim(), c[3].trim(), c[4].trim(), c[5].trim(), c[6].trim()));
        }
        return rows;
    }

    static Span locate(String file, String snippet) {
        String body = body(file);
        int at = body.indexOf(snippet);
        assertThat(at).as("snippet in %s: %s", file, snippet).isGreaterThanOrEqualTo(0);
        return new Span(at, at + snippet.length());
    }

    @Test
    void plantedPassagesAreFound() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (Row r : rows()) {
            if (!List.of("exact", "edited", "moved").contains(r.kind())) {
                continue;
            }
            checked++;
            PairAlignment p = align(r.fileA(), r.fileB());
            Span sa = locate(r.fileA(), r.snippetA());
            Span sb = locate(r.fileB(), r.snippetB());
            List<Passage> hits = p.passages().stream().filter(x -> x.a().overlaps(sa) && x.b().overlaps(sb)).toList();
            String what = r.kind() + " " + r.fileA() + " / " + r.fileB() + ": " + r.snippetA();
            soft.assertThat(uncoveredInside(body(r.fileA()), sa, hits.stream().map(Passage::a).toList()))
                    .as("A side of " + what).isTrue();
            soft.assertThat(uncoveredInside(body(r.fileB()), sb, hits.stream().map(Passage::b).toList()))
                    .as("B side of " + what).isTrue();
            List<WordChange> changes = hits.stream().flatMap(x -> x.changes().stream()).toList();
            switch (r.kind()) {
                case "exact", "moved" -> soft.assertThat(changes.stream()
                        .noneMatch(c -> cuts(c.a(), sa) || cuts(c.b(), sb))).as("no edit inside " + what).isTrue();
                default -> {
                    for (String change : r.changes().split(";\\s*")) {
                        soft.assertThat(hasChange(change, changes, body(r.fileA()), body(r.fileB())))
                                .as("change " + change + " in " + what + " among " + describe(changes, r)).isTrue();
                    }
                }
            }
            if (r.kind().equals("moved")) {
                soft.assertThat(hits).as("moved flag on " + what).anyMatch(Passage::moved);
            }
        }
        assertThat(checked).isGreaterThan(20);
        soft.assertAll();
    }

    private String describe(List<WordChange> changes, Row r) {
        return changes.stream().map(c -> c.a().of(body(r.fileA())) + "->" + c.b().of(body(r.fileB()))).toList().toString();
    }

    /** True when the spans cover every word of the snippet except at most one word at each end. */
    static boolean uncoveredInside(String text, Span snippet, List<Span> spans) {
        List<Token> words = Tokenizer.raw().words(snippet.of(text));
        int n = words.size();
        for (int i = 0; i < n; i++) {
            int s = snippet.start() + words.get(i).start();
            int e = snippet.start() + words.get(i).end();
            boolean covered = spans.stream().anyMatch(x -> x.start() <= s && e <= x.end());
            if (!covered && i != 0 && i != n - 1) {
                return false;
            }
        }
        return n > 0;
    }

    /** A change that replaces text inside the snippet, or inserts at a point strictly inside it. */
    static boolean cuts(Span change, Span snippet) {
        return change.isEmpty() ? change.start() > snippet.start() && change.start() < snippet.end()
                : change.overlaps(snippet);
    }

    static boolean hasChange(String change, List<WordChange> changes, String a, String b) {
        String from;
        String to;
        if (change.startsWith("+")) {
            from = "";
            to = change.substring(1);
        } else if (change.startsWith("-")) {
            from = change.substring(1);
            to = "";
        } else {
            from = change.substring(0, change.indexOf("->"));
            to = change.substring(change.indexOf("->") + 2);
        }
        return changes.stream().anyMatch(c -> same(c.a().of(a), from) && same(c.b().of(b), to));
    }

    private static boolean same(String x, String y) {
        return x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
    }

    @Test
    void repeatsInsideOneArticleAreFound() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (Row r : rows()) {
            if (!r.kind().equals("repeated")) {
                continue;
            }
            checked++;
            String body = body(r.fileA());
            int first = body.indexOf(r.snippetA());
            int second = body.indexOf(r.snippetA(), first + 1);
            assertThat(second).as("second copy of %s", r.snippetA()).isPositive();
            Span sa = new Span(first, first + r.snippetA().length());
            Span sb = new Span(second, second + r.snippetA().length());
            List<Passage> hits = ENGINE.repeats(new Article(r.fileA(), body, null), Cancellation.NEVER).stream()
                    .filter(x -> x.a().overlaps(sa) && x.b().overlaps(sb)).toList();
            soft.assertThat(uncoveredInside(body, sa, hits.stream().map(Passage::a).toList()))
                    .as("first copy of " + r.snippetA()).isTrue();
            soft.assertThat(uncoveredInside(body, sb, hits.stream().map(Passage::b).toList()))
                    .as("second copy of " + r.snippetA()).isTrue();
        }
        assertThat(checked).isPositive();
        soft.assertAll();
    }

    @Test
    void independentReportSharesOnlyTheQuotes() {
        String indie = "06-independent-valleypost.md";
        String text = body(indie);
        List<Span> quotes = List.of(
            locate(indie, "We have warned Tessaly Water for six years that these mains were failing, and today the road"
                    + " simply fell into the river of their neglect"),
            locate(indie, "I ran outside in my apron and the van was just gone, as if the street had swallowed it whole"));
        SoftAssertions soft = new SoftAssertions();
        for (String other : List.of("01-wire-original.txt", "02-rewrite-courier.md", "03-spun-dailypulse.txt",
                "04-repeated-herald.txt", "05-summary-morningbrief.md", "07-web-lenfoldecho.html",
                "08-syndicated-greyfell.txt")) {
            PairAlignment p = align(indie, other);
            for (Passage x : p.passages()) {
                Span q = quotes.stream().filter(s -> s.overlaps(x.a())).findFirst().orElse(null);
                soft.assertThat(q).as("passage shared with %s: %s", other, x.a().of(text)).isNotNull();
                if (q != null) {
                    int before = Tokenizer.raw().words(text.substring(Math.min(x.a().start(), q.start()), q.start())).size();
                    int after = Tokenizer.raw().words(text.substring(q.end(), Math.max(q.end(), x.a().end()))).size();
                    soft.assertThat(before + after).as("words beyond the quote with %s: %s", other, x.a().of(text))
                            .isLessThanOrEqualTo(3);
                }
            }
        }
        PairAlignment wire = align(indie, "01-wire-original.txt");
        for (Span q : quotes) {
            soft.assertThat(uncoveredInside(text, q, wire.passages().stream().map(Passage::a).toList()))
                    .as("quote found in the wire: %s", q.of(text)).isTrue();
        }
        soft.assertAll();
    }
}
