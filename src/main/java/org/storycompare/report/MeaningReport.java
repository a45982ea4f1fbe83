package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.storycompare.engine.meaning.MeaningLinker;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/**
 * The "Matched by meaning" section of the HTML and Markdown reports: per pair, each sentence linked by the
 * sentence model to one sentence (meaning) and each summary line with every sentence it condenses, with scores.
 * Empty when there is none (meaning matching off, or nothing found).
 */
final class MeaningReport {

    /** One line of the section: what one side says, what the other says, the kind and score. */
    record Link(String pairLabel, String line, List<String> others, String kind, double score) {
    }

    private MeaningReport() {
    }

    static List<Link> links(Comparison c) {
        List<Link> out = new ArrayList<>();
        for (PairAlignment p : c.pairs()) {
            String ta = c.article(p.aId()).map(Article::text).orElse("");
            String tb = c.article(p.bId()).map(Article::text).orElse("");
            String label = HtmlReportWriter.label(c, p.aId()) + " ↔ " + HtmlReportWriter.label(c, p.bId());
            Map<Span, Boolean> seenLines = new LinkedHashMap<>();
            for (Passage x : p.passages()) {
                if (x.kind() == PassageKind.MEANING) {
                    out.add(new Link(label, CsvReportWriter.snippet(ta, x.a()), List.of(CsvReportWriter.snippet(tb, x.b())),
                            "meaning", x.score()));
                } else if (x.kind() == PassageKind.SUMMARY) {
                    MeaningLinker.Covers cv = MeaningLinker.covers(x, p.passages());
                    Span line = cv.sideB() ? x.a() : x.b();
                    if (seenLines.put(line, true) == null) {
                        List<String> others = cv.ranges().stream()
                                .map(s -> CsvReportWriter.snippet(cv.sideB() ? tb : ta, s)).toList();
                        out.add(new Link(label, CsvReportWriter.snippet(cv.sideB() ? ta : tb, line), others,
                                "summary", x.score()));
                    }
                }
            }
        }
        return out;
    }

    static String markdown(Comparison c, UnaryOperator<String> esc) {
        List<Link> links = links(c);
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n## Matched by meaning\n\n| Pair | Kind | Score | Line | Sentences it stands for |\n"
                + "|---|---|---:|---|---|\n");
        for (Link l : links) {
            sb.append("| ").append(esc.apply(l.pairLabel())).append(" | ").append(l.kind()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", l.score())).append(" | ").append(esc.apply(l.line()))
                    .append(" | ").append(esc.apply(String.join(" / ", l.others()))).append(" |\n");
        }
        return sb.toString();
    }

    static void html(Writer w, Comparison c) throws IOException {
        List<Link> links = links(c);
        if (links.isEmpty()) {
            return;
        }
        w.write("<section id=\"meaning\"><h2>Matched by meaning</h2>\n<p class=\"meta\">Sentences the sentence model "
                + "links beyond word-level matching (score: cosine, 0 to 1); a summary line is listed with every "
                + "sentence it condenses.</p>\n<table class=\"meaning\"><thead><tr><th>Pair</th><th>Kind</th>"
                + "<th>Score</th><th>Line</th><th>Sentences it stands for</th></tr></thead><tbody>\n");
        for (Link l : links) {
            StringBuilder others = new StringBuilder("<ul>");
            l.others().forEach(o -> others.append("<li>").append(Markup.escape(o)).append("</li>"));
            w.write("<tr><td>" + Markup.escape(l.pairLabel()) + "</td><td><span class=\"" + l.kind() + "\">" + l.kind()
                    + "</span></td><td>" + String.format(Locale.ROOT, "%.2f", l.score()) + "</td><td>"
                    + Markup.escape(l.line()) + "</td><td>" + others + "</ul></td></tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }
}
