package org.storycompare.report;

import org.storycompare.engine.StoryAnalysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Writes the report as one self-contained HTML file: styles inline, no script, no external requests, a
 * Content-Security-Policy that forbids them anyway. Written straight to the writer, section by section.
 * All article text and metadata is escaped. The output is also well-formed XHTML, which the PDF writer uses.
 */
public final class HtmlReportWriter {

    /** Largest number of sources drawn as a full matrix; more get a list of the most similar pairs. */
    static final int MATRIX_LIMIT = 60;
    private static final int TOP_PAIRS_LIST = 100;

    private final PairSelection selection;
    private final boolean print;
    private final String fontFamily;
    private final int matrixLimit;

    /** A writer for screens, showing the selected pairs in full. */
    public HtmlReportWriter(PairSelection selection) {
        this(selection, false, null, MATRIX_LIMIT);
    }

    HtmlReportWriter(PairSelection selection, boolean print, String fontFamily, int matrixLimit) {
        this.selection = selection;
        this.print = print;
        this.fontFamily = fontFamily;
        this.matrixLimit = matrixLimit;
    }

    /** Writes the whole document; the writer is flushed, not closed. */
    public void write(Report report, Writer target) throws IOException {
        Writer w = target instanceof BufferedWriter ? target : new BufferedWriter(target, 1 << 16);
        Comparison c = report.comparison();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < c.articles().size(); i++) {
            index.put(c.articles().get(i).id(), i);
        }
        w.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n");
        w.write("<meta charset=\"utf-8\"/>\n");
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:\"/>\n");
        w.write("<title>StoryCompare report</title>\n<style>\n");
        w.write(ReportStyles.COMMON);
        w.write(print ? ReportStyles.print(fontFamily) : ReportStyles.SCREEN);
        w.write("</style>\n</head>\n<body>\n");
        w.write("<header><h1>StoryCompare report</h1><p class=\"meta\">"
                + Markup.count(c.articles().size(), "source") + ", "
                + Markup.count(c.pairs().size(), "aligned pair") + ". Made with " + Markup.escape(report.info().app()) + " "
                + Markup.escape(report.info().version()) + " on " + Markup.escape(report.info().created().toString())
                + ".</p></header>\n");
        writeSources(w, c);
        writeSimilarity(w, c, index);
        writePairs(w, report.analysis(), index);
        AnalysisHtml.quotes(w, c, report.quotes());
        AnalysisHtml.facts(w, c, report.facts());
        ProvenanceReport.html(w, c, report.provenance());
        MeaningReport.html(w, c);
        SourceNotes.html(w, report.analysis());
        writeErrors(w, report.errors());
        writeSettings(w, c.options());
        w.write("<footer><p class=\"meta\">" + Markup.escape(report.info().app()) + " "
                + Markup.escape(report.info().version()) + ", " + Markup.escape(report.info().created().toString())
                + "</p></footer>\n</body>\n</html>\n");
        w.flush();
    }

    private static void writeSources(Writer w, Comparison c) throws IOException {
        w.write("<section id=\"sources\"><h2>Sources</h2>\n<table class=\"sources\"><thead><tr><th></th><th>Id</th>"
                + "<th>Outlet</th><th>Title</th><th>Author</th><th>Published</th><th>Language</th><th>Format</th>"
                + "<th>Words</th><th>Link / file</th></tr></thead><tbody>\n");
        int i = 0;
        for (Article a : c.articles()) {
            ArticleMeta m = a.meta();
            w.write("<tr><td><span class=\"swatch\" style=\"background:" + ReportStyles.sourceColour(i++)
                    + "\"></span></td><td>" + Markup.escape(a.id()) + "</td><td>" + Markup.escape(m.outlet())
                    + "</td><td>" + Markup.escape(m.title()) + "</td><td>" + Markup.escape(m.author()) + "</td><td>"
                    + (m.published() == null ? "" : m.published().toString()) + "</td><td>"
                    + Markup.escape(m.language()) + "</td><td>" + Markup.escape(m.format()) + "</td><td>"
                    + a.wordCount() + "</td><td>");
            String link = Markup.safeLink(m.url());
            if (link != null) {
                w.write("<a href=\"" + Markup.escape(link) + "\" rel=\"noopener noreferrer\">"
                        + Markup.escape(m.url()) + "</a>");
            } else {
                w.write(Markup.escape(m.url()));
            }
            if (m.path() != null) {
                w.write((m.url() == null ? "" : "<br/>") + "<span class=\"meta\">"
                        + Markup.escape(m.path().toString()) + "</span>");
            }
            w.write("</td></tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }

    private void writeSimilarity(Writer w, Comparison c, Map<String, Integer> index) throws IOException {
        w.write("<section id=\"similarity\"><h2>Similarity</h2>\n");
        List<Article> arts = c.articles();
        if (arts.size() > matrixLimit) {
            w.write("<p class=\"meta\">" + arts.size() + " sources are too many for a matrix; the "
                    + TOP_PAIRS_LIST + " most similar pairs follow.</p>\n");
            writePairList(w, c, index);
            w.write("</section>\n");
            return;
        }
        Map<String, PairAlignment> byKey = new HashMap<>();
        for (PairAlignment p : c.pairs()) {
            byKey.put(p.aId() + '\u0000' + p.bId(), p);
            byKey.put(p.bId() + '\u0000' + p.aId(), p.mirrored());
        }
        w.write("<p class=\"meta\">Share of words two sources have in common, 0 to 100. "
                + "Hover a cell for how much of each one is found in the other.</p>\n");
        w.write("<div class=\"matrix-wrap\"><table class=\"matrix\"><thead><tr><th></th>");
        for (int i = 0; i < arts.size(); i++) {
            w.write("<th title=\"" + Markup.escape(arts.get(i).label()) + "\"><span class=\"swatch\" style=\"background:"
                    + ReportStyles.sourceColour(i) + "\"></span> " + Markup.escape(arts.get(i).id()) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        for (Article row : arts) {
            w.write("<tr><th>" + Markup.escape(row.label()) + "</th>");
            for (Article col : arts) {
                if (row == col) {
                    w.write("<td>–</td>");
                    continue;
                }
                PairAlignment p = byKey.get(row.id() + '\u0000' + col.id());
                if (p == null) {
                    w.write("<td title=\"nothing shared found\">·</td>");
                    continue;
                }
                String tip = pct(p.containmentAInB()) + " of " + row.label() + " is in " + col.label() + "; "
                        + pct(p.containmentBInA()) + " of " + col.label() + " is in " + row.label();
                w.write("<td class=\"heat\" style=\"background:" + ReportStyles.heat(p.similarity()) + ";color:"
                        + ReportStyles.heatText(p.similarity()) + "\" title=\"" + Markup.escape(tip) + "\">"
                        + Math.round(p.similarity() * 100) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table></div></section>\n");
    }

    private static void writePairList(Writer w, Comparison c, Map<String, Integer> index) throws IOException {
        w.write("<table class=\"top-pairs\"><thead><tr><th>A</th><th>B</th><th>Similarity</th><th>A in B</th>"
                + "<th>B in A</th></tr></thead><tbody>\n");
        for (PairAlignment p : new PairSelection(TOP_PAIRS_LIST).choose(c)) {
            w.write("<tr><td>" + label(c, p.aId()) + "</td><td>" + label(c, p.bId()) + "</td><td>"
                    + pct(p.similarity()) + "</td><td>" + pct(p.containmentAInB()) + "</td><td>"
                    + pct(p.containmentBInA()) + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
    }

    private void writePairs(Writer w, StoryAnalysis s, Map<String, Integer> index) throws IOException {
        Comparison c = s.comparison();
        List<PairAlignment> chosen = selection.choose(c);
        w.write("<section id=\"pairs\"><h2>Pairs</h2>\n<p class=\"meta\">" + chosen.size() + " of "
                + Markup.count(c.pairs().size(), "aligned pair") + (selection.firstA() == null
                ? ", most similar first." : ", the chosen pair first, then the most similar.") + "</p>\n");
        PairHtml.legend(w);
        for (PairAlignment p : chosen) {
            PairHtml.pair(w, s, p, index);
        }
        w.write("</section>\n");
    }

    private static void writeErrors(Writer w, List<SourceError> errors) throws IOException {
        w.write("<section id=\"errors\"><h2>Files that could not be read</h2>\n");
        if (errors.isEmpty()) {
            w.write("<p class=\"meta\">None.</p></section>\n");
            return;
        }
        w.write("<ul>");
        for (SourceError e : errors) {
            w.write("<li><strong>" + Markup.escape(e.path()) + "</strong>: " + Markup.escape(e.message()) + "</li>\n");
        }
        w.write("</ul></section>\n");
    }

    private static void writeSettings(Writer w, CompareOptions o) throws IOException {
        w.write("<section id=\"settings\"><h2>Settings</h2>\n<table class=\"settings\"><tbody>\n");
        row(w, "Shortest exact match (words)", String.valueOf(o.minMatchWords()));
        row(w, "Bridge gap (words)", String.valueOf(o.bridgeGap()));
        row(w, "Look for paraphrases", yes(o.paraphrase()));
        row(w, "Paraphrase threshold", String.format(Locale.ROOT, "%.2f", o.paraphraseThreshold()));
        row(w, "Ignore case", yes(o.ignoreCase()));
        row(w, "Ignore punctuation", yes(o.ignorePunctuation()));
        row(w, "Any number matches any number", yes(o.ignoreNumbers()));
        row(w, "Compare word stems", yes(o.stemming()));
        row(w, "Match by meaning (sentence model)", yes(o.meaning()));
        w.write("</tbody></table></section>\n");
    }

    private static void row(Writer w, String k, String v) throws IOException {
        w.write("<tr><th>" + k + "</th><td>" + v + "</td></tr>\n");
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    static String label(Comparison c, String id) {
        return Markup.escape(c.article(id).map(Article::label).orElse(id));
    }

    static String pct(double v) {
        return Math.round(v * 100) + "%";
    }
}
