package org.storycompare.engine.align;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storycompare.engine.text.Stopwords;

/**
 * Learns the two word lists the aligner ships (not a test; run by hand, offline): {@code stock-phrases.txt}
 * and {@code common-words.txt}, from many independent real news articles: the texts of
 * real-news/polnear-train (840 articles of seven outlets, with publisher in metadata.tsv) and of
 * real-news/semeval2022-train (307 texts of many outlets). Only statistics of common words are written, never
 * article text.
 *
 * <p>Stock phrases: runs of {@value StockPhrases#N} words (inside one paragraph) found in at least
 * {@value #MIN_DF} articles of at least {@value #MIN_SOURCES} different publishers (each semeval text counts as
 * its own publisher), made only of common lower-case words: each word in at least {@value #WORD_SHARE} of all
 * articles, written in lower case in at least {@value #LOWER_SHARE} of its uses (so no names), no digits; at
 * least {@value #MIN_FUNCTION_WORDS} of the words are function words ("said in a statement on").
 *
 * <p>Common words: every word (lower case) in at least {@value #MIN_WORD_DF} articles, with its document
 * frequency, for the inverse-document-frequency weights of {@link Vocabulary}.
 *
 * <p>Arguments: the real-news folder, the output folder (src/main/resources/org/storycompare/engine/align).
 */
public final class StockPhraseLearnerMain {

    static final int MIN_DF = 3;
    static final int MIN_SOURCES = 3;
    static final double WORD_SHARE = 0.01;
    static final double LOWER_SHARE = 0.9;
    static final int MIN_WORD_DF = 10;
    /** Function words a phrase needs, so that it is a phrase of writing rather than of one topic. */
    static final int MIN_FUNCTION_WORDS = 3;

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile(
            "\"[^\"\\n]*\"|\u201C[^\u201D\\n]*\u201D");

    private StockPhraseLearnerMain() {
    }

    record Doc(String publisher, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path realNews = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Doc> docs = read(realNews);
        Map<String, Integer> wordDf = new HashMap<>();
        Map<String, int[]> caseCounts = new HashMap<>(); // lower, all
        Map<String, Set<String>> gramPublishers = new HashMap<>();
        Map<String, Integer> gramDf = new HashMap<>();
        for (Doc d : docs) {
            Set<String> seenWords = new HashSet<>();
            Set<String> seenGrams = new HashSet<>();
            // quoted words are left out: a much-quoted remark is not a stock phrase of writing
            for (String para : QUOTED.matcher(d.text()).replaceAll(" | ").split("\\n")) {
                List<String> raw = new ArrayList<>();
                for (var t : org.storycompare.engine.text.Tokenizer.raw().words(para)) {
                    raw.add(t.original().replace('\u2019', '\''));
                }
                List<String> low = StockPhrases.words(para);
                for (int i = 0; i < low.size(); i++) {
                    String w = low.get(i);
                    seenWords.add(w);
                    int[] cc = caseCounts.computeIfAbsent(w, k -> new int[2]);
                    cc[0] += raw.get(i).equals(w) ? 1 : 0;
                    cc[1]++;
                    if (i + StockPhrases.N <= low.size()) {
                        seenGrams.add(String.join(" ", low.subList(i, i + StockPhrases.N)));
                    }
                }
            }
            seenWords.forEach(w -> wordDf.merge(w, 1, Integer::sum));
            for (String g : seenGrams) {
                gramDf.merge(g, 1, Integer::sum);
                gramPublishers.computeIfAbsent(g, k -> new HashSet<>()).add(d.publisher());
            }
        }
        int n = docs.size();
        TreeMap<String, Integer> stock = new TreeMap<>();
        for (Map.Entry<String, Integer> e : gramDf.entrySet()) {
            if (e.getValue() < MIN_DF || gramPublishers.get(e.getKey()).size() < MIN_SOURCES) {
                continue;
            }
            boolean common = true;
            int function = 0;
            for (String w : e.getKey().split(" ")) {
                function += Stopwords.isStopword(w) ? 1 : 0;
                int[] cc = caseCounts.get(w);
                common &= wordDf.get(w) >= WORD_SHARE * n && cc[0] >= LOWER_SHARE * cc[1]
                        && w.chars().noneMatch(Character::isDigit);
            }
            if (common && function >= MIN_FUNCTION_WORDS) {
                stock.put(e.getKey(), e.getValue());
            }
        }
        StringBuilder sp = new StringBuilder("# stock phrases of news writing: runs of " + StockPhrases.N
                + " common lower-case words found in >= " + MIN_DF + " of " + n + " independent articles of >= "
                + MIN_SOURCES + " publishers\n# (real-news/polnear-train and semeval2022-train texts); phrase<TAB>"
                + "articles; written by StockPhraseLearnerMain, see docs/engine.md\n");
        stock.forEach((g, df) -> sp.append(g).append('\t').append(df).append('\n'));
        Files.createDirectories(out);
        Files.writeString(out.resolve(StockPhrases.RESOURCE), sp, StandardCharsets.UTF_8);
        TreeMap<String, Integer> common = new TreeMap<>();
        wordDf.forEach((w, df) -> {
            if (df >= MIN_WORD_DF) {
                common.put(w, df);
            }
        });
        StringBuilder cw = new StringBuilder("# document frequency of words (lower case) in >= " + MIN_WORD_DF
                + " of the articles, for idf weights; written by StockPhraseLearnerMain\n#docs\t" + n + "\n");
        common.forEach((w, df) -> cw.append(w).append('\t').append(df).append('\n'));
        Files.writeString(out.resolve(Vocabulary.RESOURCE), cw, StandardCharsets.UTF_8);
        System.out.println(n + " articles: " + stock.size() + " stock phrases, " + common.size() + " common words");
    }

    private static List<Doc> read(Path realNews) throws IOException {
        List<Doc> docs = new ArrayList<>();
        Path polnear = realNews.resolve("polnear-train");
        Map<String, String> publisher = new HashMap<>();
        List<String> meta = Files.readAllLines(polnear.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(meta.get(0).split("\t"));
        int fileCol = header.indexOf("filename");
        int pubCol = header.indexOf("publisher");
        for (String line : meta.subList(1, meta.size())) {
            String[] f = line.split("\t");
            publisher.put(f[fileCol].replaceAll("\\.txt$", ""), f[pubCol]);
        }
        try (Stream<Path> files = Files.list(polnear.resolve("text"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString().replaceAll("\\.txt$", "");
                docs.add(new Doc(publisher.getOrDefault(name, name), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(realNews.resolve("semeval2022-train/texts.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                var node = json.readTree(line);
                docs.add(new Doc("semeval:" + node.get("id").asText(), node.get("text").asText()));
            }
        }
        return docs;
    }
}
