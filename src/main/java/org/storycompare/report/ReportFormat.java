package org.storycompare.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The report formats, and one way to write any of them. */
public enum ReportFormat {
    HTML("html", true), PDF("pdf", false), JSON("json", true), CSV("csv", true), MD("md", true);

    private final String extension;
    private final boolean text;

    ReportFormat(String extension, boolean text) {
        this.extension = extension;
        this.text = text;
    }

    public String extension() {
        return extension;
    }

    /** True for formats that can go to a terminal (all but PDF). */
    public boolean isText() {
        return text;
    }

    /** The format a file name's extension asks for ("report.htm" -> HTML, "notes.markdown" -> MD), or null. */
    public static ReportFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return switch (ext) {
            case "html", "htm" -> HTML;
            case "pdf" -> PDF;
            case "json" -> JSON;
            case "csv" -> CSV;
            case "md", "markdown" -> MD;
            default -> null;
        };
    }

    /** Writes the report in this format as bytes (text formats in UTF-8); the stream is flushed, not closed. */
    public void write(Report report, PairSelection pairs, OutputStream out) throws IOException {
        if (this == PDF) {
            new PdfReportWriter(pairs).write(report, out);
            out.flush();
            return;
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(report, pairs, w);
        w.flush();
    }

    /** Writes a text format; PDF cannot go to a writer. */
    public void write(Report report, PairSelection pairs, Writer w) throws IOException {
        switch (this) {
            case HTML -> new HtmlReportWriter(pairs).write(report, w);
            case JSON -> new JsonReportWriter(true, pairs).write(report, w);
            case CSV -> new CsvReportWriter().write(report, w);
            case MD -> new MarkdownReportWriter().write(report, w);
            case PDF -> throw new IllegalArgumentException("PDF is binary: write it to a file");
        }
        w.flush();
    }
}
