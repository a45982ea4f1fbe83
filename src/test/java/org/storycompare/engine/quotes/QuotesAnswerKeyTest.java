package org.storycompare.engine.quotes;

import org.storycompare.engine.quotes.QuoteAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.storycompare.testutil.AnswerKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.ingest.LoadResult;
import org.storycompare.ingest.ArticleLoader;

/**
 * Checks quote matching against the answer key of the sample story: the {@code ## Quotes} table of
 * articles/README.md (speaker, file, quote, verbatim/altered/missing) and the altered words listed under it.
 */
class QuotesAnswerKeyTest {

    static Path dir;
    static List<Article> articles;
    static QuoteAnalysis analysis;

    record Row(String speaker, String file, String quote, String status) {
    }

    @BeforeAll
    static void load() {
        dir = Path.of(System.getProperty("storycompare.articles", "articles"));
        assertThat(dir.resolve("README.md")).as("the sample story's answer key in articles/").exists();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String prefix = String.format("%02d-", i);
            try (var s = Files.list(dir)) {
                files.add(s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        LoadResult r = new ArticleLoader().load(files);
        assertThat(r.errors()).isEmpty();
        articles = r.articles();
        assertThat(articles).hasSize(8);
        analysis = new QuoteAnalyzer().analyse(articles, Cancellation.NEVER);
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String[] c : AnswerKey.table(dir.resolve("README.md"), "## Quotes")) {
            rows.add(new Row(c[0], c[1], c[2], c[3]));
        }
        return rows;
    }

    /** "Altered quotes: `03` mayor `warned->cautioned`; ..." from the prose under the table. */
    static Map<String, String> alteredWords() throws IOException {
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("Altered quotes:");
        String prose = readme.substring(at, readme.indexOf('\n', readme.indexOf('.', at)));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("`(\\d\\d)` (\\w+) `([^`]+)`").matcher(prose.replace('\n', ' '));
        while (m.find()) {
            out.put(m.group(1) + " " + m.group(2), m.group(3));
        }
        return out;
    }

    static String id(String file) {
        return articles.stream().filter(a -> a.meta().path().getFileName().toString().equals(file))
                .findFirst().orElseThrow().id();
    }

    /**
     * The group holding the wire's quote by the row's speaker; when the wire quotes the speaker more than once
     * (Renwick: W7 and W7a), the one whose wire text shares most words with the row's quote.
     */
    static QuoteGroup groupOf(Row r) {
        String wireId = id("01-wire-original.txt");
        String surname = surname(r);
        List<QuoteGroup> found = analysis.groups().stream().filter(g -> g.versionIn(wireId) != null
                && g.versionIn(wireId).quote().speaker().endsWith(surname)).toList();
        assertThat(found).as("groups of the wire quoting " + surname).isNotEmpty();
        return found.stream().max(java.util.Comparator.comparingInt(
                g -> sharedWords(g.versionIn(wireId).quote().text(), r.quote()))).orElseThrow();
    }

    static int sharedWords(String a, String b) {
        java.util.Set<String> wa = new java.util.HashSet<>(List.of(normal(a).split("\\s+")));
        return (int) java.util.Arrays.stream(normal(b).split("\\s+")).filter(wa::contains).count();
    }

    static String surname(Row r) {
        return r.speaker().split(" \\(")[0].replaceAll(".* ", "");
    }

    @Test
    void everyStatusOfTheKeyIsFound() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(32);
        SoftAssertions soft = new SoftAssertions();
        for (Row r : rows) {
            QuoteGroup g = groupOf(r);
            String id = id(r.file());
            QuoteVersion v = g.versionIn(id);
            String what = r.speaker() + " in " + r.file();
            switch (r.status()) {
                case "missing" -> {
                    soft.assertThat(v).as(what + " missing").isNull();
                    soft.assertThat(g.missing()).as(what + " listed missing").contains(id);
                }
                case "verbatim", "altered" -> {
                    soft.assertThat(v).as(what + " found").isNotNull();
                    if (v != null) {
                        soft.assertThat(v.status().id()).as(what).isEqualTo(r.status());
                        soft.assertThat(normal(v.quote().text())).as(what + " text").isEqualTo(normal(r.quote()));
                        soft.assertThat(v.quote().speaker()).as(what + " speaker").endsWith(surname(r));
                        soft.assertThat(g.missing()).as(what + " not missing").doesNotContain(id);
                    }
                }
                default -> throw new AssertionError("unknown status " + r.status());
            }
        }
        soft.assertAll();
    }

