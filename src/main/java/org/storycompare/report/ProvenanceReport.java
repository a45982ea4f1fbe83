package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.provenance.DateNote;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceLink;

/** The "who copied whom" part of the HTML and Markdown reports (the JSON form is in AnalysisCodec). */
final class ProvenanceReport {

    private ProvenanceReport() {
    }

    /** The HTML section: one row per source with its role, likely source and the evidence. */
    static void html(Writer w, Comparison c, Provenance p) throws IOException {
        Map<String, Article> byId = byId(c);
        w.write("<section id=\"provenance\"><h2>Provenance: who likely copied whom</h2>\n<p class=\"meta\">A guess from"
                + " the texts and dates, not proof: quotations are left out, trusted publication dates order the"
                + " versions, and where dates cannot tell, the wording other versions share is taken as the original."
                + "</p>\n<table class=\"provenance\"><thead><tr><th>Source</th><th>Role</th><th>Likely source</th>"
                + "<th>Reuse</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
        for (Article a : c.articles()) {
            Provenance.Role role = p.roles().get(a.id());
            w.write("<tr><td>" + Markup.escape(a.label()) + "</td><td>" + p.roleText(a.id()) + "</td>");
            ProvenanceLink l = p.sourceOf(a.id()).orElse(null);
            if (l == null) {
                w.write("<td></td><td></td><td></td><td class=\"meta\">" + (p.directionUndetermined(a.id())
                        ? "Other versions share its text, but neither credits, dates nor readings tell which came first."
                        : role == Provenance.Role.ORIGINAL
                        ? "Other versions reuse its text; none is a likelier source of it."
                        : "Shares no substantial text with the others (quotations aside).") + "</td></tr>\n");
                continue;
            }
            w.write("<td>" + Markup.escape(byId.get(l.source()).label()) + "</td><td>" + l.kind() + ", "
                    + percent(l.share()) + "</td><td>" + percent(l.confidence()) + "</td><td><ul>");
            for (String r : l.reasons()) {
                w.write("<li>" + Markup.escape(r) + "</li>");
            }
            w.write("</ul></td></tr>\n");
        }
        w.write("</tbody></table>\n");
        for (DateNote n : p.notes()) {
            w.write("<p class=\"meta\">" + Markup.escape(n.message()) + "</p>\n");
        }
        w.write("</section>\n");
    }

    /** The Markdown section. */
    static String markdown(Comparison c, Provenance p, java.util.function.UnaryOperator<String> esc) {
        Map<String, Article> byId = byId(c);
        StringBuilder sb = new StringBuilder("\n## Provenance (who likely copied whom)\n\n");
        for (Article a : c.articles()) {
            ProvenanceLink l = p.sourceOf(a.id()).orElse(null);
            sb.append("- ").append(esc.apply(a.label())).append(": ");
            if (l == null) {
                sb.append(p.roleText(a.id()));
            } else {
                sb.append(verb(l.kind())).append(' ').append(esc.apply(byId.get(l.source()).label())).append(" (")
                        .append(percent(l.share())).append(" of its words; confidence ").append(percent(l.confidence()))
                        .append(")");
            }
            sb.append('\n');
        }
        for (DateNote n : p.notes()) {
            sb.append("\n").append(esc.apply(n.message())).append('\n');
        }
        return sb.toString();
    }

    private static String verb(String kind) {
        return switch (kind) {
            case "copy" -> "copies";
            case "rewrite" -> "rewrites";
            default -> "reuses part of";
        };
    }

    private static Map<String, Article> byId(Comparison c) {
        Map<String, Article> m = new HashMap<>();
        for (Article a : c.articles()) {
            m.put(a.id(), a);
        }
        return m;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

}
