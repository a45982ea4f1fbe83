package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteChange;
import org.storycompare.engine.quotes.QuoteGroup;
import org.storycompare.engine.quotes.QuoteStatus;
import org.storycompare.engine.quotes.QuoteVersion;

/**
 * The Quotes and Facts sections of the HTML report. Quotes found in several sources get a table each (one row
 * per source: verbatim, altered with the majority's words struck through and the source's words underlined,
 * or missing); quotes found in one source only are listed together. Facts show conflicts first. Every piece
 * of article text is escaped.
 */
final class AnalysisHtml {

    private AnalysisHtml() {
    }

    static void quotes(Writer w, Comparison c, QuoteAnalysis qa) throws IOException {
        w.write("<section id=\"quotes\"><h2>Quotes</h2>\n");
        List<QuoteGroup> shared = qa.shared();
        long altered = shared.stream().filter(QuoteGroup::hasAlterations).count();
        w.write("<p class=\"meta\">" + Markup.count(qa.groups().size(), "quote") + " found; " + shared.size()
                + " in more than one source, " + altered + " of them altered somewhere. A quote is compared with the "
                + "wording most sources use: <del>struck</del> words are that wording's, <ins>underlined</ins> words "
                + "this source's.</p>\n");
        for (QuoteGroup g : shared) {
            w.write("<div class=\"quote-group\"><h3>" + (g.speaker() == null ? "Unknown speaker"
                    : Markup.escape(g.speaker())) + "</h3><blockquote class=\"wording\">“"
                    + Markup.escape(wording(g)) + "”</blockquote>\n<table class=\"quotes\"><thead><tr><th>Source</th>"
                    + "<th>Status</th><th>As quoted</th></tr></thead><tbody>\n");
            for (QuoteVersion v : g.versions()) {
                String text = c.article(v.articleId()).map(a -> a.text()).orElse(null);
                w.write("<tr class=\"" + v.status().id() + "\"><td>" + HtmlReportWriter.label(c, v.articleId())
                        + "</td><td><span class=\"status-" + v.status().id() + "\">" + v.status().id() + "</span>");
                if (v.status() == QuoteStatus.ALTERED) {
                    w.write("<br/><span class=\"meta\">" + Markup.escape(describe(v.changes())) + "</span>");
                }
                w.write("</td><td>");
                if (text == null) {
                    w.write(Markup.escape(v.quote().text()));
                } else {
                    marked(w, text, v);
                }
                w.write("</td></tr>\n");
            }
            for (String id : g.missing()) {
                w.write("<tr class=\"missing\"><td>" + HtmlReportWriter.label(c, id)
                        + "</td><td><span class=\"status-missing\">missing</span></td><td>–</td></tr>\n");
            }
            w.write("</tbody></table></div>\n");
        }
        List<QuoteGroup> single = qa.groups().stream().filter(g -> !shared.contains(g)).toList();
        if (!single.isEmpty()) {
            w.write("<h3>Quoted by one source only</h3>\n<table class=\"quotes single\"><thead><tr><th>Source</th>"
                    + "<th>Speaker</th><th>Quote</th></tr></thead><tbody>\n");
            for (QuoteGroup g : single) {
                QuoteVersion v = g.versions().get(0);
                w.write("<tr><td>" + HtmlReportWriter.label(c, v.articleId()) + "</td><td>"
                        + Markup.escape(v.quote().speaker()) + "</td><td>" + Markup.escape(trimComma(v.quote().text()))
                        + "</td></tr>\n");
            }
            w.write("</tbody></table>\n");
        }
        w.write("</section>\n");
    }

    /** The majority wording without the comma that often ends a quote before "she said". */
    static String wording(QuoteGroup g) {
        return trimComma(g.wording());
    }

    static String trimComma(String quote) {
        String s = quote.strip();
        return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }

