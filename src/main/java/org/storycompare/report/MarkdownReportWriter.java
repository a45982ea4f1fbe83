package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;

/**
 * Writes a short Markdown summary to paste into notes: the sources, the most similar pairs and the number of
 * passages of each kind. Text from articles is escaped so it cannot become links, HTML or table breaks.
 */
public final class MarkdownReportWriter {

    private final int topPairs;

    public MarkdownReportWriter() {
        this(10);
    }

    public MarkdownReportWriter(int topPairs) {
        this.topPairs = topPairs;
    }

    public void write(Report report, Writer w) throws IOException {
        Comparison c = report.comparison();
        w.write("# StoryCompare summary\n\n");
        w.write(Markup.count(c.articles().size(), "source") + ", " + Markup.count(c.pairs().size(), "aligned pair") + ". Made with "
                + esc(report.info().app()) + " " + esc(report.info().version()) + " on " + report.info().created()
                + ".\n\n## Sources\n\n| Id | Outlet | Title | Published | Words |\n|---|---|---|---|---:|\n");
        for (Article a : c.articles()) {
            w.write("| " + esc(a.id()) + " | " + esc(a.meta().outlet()) + " | " + esc(a.meta().title()) + " | "
                    + (a.meta().published() == null ? "" : a.meta().published()) + " | " + a.wordCount() + " |\n");
        }
        List<PairAlignment> top = new PairSelection(topPairs).choose(c);
        w.write("\n## Most similar pairs\n\n");
        if (top.isEmpty()) {
            w.write("No pair shares anything.\n");
        } else {
            w.write("| A | B | Similarity | A in B | B in A | Passages |\n|---|---|---:|---:|---:|---:|\n");
            for (PairAlignment p : top) {
                w.write("| " + esc(label(c, p.aId())) + " | " + esc(label(c, p.bId())) + " | "
                        + HtmlReportWriter.pct(p.similarity()) + " | " + HtmlReportWriter.pct(p.containmentAInB())
                        + " | " + HtmlReportWriter.pct(p.containmentBInA()) + " | " + p.passages().size() + " |\n");
            }
        }
        Map<PassageKind, Integer> counts = new EnumMap<>(PassageKind.class);
        int moved = 0;
        for (PairAlignment p : c.pairs()) {
            for (Passage x : p.passages()) {
                counts.merge(x.kind(), 1, Integer::sum);
                moved += x.moved() ? 1 : 0;
            }
        }
        w.write("\n## Passages by kind\n\n| Kind | Passages |\n|---|---:|\n");
        for (PassageKind k : PassageKind.values()) {
            w.write("| " + k.id() + " | " + counts.getOrDefault(k, 0) + " |\n");
        }
        w.write("| moved (any kind) | " + moved + " |\n");
        w.write(ProvenanceReport.markdown(c, ProvenanceReport.of(c), MarkdownReportWriter::esc));
        if (!report.errors().isEmpty()) {
            w.write("\n## Files that could not be read\n\n");
            for (SourceError e : report.errors()) {
                w.write("- " + esc(e.path()) + ": " + esc(e.message()) + "\n");
            }
        }
        w.flush();
    }

    private static String label(Comparison c, String id) {
        return c.article(id).map(Article::label).orElse(id);
    }

    /** Escapes Markdown and HTML syntax so the text shows as written, on one line. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char ch : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~' -> sb.append('\\').append(ch);
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
