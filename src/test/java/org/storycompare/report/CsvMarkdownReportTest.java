package org.storycompare.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.storycompare.testutil.ComparisonFixture;

class CsvMarkdownReportTest {

    /** A small RFC 4180 reader, for checking what a spreadsheet would see. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell.length() + row.size()).as("output ends with CRLF").isZero();
        return rows;
    }

    @Test
    void csvListsEveryPassageWithQuotedSnippets() throws Exception {
        StringWriter w = new StringWriter();
        new CsvReportWriter().write(JsonReportTest.sampleReport(), w);
        List<List<String>> rows = parseCsv(w.toString());
        assertThat(String.join(",", rows.get(0))).isEqualTo(CsvReportWriter.HEADER);
        assertThat(rows).hasSize(4);
        for (List<String> r : rows) {
            assertThat(r).hasSize(11);
        }
        List<String> edited = rows.get(1);
        assertThat(edited.subList(0, 3)).containsExactly("a", "b", "edited");
        assertThat(edited.get(7)).isEqualTo("0.9300");
        assertThat(edited.get(8)).isEqualTo("false");
        assertThat(edited.get(10)).isEqualTo(
                "The council of Brindlewick voted on Tuesday to close the old bridge for urgent repairs.");
        assertThat(Integer.parseInt(edited.get(4)) - Integer.parseInt(edited.get(3))).isEqualTo(
                "The council of Brindlewick voted on Tuesday to close the old bridge for repairs.".length());
        assertThat(rows.get(3).get(8)).isEqualTo("true");
        assertThat(w.toString()).contains("\r\n");
    }

    @Test
    void csvCellsCannotStartAFormula() throws Exception {
        String a = "=HYPERLINK(\"http://x\",\"y\") shared words here, with \"quotes\"\nand a new line";
        String b = "@SUM(1) and -5 degrees; shared words here";
        ComparisonFixture f = new ComparisonFixture().article("=evil", "Out", a).article("+b", "Out", b);
        f.pair("=evil", "+b", 0.4).exact(a, "@SUM(1) and").exact("shared words here", "-5 degrees").done();
        StringWriter w = new StringWriter();
        new CsvReportWriter().write(new Report(ComparisonFixture.analysed(f.build()), null, JsonReportTest.INFO), w);
        List<List<String>> rows = parseCsv(w.toString());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).isEqualTo("'=evil");
        assertThat(rows.get(1).get(1)).isEqualTo("'+b");
        assertThat(rows.get(1).get(9)).startsWith("'=HYPERLINK(\"http://x\"").contains("with \"quotes\" and a new line");
        assertThat(rows.get(1).get(10)).isEqualTo("'@SUM(1) and");
        assertThat(rows.get(2).get(10)).isEqualTo("'-5 degrees");
        for (List<String> r : rows.subList(1, 3)) {
            for (String cell : r) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void markdownSummarisesSourcesPairsAndKinds() throws Exception {
        StringWriter w = new StringWriter();
        new MarkdownReportWriter().write(JsonReportTest.sampleReport(), w);
        String md = w.toString();
        int wordsA = JsonReportTest.sampleReport().comparison().article("a").orElseThrow().wordCount();
        List<String> lines = md.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# StoryCompare summary");
        assertThat(lines).contains("## Sources", "## Most similar pairs", "## Passages by kind",
                "| a | Brindlewick Herald | Title of a | 2024-03-01 | " + wordsA + " |",
                "| Brindlewick Herald | Valley Courier | 72% | 80% | 65% | 2 |",
                "| exact | 1 |", "| edited | 1 |", "| paraphrase | 1 |", "| moved (any kind) | 1 |",
                "- /tmp/broken.pdf: cannot read: damaged file");
        // the hostile outlet name stays text: no HTML tags once rendered
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;Post&lt;/b&gt;");
    }

    @Test
    void markdownEscapesLinksAndTableBreaks() {
        String e = MarkdownReportWriter.esc("[click](javascript:alert(1)) | x\nnext");
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(e));
        assertThat(html).doesNotContain("<a ").contains("[click](javascript:alert(1))");
        assertThat(e).doesNotContain("\n").contains("\\|");
    }
}
