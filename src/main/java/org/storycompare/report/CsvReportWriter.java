package org.storycompare.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.Span;
import org.storycompare.io.SafeText;

/**
 * Writes every shared passage as one CSV row (RFC 4180: comma separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break). Text cells that a spreadsheet would take for a formula (starting
 * with =, +, -, @, tab or carriage return) get a leading apostrophe. Control characters from file names or
 * text (escape sequences, line breaks, direction overrides) are written as visible escapes ({@link SafeText}).
 */
public final class CsvReportWriter {

    /** Longest snippet, in characters, before it is cut with an ellipsis. */
    static final int SNIPPET = 300;

    static final String HEADER = "pair a,pair b,kind,a start,a end,b start,b end,score,moved,snippet a,snippet b";

    public void write(Report report, Writer target) throws IOException {
        Writer w = target instanceof BufferedWriter ? target : new BufferedWriter(target, 1 << 16);
        Comparison c = report.comparison();
        w.write(HEADER);
        w.write("\r\n");
        for (PairAlignment p : c.pairs()) {
            String ta = c.article(p.aId()).map(Article::text).orElse("");
            String tb = c.article(p.bId()).map(Article::text).orElse("");
            for (Passage x : p.passages()) {
                w.write(cell(p.aId()) + ',' + cell(p.bId()) + ',' + x.kind().id() + ',' + x.a().start() + ','
                        + x.a().end() + ',' + x.b().start() + ',' + x.b().end() + ','
                        + String.format(Locale.ROOT, "%.4f", x.score()) + ',' + x.moved() + ','
                        + cell(snippet(ta, x.a())) + ',' + cell(snippet(tb, x.b())));
                w.write("\r\n");
            }
        }
        w.flush();
    }

    static String snippet(String text, Span s) {
        if (s.end() > text.length()) {
            return "";
        }
        String t = s.of(text).replaceAll("\\s+", " ").strip();
        return t.length() > SNIPPET ? t.substring(0, SNIPPET) + "…" : t;
    }

    /** One text cell: guarded against formulas, then quoted if needed. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = SafeText.escape(v);
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
