package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.highlight.BoilerplateOverlay;
import org.storycompare.engine.highlight.HighlightSpans;
import org.storycompare.engine.highlight.StyledRun;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;

/** One pair's texts with highlights, and the legend that explains them. */
final class PairHtml {


    private PairHtml() {
    }

    static void legend(Writer w) throws IOException {
        w.write("<ul class=\"legend\">"
                + "<li><span class=\"exact\">exact</span> the same words in both texts</li>"
                + "<li><span class=\"edited\">edited</span> shared text with small edits; "
                + "<span class=\"edited changed\">changed words</span> stand out</li>"
                + "<li><span class=\"paraphrase\">paraphrase</span> the same sentence in other words; "
                + "<span class=\"paraphrase swapped\">swapped words</span> show their counterpart on hover</li>"
                + "<li><span class=\"meaning\">meaning</span> the same meaning in other words (sentence model); "
                + "<span class=\"summary\">summary</span> one line condensing several sentences</li>"
                + "<li><span class=\"moved moved-start\">moved</span> stands elsewhere in the other text</li>"
                + "<li><span class=\"divergent\">divergent</span> only in this text</li>"
                + "<li><span class=\"boilerplate\">boilerplate</span> page furniture (advertisements, teasers, "
                + "sign-ups, comments, copyright), not part of the story</li></ul>\n");
    }

    /** "2 meaning, 3 summary, " when there are any, else nothing (reports made without meaning stay as they were). */
    private static String meaningCounts(Map<PassageKind, Integer> counts) {
        int m = counts.getOrDefault(PassageKind.MEANING, 0);
        int s = counts.getOrDefault(PassageKind.SUMMARY, 0);
        return m + s == 0 ? "" : m + " meaning, " + s + " summary, ";
    }

    static void pair(Writer w, StoryAnalysis s, PairAlignment p, Map<String, Integer> index) throws IOException {
        Comparison c = s.comparison();
        Optional<Article> a = c.article(p.aId());
        Optional<Article> b = c.article(p.bId());
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Map<PassageKind, Integer> counts = new EnumMap<>(PassageKind.class);
        int moved = 0;
        for (Passage x : p.passages()) {
            counts.merge(x.kind(), 1, Integer::sum);
            moved += x.moved() ? 1 : 0;
        }
        w.write("<section class=\"pair\"><h3>" + HtmlReportWriter.label(c, p.aId()) + " ↔ "
                + HtmlReportWriter.label(c, p.bId()) + "</h3>\n<p class=\"stats\">Similarity "
                + HtmlReportWriter.pct(p.similarity()) + "; " + HtmlReportWriter.pct(p.containmentAInB()) + " of "
                + HtmlReportWriter.label(c, p.aId()) + " is in " + HtmlReportWriter.label(c, p.bId()) + ", "
                + HtmlReportWriter.pct(p.containmentBInA()) + " the other way; passages: "
                + counts.getOrDefault(PassageKind.EXACT, 0) + " exact, " + counts.getOrDefault(PassageKind.EDITED, 0)
                + " edited, " + counts.getOrDefault(PassageKind.PARAPHRASE, 0) + " paraphrase, "
                + meaningCounts(counts) + moved
                + " moved.</p>\n<div class=\"pair-texts\">\n");
        side(w, s, a.get(), b.get(), p, true, index.getOrDefault(p.aId(), 0));
        side(w, s, b.get(), a.get(), p, false, index.getOrDefault(p.bId(), 0));
        w.write("</div></section>\n");
    }

    private static void side(Writer w, StoryAnalysis s, Article own, Article other, PairAlignment p, boolean sideA, int colour)
            throws IOException {
        w.write("<div class=\"side\"><h4><span class=\"swatch\" style=\"background:" + ReportStyles.sourceColour(colour)
                + "\"></span> " + Markup.escape(own.label()) + " <span class=\"meta\">(" + Markup.escape(own.id())
                + ")</span></h4>\n<div class=\"text\">");
        String text = own.text();
        List<StyledRun> runs = BoilerplateOverlay.apply(HighlightSpans.forSide(p, sideA, text, other.text()),
                s.source(own.id()).boilerplate());
        boolean wasMoved = false;
        for (StyledRun r : runs) {
            boolean isMoved = r.has(HighlightSpans.MOVED);
            boolean movedStart = isMoved && !wasMoved;
            wasMoved = isMoved;
            if (r.isPlain()) {
                Markup.escape(w, text, r.span().start(), r.span().end());
                continue;
            }
            java.util.TreeSet<String> classes = new java.util.TreeSet<>(r.classes());
            if (movedStart) {
                classes.add("moved-start");
            }
            w.write("<span class=\"" + Markup.escape(String.join(" ", classes)) + "\"");
            if (r.tooltip() != null) {
                w.write(" title=\"" + Markup.escape(r.tooltip()) + "\"");
            }
            w.write('>');
            Markup.escape(w, text, r.span().start(), r.span().end());
            w.write("</span>");
        }
        w.write("</div></div>\n");
    }
}
