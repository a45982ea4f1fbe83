package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.ProgressListener;
import org.storycompare.engine.quotes.QuoteStatus;

/** A quote cut at its end (or spelled the British way) is not reported as altered. */
class TrimmedQuoteReportTest {

    static Article article(String id, String outlet, String text) {
        return new Article(id, text, new ArticleMeta(outlet, null, null, null, null, "en", null, "txt"));
    }

    @Test
    void markdownListsTrimmedAndSpellingVariantsApartFromAltered() throws Exception {
        String full = "\"We will organize a water taxi for islanders every day until the new pier is finished,\" "
                + "said Tamsin Rook, the harbour master.";
        Article a = article("a", "Isle Wire", "The ferry stops on Friday. " + full);
        Article b = article("b", "Cove Times", "Ferries halt this week. " + full.replace("organize", "organise"));
        Article c = article("c", "Island Post", "The pier closes. \"We will organize a water taxi for islanders every"
                + " day,\" said Tamsin Rook, the harbour master.");
        var analysis = new StoryEngine(CompareOptions.builder().paraphrase(false).build())
                .analyse(List.of(a, b, c), ProgressListener.NONE, Cancellation.NEVER);
        var versions = analysis.quotes().groups().stream().flatMap(g -> g.versions().stream()).toList();
        assertThat(versions).noneMatch(v -> v.status() == QuoteStatus.ALTERED);
        assertThat(versions).anyMatch(v -> v.status() == QuoteStatus.TRIMMED);

        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(new Report(analysis, List.of(),
                new ReportInfo("StoryCompare", "t", Instant.EPOCH)), md);
        assertThat(md.toString()).contains("trimmed (words cut at the ends, none changed): Island Post")
                .doesNotContain("altered:");
    }
}