    @Test
    void alteredWordsAreListed() throws IOException {
        Map<String, String> key = alteredWords();
        assertThat(key).hasSize(4);
        Map<String, String> speakers = Map.of("mayor", "Varga-Holt", "Oduya", "Oduya", "Renwick", "Renwick");
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> e : key.entrySet()) {
            String file = articles.stream().map(a -> a.meta().path().getFileName().toString())
                    .filter(f -> f.startsWith(e.getKey().substring(0, 2) + "-")).findFirst().orElseThrow();
            String surname = speakers.get(e.getKey().substring(3));
            // the speaker's group in which this file's version is altered (Renwick has two quotes, one altered in 07)
            QuoteGroup g = analysis.groups().stream().filter(x -> x.speaker() != null && x.speaker().endsWith(surname)
                    && x.versionIn(id("01-wire-original.txt")) != null && x.versionIn(id(file)) != null
                    && x.versionIn(id(file)).status() == QuoteStatus.ALTERED).findFirst().orElseThrow();
            QuoteVersion v = g.versionIn(id(file));
            soft.assertThat(v.changes().stream().map(QuoteChange::describe).toList())
                    .as(e.getKey()).containsExactly(e.getValue());
            for (QuoteChange c : v.changes()) {
                String text = articles.stream().filter(a -> a.id().equals(v.articleId())).findFirst().orElseThrow().text();
                soft.assertThat(c.at().of(text)).as("span of " + e.getKey()).isEqualTo(c.to());
            }
        }
        soft.assertAll();
    }

    /**
     * W7a: a bare quotation paragraph after Renwick's W7 carries his name in every version; its British, American
     * and typographic-apostrophe versions are all one group, verbatim, with no changed words.
     */
    @Test
    void continuationQuoteKeepsItsSpeakerAndHouseStyleIsNotAnAlteration() throws IOException {
        String wire = id("01-wire-original.txt");
        QuoteGroup g = analysis.groups().stream().filter(x -> x.versionIn(wire) != null
                && x.versionIn(wire).quote().text().contains("prioritise")).findFirst().orElseThrow();
        assertThat(g.versions()).extracting(v -> v.articleId().substring(0, 2))
                .containsExactlyInAnyOrder("01", "02", "03", "04", "07", "08");
        SoftAssertions soft = new SoftAssertions();
        for (QuoteVersion v : g.versions()) {
            soft.assertThat(v.quote().speaker()).as("speaker in " + v.articleId()).isEqualTo("Tobias Renwick");
            soft.assertThat(v.status()).as("status in " + v.articleId()).isEqualTo(QuoteStatus.VERBATIM);
            soft.assertThat(v.changes()).as("changes in " + v.articleId()).isEmpty();
        }
        soft.assertAll();
        assertThat(g.versionIn(id("03-spun-dailypulse.txt")).quote().text()).contains("prioritize", "organizing");
        assertThat(g.versionIn(id("07-web-lenfoldecho.html")).quote().text()).contains("We\u2019ll", "we\u2019re");
        assertThat(g.missing()).containsExactlyInAnyOrder(id("05-summary-morningbrief.md"),
                id("06-independent-valleypost.md"));
    }

    @Test
    void independentReportsOwnSpeakersAreQuotedOnlyThere() {
        String indie = id("06-independent-valleypost.md");
        List<QuoteGroup> own = analysis.groups().stream()
                .filter(g -> g.versions().size() == 1 && g.versions().get(0).articleId().equals(indie)).toList();
        assertThat(own).extracting(QuoteGroup::speaker).containsExactly("Marsh", "Samir Kettleby");
        assertThat(own).allSatisfy(g -> assertThat(g.missing()).hasSize(7));
    }

    static String normal(String s) {
        return s.replaceAll("[\\p{Punct}\u201C\u201D]", "").toLowerCase(Locale.ROOT).strip();
    }
}
