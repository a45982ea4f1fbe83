package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteGroup;
import org.storycompare.engine.quotes.QuoteStatus;
import org.storycompare.engine.quotes.QuoteVersion;

/**
 * Writes a short Markdown summary to paste into notes: the sources, the most similar pairs, the number of
 * passages of each kind, the quotes found in several sources (verbatim / altered / missing) and the
 * conflicting facts. Text from articles is escaped so it cannot become links, HTML or table breaks.
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
        writeQuotes(w, c, report.quotes());
        writeFacts(w, c, report.facts());
        w.write(ProvenanceReport.markdown(c, report.provenance(), MarkdownReportWriter::esc));
        w.write(MeaningReport.markdown(c, MarkdownReportWriter::esc));
        w.write(SourceNotes.markdown(report.analysis(), MarkdownReportWriter::esc));
        if (!report.errors().isEmpty()) {
            w.write("\n## Files that could not be read\n\n");
            for (SourceError e : report.errors()) {
                w.write("- " + esc(e.path()) + ": " + esc(e.message()) + "\n");
            }
        }
        w.flush();
    }

    /** One line per quote found in several sources: who, the words, and where it is verbatim, altered, missing. */
    private static void writeQuotes(Writer w, Comparison c, QuoteAnalysis qa) throws IOException {
        w.write("\n## Quotes\n\n");
        List<QuoteGroup> shared = qa.shared();
        if (shared.isEmpty()) {
            w.write("No quote is found in more than one source.\n");
        }
        for (QuoteGroup g : shared) {
            StringBuilder line = new StringBuilder("- **" + (g.speaker() == null ? "Unknown speaker" : esc(g.speaker()))
                    + "**: \u201C" + esc(AnalysisHtml.wording(g)) + "\u201D");
            List<String> verbatim = new ArrayList<>();
            List<String> trimmed = new ArrayList<>();
            List<String> altered = new ArrayList<>();
            for (QuoteVersion v : g.versions()) {
                if (v.status() == QuoteStatus.VERBATIM) {
                    verbatim.add(esc(label(c, v.articleId())));
                } else if (v.status() == QuoteStatus.TRIMMED) {
                    trimmed.add(esc(label(c, v.articleId())));
                } else {
                    altered.add(esc(label(c, v.articleId())) + " (" + esc(AnalysisHtml.describe(v.changes())) + ")");
                }
            }
            line.append(" \u2014 verbatim: ").append(verbatim.isEmpty() ? "none" : String.join(", ", verbatim));
            if (!trimmed.isEmpty()) {
                line.append("; trimmed (words cut at the ends, none changed): ").append(String.join(", ", trimmed));
            }
            if (!altered.isEmpty()) {
                line.append("; altered: ").append(String.join(", ", altered));
            }
            if (!g.missing().isEmpty()) {
                line.append("; missing: ").append(String.join(", ", g.missing().stream().map(id -> esc(label(c, id))).toList()));
            }
            w.write(line + "\n");
        }
        int single = qa.groups().size() - shared.size();
        if (single > 0) {
            w.write("\n" + Markup.count(single, "more quote") + " found in one source only.\n");
        }
    }

    /** The facts in conflict, one line each with the values and who gives them. */
    private static void writeFacts(Writer w, Comparison c, FactAnalysis fa) throws IOException {
        w.write("\n## Facts\n\n");
        if (fa.conflicts().isEmpty()) {
            w.write("No conflicting facts found (" + Markup.count(fa.facts().size(), "fact") + " compared).\n");
            return;
        }
        for (Fact f : fa.conflicts()) {
            Map<String, List<String>> byText = new LinkedHashMap<>();
            for (FactMention m : f.mentions()) {
                byText.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(esc(label(c, m.articleId())));
            }
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : byText.entrySet()) {
                String said = f.mentions().stream().filter(m -> m.value().equals(e.getKey())).findFirst()
                        .map(FactMention::text).orElse(e.getKey());
                parts.add("\u201C" + esc(said) + "\u201D in " + String.join(", ", e.getValue().stream().distinct().toList()));
            }
            w.write("- **" + esc(f.subject()) + "**" + (f.keywords().isEmpty() ? "" : " (" + esc(String.join(", ",
                    f.keywords())) + ")") + ": " + String.join("; ", parts) + "\n");
        }
        int agreed = fa.facts().size() - fa.conflicts().size();
        w.write("\n" + Markup.count(agreed, "other fact") + " agreed.\n");
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
