package org.storycompare.report;

import org.storycompare.json.AnalysisCodec;
import org.storycompare.json.ArticleCodec;
import org.storycompare.json.JsonCodec;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.PairAlignment;

/**
 * Writes the JSON report ({@value #FORMAT}, described in docs/report-format.md) through a streaming
 * generator: one source or pair at a time, never the whole document as a tree.
 */
public final class JsonReportWriter {

    /** The value of the top-level "format" field. */
    public static final String FORMAT = "storycompare-report/1";

    private final boolean pretty;
    private final double minSimilarity;

    public JsonReportWriter() {
        this(true);
    }

    public JsonReportWriter(boolean pretty) {
        this(pretty, 0);
    }

    /**
     * A writer that leaves out pairs less similar than {@code minSimilarity} (0 writes every pair) and says
     * how many it left out ("pairsOmitted"); sources, their coverage and the errors are always written in full.
     */
    public JsonReportWriter(boolean pretty, double minSimilarity) {
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("the least similarity must be between 0 and 1, not " + minSimilarity);
        }
        this.pretty = pretty;
        this.minSimilarity = minSimilarity;
    }

    /** Writes UTF-8 JSON; the stream is flushed, not closed. */
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(report, g);
        }
    }

    /** Writes JSON text; the writer is flushed, not closed. */
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(report, g);
        }
    }

    private void write(Report report, JsonGenerator g) throws IOException {
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        Comparison c = report.comparison();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeObjectFieldStart("generator");
        g.writeStringField("app", report.info().app());
        g.writeStringField("version", report.info().version());
        g.writeEndObject();
        g.writeStringField("created", report.info().created().toString());
        g.writeFieldName("settings");
        JsonCodec.writeOptions(g, c.options());
        g.writeArrayFieldStart("sources");
        for (Article a : c.articles()) {
            g.writeStartObject();
            ArticleCodec.writeArticleFields(g, a);
            g.writeFieldName("coverage");
            JsonCodec.writeCoverage(g, c.coverage().get(a.id()));
            g.writeArrayFieldStart("boilerplate");
            for (Span s : report.analysis().source(a.id()).boilerplate()) {
                JsonCodec.writeSpan(g, s);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pairs");
        int omitted = 0;
        for (PairAlignment p : c.pairs()) {
            if (p.similarity() >= minSimilarity) {
                JsonCodec.writePair(g, p);
            } else {
                omitted++;
            }
        }
        g.writeEndArray();
        if (minSimilarity > 0) {
            g.writeObjectFieldStart("pairsOmitted");
            g.writeNumberField("minSimilarity", minSimilarity);
            g.writeNumberField("count", omitted);
            g.writeEndObject();
        }
        AnalysisCodec.writeProvenance(g, report.provenance());
        AnalysisCodec.writeQuotes(g, report.quotes());
        AnalysisCodec.writeFacts(g, report.facts());
        AnalysisCodec.writeRepeats(g, report.analysis());
        AnalysisCodec.writeCredits(g, report.analysis().credits());
        g.writeArrayFieldStart("errors");
        for (SourceError e : report.errors()) {
            g.writeStartObject();
            g.writeStringField("path", e.path());
            g.writeStringField("message", e.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }
}
