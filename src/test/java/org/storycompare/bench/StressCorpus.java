package org.storycompare.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.storycompare.engine.model.Article;

/**
 * A seeded stress corpus built from MSRP news sentence pairs (../shared/eval-data, evaluation data; nothing is
 * copied into the repository): one story per 200 articles, each story 30 MSRP pairs; every article of a story
 * tells it with, per pair, either of its two sentences (so two versions share about half their sentences and
 * paraphrase the rest), drops about 8% of them, adds three sentences of its own and sometimes moves a paragraph.
 * About 600 words per article; paragraphs of three sentences separated by blank lines.
 */
public final class StressCorpus {

    /** Articles per story. */
    static final int PER_STORY = 200;
    static final int SENTENCES_PER_STORY = 30;

    private StressCorpus() {
    }

    /** The MSRP training file under the shared folder, or null when the folder is missing. */
    public static Path msrp() {
        String root = System.getProperty("storycompare.shared", "../shared");
        Path p = Path.of(root, "eval-data", "msrp", "msr_paraphrase_train.txt");
        return Files.isRegularFile(p) ? p : null;
    }

    /** Why the stress benchmarks cannot run, or null when they can. */
    public static String missing() {
        return msrp() == null ? "skipped: " + Path.of(System.getProperty("storycompare.shared", "../shared"))
                .toAbsolutePath().normalize() + "/eval-data/msrp/msr_paraphrase_train.txt is missing" : null;
    }

    /** n generated articles; throws IllegalStateException when the MSRP file is missing. */
    public static List<Article> articles(int n) {
        Path file = msrp();
        if (file == null) {
            throw new IllegalStateException(missing());
        }
        List<String[]> pairs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.replace("\uFEFF", "").split("\t");
                if (f.length >= 5 && !f[3].isBlank() && !f[4].isBlank()) {
                    pairs.add(new String[] {f[3].strip(), f[4].strip()});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Random r = new Random(16);
        Collections.shuffle(pairs, r);
        int stories = Math.max(1, (n + PER_STORY - 1) / PER_STORY);
        int storyPairs = Math.min(pairs.size() / 2, stories * SENTENCES_PER_STORY);
        List<String> own = new ArrayList<>();
        for (String[] p : pairs.subList(storyPairs, pairs.size())) {
            own.add(p[0]);
            own.add(p[1]);
        }
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int story = i % stories;
            List<String> sentences = new ArrayList<>();
            for (int k = 0; k < SENTENCES_PER_STORY; k++) {
                String[] p = pairs.get((story * SENTENCES_PER_STORY + k) % storyPairs);
                if (r.nextDouble() >= 0.08) {
                    sentences.add(p[r.nextBoolean() ? 0 : 1]);
                }
            }
            for (int k = 0; k < 3; k++) {
                sentences.add(r.nextInt(sentences.size() + 1), own.get(r.nextInt(own.size())));
            }
            List<String> paragraphs = new ArrayList<>();
            for (int k = 0; k < sentences.size(); k += 3) {
                paragraphs.add(String.join(" ", sentences.subList(k, Math.min(sentences.size(), k + 3))));
            }
            if (r.nextInt(4) == 0 && paragraphs.size() > 2) {
                paragraphs.add(r.nextInt(paragraphs.size()), paragraphs.remove(r.nextInt(paragraphs.size())));
            }
            out.add(new Article(String.format("story%02d-%05d", story, i), String.join("\n\n", paragraphs), null));
        }
        return out;
    }
}