    /** "warned → cautioned; + annual; − six". */
    static String describe(List<QuoteChange> changes) {
        List<String> out = new ArrayList<>();
        for (QuoteChange ch : changes) {
            out.add(ch.isInsertion() ? "+ " + ch.to() : ch.isDeletion() ? "− " + ch.from() : ch.from() + " → " + ch.to());
        }
        return String.join("; ", out);
    }

    /** The version as written, its changes marked: the majority's words in del, this source's in ins. */
    private static void marked(Writer w, String text, QuoteVersion v) throws IOException {
        List<QuoteChange> changes = new ArrayList<>(v.changes());
        changes.sort(Comparator.comparing(QuoteChange::at));
        int next = 0;
        boolean first = true;
        List<Span> parts = v.quote().parts();
        for (int p = 0; p < parts.size(); p++) {
            Span part = parts.get(p);
            if (!first) {
                w.write(" ");
            }
            first = false;
            int pos = part.start();
            boolean last = p == parts.size() - 1;
            while (next < changes.size() && (changes.get(next).at().start() < part.end()
                    || last || changes.get(next).at().isEmpty() && changes.get(next).at().start() == part.end())) {
                QuoteChange ch = changes.get(next++);
                int s = Math.max(pos, Math.min(ch.at().start(), part.end()));
                int e = Math.max(s, Math.min(ch.at().end(), part.end()));
                Markup.escape(w, text, pos, s);
                if (!ch.from().isEmpty()) {
                    // a deletion before a word keeps a space between the struck words and the next one
                    boolean gap = e == s && s < text.length() && !Character.isWhitespace(text.charAt(s))
                            && s > part.start() && Character.isWhitespace(text.charAt(s - 1));
                    w.write("<del>" + Markup.escape(ch.from()) + "</del>" + (gap ? " " : ""));
                }
                if (e > s) {
                    w.write("<ins>");
                    Markup.escape(w, text, s, e);
                    w.write("</ins>");
                }
                pos = e;
            }
            Markup.escape(w, text, pos, part.end());
        }
    }

    static void facts(Writer w, Comparison c, FactAnalysis fa) throws IOException {
        w.write("<section id=\"facts\"><h2>Facts</h2>\n");
        w.write("<p class=\"meta\">" + Markup.count(fa.facts().size(), "fact") + " stated by more than one source; "
                + fa.conflicts().size() + " in conflict. Numbers are matched by their noun and the words around "
                + "them; publication dates conflict when one lies far from the others.</p>\n");
        if (fa.facts().isEmpty()) {
            w.write("</section>\n");
            return;
        }
        w.write("<table class=\"facts\"><thead><tr><th>Fact</th><th>Status</th><th>What the sources say</th></tr>"
                + "</thead><tbody>\n");
        for (Fact f : fa.facts()) {
            w.write("<tr class=\"" + (f.conflict() ? "conflict" : "agree") + "\"><td>" + Markup.escape(f.subject()));
            if (!f.keywords().isEmpty()) {
                w.write("<br/><span class=\"meta\">" + Markup.escape(String.join(", ", f.keywords())) + "</span>");
            }
            w.write("</td><td>" + (f.conflict() ? "<span class=\"status-conflict\">conflict</span>"
                    : "<span class=\"status-verbatim\">agree</span>") + "</td><td><ul class=\"fact-values\">");
            Map<String, List<FactMention>> byValue = new LinkedHashMap<>();
            for (FactMention m : f.mentions()) {
                byValue.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m);
            }
            for (List<FactMention> same : byValue.values()) {
                boolean odd = same.stream().anyMatch(m -> f.outliers().contains(m.articleId()));
                List<String> texts = same.stream().map(FactMention::text).distinct().toList();
                List<String> labels = same.stream().map(m -> HtmlReportWriter.label(c, m.articleId())).distinct()
                        .toList();
                w.write("<li" + (odd ? " class=\"outlier\"" : "") + "><strong>"
                        + Markup.escape(String.join(" / ", texts)) + "</strong>: " + String.join(", ", labels)
                        + "</li>");
            }
            w.write("</ul></td></tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }
}
