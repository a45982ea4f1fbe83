package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;

/**
 * What a report says about each source on its own: who it credits (agencies, outlets, people it names as where its
 * story came from), the reader's notes (an uncertain extraction, a cut), the details entered by hand, and the text
 * each source repeats inside itself. HTML and Markdown.
 */
final class SourceNotes {

    /** Longest excerpt of a repeated text shown in a report. */
    static final int EXCERPT = 120;

    private SourceNotes() {
    }

    /** One line per note: "Source: note". */
    static List<String> notes(StoryAnalysis s) {
        List<String> out = new ArrayList<>();
        for (Article a : s.articles()) {
            for (String n : a.meta().notes()) {
                out.add(a.label() + ": " + n);
            }
            if (!a.meta().entered().isEmpty()) {
                out.add(a.label() + ": entered by hand: " + String.join(", ", new TreeSet<>(a.meta().entered())));
            }
        }
        return out;
    }

    /** One line per credit: "Valley Herald credits Reuters (agency; dateline)". */
    static List<String> credits(StoryAnalysis s) {
        List<String> out = new ArrayList<>();
        for (Article a : s.articles()) {
            for (var c : s.credits().of(a.id())) {
                out.add(a.label() + " credits " + c.name() + " (" + c.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + "; “" + c.cueRange().of(a.text()).strip() + "”)");
            }
        }
        return out;
    }

    /** One line per repeated text: "Source repeats “excerpt” 3 times (characters 10–80, 300–370, ...)". */
    static List<String> repeats(StoryAnalysis s) {
        List<String> out = new ArrayList<>();
        for (Article a : s.articles()) {
            for (List<Span> copies : s.source(a.id()).repeatGroups()) {
                StringBuilder where = new StringBuilder();
                for (Span c : copies) {
                    where.append(where.length() == 0 ? "" : ", ").append(c.start()).append('–').append(c.end());
                }
                out.add(a.label() + " repeats “" + excerpt(copies.get(0).of(a.text())) + "” " + copies.size()
                        + " times (characters " + where + ")");
            }
        }
        return out;
    }

    static String excerpt(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT - 1) + "…";
    }

    /** The HTML section: notes and repeats, each line escaped. */
    static void html(Writer w, StoryAnalysis s) throws IOException {
        w.write("<section id=\"repeats\"><h2>Inside each source</h2>\n");
        list(w, "Who credits whom", credits(s), "No source names where its story came from.");
        list(w, "Notes on the sources", notes(s), "No notes: every source was read whole and as found.");
        list(w, "Text repeated inside a source", repeats(s), "No source repeats a passage of its own.");
        w.write("</section>\n");
    }

    private static void list(Writer w, String title, List<String> lines, String none) throws IOException {
        w.write("<h3>" + title + "</h3>\n");
        if (lines.isEmpty()) {
            w.write("<p class=\"meta\">" + none + "</p>\n");
            return;
        }
        w.write("<ul>");
        for (String l : lines) {
            w.write("<li>" + Markup.escape(l) + "</li>");
        }
        w.write("</ul>\n");
    }

    /** The Markdown section, or nothing when there is nothing to say. */
    static String markdown(StoryAnalysis s, UnaryOperator<String> esc) {
        List<String> credits = credits(s);
        List<String> notes = notes(s);
        List<String> repeats = repeats(s);
        if (credits.isEmpty() && notes.isEmpty() && repeats.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n## Inside each source\n\n");
        credits.forEach(c -> sb.append("- ").append(esc.apply(c)).append('\n'));
        notes.forEach(n -> sb.append("- ").append(esc.apply(n)).append('\n'));
        repeats.forEach(r -> sb.append("- ").append(esc.apply(r)).append('\n'));
        return sb.toString();
    }
}
