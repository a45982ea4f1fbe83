package org.storycompare.report;

import org.storycompare.json.AnalysisCodec;
import org.storycompare.json.ArticleCodec;
import org.storycompare.json.JsonCodec;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
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

    /** Reports of more sources than this are written compact (no indentation), whatever was asked. */
    public static final int PRETTY_UP_TO = 200;

    private final boolean pretty;
    private final PairSelection pairs;

    public JsonReportWriter() {
        this(true);
    }

    public JsonReportWriter(boolean pretty) {
        this(pretty, 0);
    }

    /**
     * A writer that lists the pairs {@link PairSelection#listed} chooses (similar enough, and each source's most
     * similar past {@value PairSelection#AUTO_ALL_UP_TO} sources unless told otherwise) and says how many it left
     * out ("pairsOmitted"); sources, their coverage and the errors are always written in full.
     */
    public JsonReportWriter(boolean pretty, PairSelection pairs) {
        this.pretty = pretty;
        this.pairs = pairs;
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
        this.pairs = PairSelection.ALL.withMinSimilarity(minSimilarity);
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
        Comparison c = report.comparison();
        if (pretty && c.articles().size() <= PRETTY_UP_TO) {
            g.useDefaultPrettyPrinter();
        }
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
        List<PairAlignment> listed = pairs.listed(c);
        for (PairAlignment p : listed) {
            JsonCodec.writePair(g, p);
        }
        g.writeEndArray();
        int perSource = pairs.perSourceFor(c.articles().size());
        if (pairs.minSimilarity() > 0 || perSource != Integer.MAX_VALUE) {
            g.writeObjectFieldStart("pairsOmitted");
            g.writeNumberField("minSimilarity", pairs.minSimilarity());
            if (perSource != Integer.MAX_VALUE) {
                g.writeNumberField("perSource", perSource);
            }
            g.writeNumberField("count", c.pairs().size() - listed.size());
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
