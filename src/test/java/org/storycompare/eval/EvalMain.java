package org.storycompare.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quality figures (not part of the tests): {@code mvn -o -B -Peval verify -DskipTests}. Arguments: the
 * articles folder, the evaluation-data folder (../shared/eval-data) and the real-news folder
 * (../shared/real-news). Each section is its own class;
 * results go to target/eval/*.json. A missing data folder is reported and skipped (exit 0).
 */
public final class EvalMain {

    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args.length > 0 ? args[0] : "articles");
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/eval-data");
        Path realNews = Path.of(args.length > 2 ? args[2] : "../shared/real-news");
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        Map<String, Object> sections = new LinkedHashMap<>();
        if (!Files.isDirectory(data)) {
            System.out.println("Evaluation data folder not found: " + data.toAbsolutePath()
                    + " - nothing to evaluate for paraphrases.");
        } else {
            sections.put("paraphrase", new ParaphraseEval(data, out).run());
        }
        if (Files.isRegularFile(articles.resolve("README.md"))) {
            sections.put("answerKey", new AnswerKeyEval(articles).run());
        } else {
            System.out.println("No answer key in " + articles.toAbsolutePath() + " - skipping the sample story.");
        }
        if (!Files.isDirectory(realNews)) {
            System.out.println("Real-news folder not found: " + realNews.toAbsolutePath()
                    + " - nothing to evaluate on real news.");
        } else {
            // real-news sections: one line each, added by the issues that measure on real news
            sections.put("similarityNews", new SimilarityNewsEval(realNews, out).run());
            sections.put("attribution", new AttributionEval(realNews, out).run());
            sections.put("htmlNews", new HtmlNewsEval(realNews, out).run());
            sections.put("pastedText", new PastedTextEval(realNews, out).run());
            sections.put("pastedHeadline", org.storycompare.ingest.HeadlineFitMain.run(realNews,
                    out.resolve("pasted-text"), 0.01, false));
            sections.put("pastedHtmldate", HtmldateCopies.dates(realNews, out.resolve("pasted-text")));
            sections.put("meaning", new MeaningEval(data, out, articles).run());
        }
        System.out.println("Eval sections run: " + sections.keySet());
    }
}
