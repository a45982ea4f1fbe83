package org.storycompare.report;

import java.util.Locale;

/** The report's own style sheet and colours; the only CSS a report contains. */
final class ReportStyles {

    private ReportStyles() {
    }

    static final String COMMON = """
            body{color:#1d1d1f;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em} h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
            h3{margin-bottom:.3em} h4{margin:.4em 0}
            table{border-collapse:collapse;margin:.5em 0} th,td{border:1px solid #d0d0d0;padding:.2em .45em;text-align:left;vertical-align:top}
            th{background:#f1f3f5}
            .meta,.stats{color:#555}
            .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle}
            table.matrix td{text-align:center;min-width:2.4em}
            .text{white-space:pre-wrap;border:1px solid #e3e3e3;padding:.6em;background:#fff}
            .meaning,.summary{background:#c3f0e0;border-bottom:2px dotted #007a59}
            .summary{border-bottom-style:double}
            .exact{background:#cfe8ff}
            .edited{background:#fff1b8}
            .changed{background:#ffc078;font-weight:bold;text-decoration:underline}
            .paraphrase{background:#e5dbff}
            .swapped{background:#c5b3ff;font-style:italic}
            .moved{border-bottom:2px dashed #c2255c}
            .divergent{background:#eceff1;color:#6c757d}
            .boilerplate{color:#8a9096;font-style:italic}
            .moved-start::before{content:"\\2195  ";color:#c2255c;font-weight:bold}
            .placeholder{color:#6c757d;font-style:italic}
            table.provenance ul{margin:0;padding-left:1.2em}
            table.provenance td{vertical-align:top}
            ul.legend{list-style:none;padding:0} ul.legend li{margin:.2em 0}
            blockquote.wording{margin:.3em 0 .3em 1em;font-style:italic}
            del{background:#ffe3e3;color:#a61e1e} ins{background:#d3f9d8;color:#1b5e20;font-weight:bold}
            .status-verbatim{color:#2b8a3e;font-weight:bold} .status-altered{color:#d9480f;font-weight:bold}
            .status-missing{color:#6c757d;font-style:italic} .status-conflict{color:#c92a2a;font-weight:bold}
            ul.fact-values{margin:0;padding-left:1.1em} li.outlier{color:#c92a2a}
            """;

    static final String SCREEN = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1400px;padding:0 1.5em}
            .pair-texts{display:flex;gap:1.5em} .side{flex:1;min-width:0}
            .matrix-wrap{overflow-x:auto}
            """;

    static String print(String fontFamily) {
        String font = fontFamily == null ? "sans-serif" : "\"" + fontFamily + "\",sans-serif";
        return """
                @page{size:A4;margin:16mm 14mm 18mm 14mm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font-family:%1$s;font-size:8pt;color:#555}}
                body{font-family:%1$s;font-size:9pt;margin:0}
                table{-fs-table-paginate:paginate;font-size:8.5pt;width:100%%;table-layout:fixed}
                th,td{word-wrap:break-word;overflow-wrap:break-word;-fs-word-wrap:break-word}
                table.sources th:nth-child(1){width:3%%} table.sources th:nth-child(2){width:13%%}
                table.sources th:nth-child(3){width:11%%} table.sources th:nth-child(4){width:20%%}
                table.sources th:nth-child(5){width:11%%} table.sources th:nth-child(6){width:9%%}
                table.sources th:nth-child(7){width:5%%} table.sources th:nth-child(8){width:5%%}
                table.sources th:nth-child(9){width:6%%} table.sources th:nth-child(10){width:17%%}
                table.matrix{font-size:7pt} table.matrix td,table.matrix th{padding:.15em .2em;min-width:0}
                .pair-texts{display:block} .side{display:block;margin-bottom:1em}
                .text{word-wrap:break-word}
                section.pair{page-break-before:always}
                section.pair:first-of-type{page-break-before:auto}
                """.formatted(font);
    }

    /** A distinct colour per source index, as #rrggbb (golden-angle hues). */
    static String sourceColour(int index) {
        double h = (index * 137.508) % 360;
        return hsl(h, 0.6, 0.45);
    }

    /** White to deep red as similarity goes from 0 to 1. */
    static String heat(double v) {
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(248 + (201 - 248) * t);
        int g = (int) Math.round(249 + (42 - 249) * t);
        int b = (int) Math.round(250 + (42 - 250) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    static String heatText(double v) {
        return v > 0.55 ? "#ffffff" : "#1d1d1f";
    }

    private static String hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double r;
        double g;
        double b;
        if (h < 60) { r = c; g = x; b = 0; }
        else if (h < 120) { r = x; g = c; b = 0; }
        else if (h < 180) { r = 0; g = c; b = x; }
        else if (h < 240) { r = 0; g = x; b = c; }
        else if (h < 300) { r = x; g = 0; b = c; }
        else { r = c; g = 0; b = x; }
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round((r + m) * 255),
                (int) Math.round((g + m) * 255), (int) Math.round((b + m) * 255));
    }
}
