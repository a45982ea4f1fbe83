package org.storycompare.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.Comparison;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.quotes.QuoteAnalysis;

/**
 * Reads a JSON report back into a {@link Report}: the comparison, the unreadable files, the generator and, when
 * present, the quotes and facts (a report without them reads with null analyses).
 * Streams over the top level and builds a small tree per source or pair. Problems come as
 * {@link ReportFormatException}s that name the place, e.g. {@code pairs[2].passages[0].a: expected [start, end]}.
 */
public final class JsonReportReader {

    public Report read(InputStream in) throws IOException {
        try (JsonParser p = ModelJson.factory().createParser(in)) {
            return read(p);
        }
    }

    public Report read(Reader in) throws IOException {
        try (JsonParser p = ModelJson.factory().createParser(in)) {
            return read(p);
        }
    }

    private Report read(JsonParser p) throws IOException {
        try {
            return readDocument(p);
        } catch (StreamConstraintsException e) {
            throw new ReportFormatException("report exceeds a size limit: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ReportFormatException("not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        }
    }

    private Report readDocument(JsonParser p) throws IOException {
        ObjectMapper m = ModelJson.mapper();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new ReportFormatException("not a StoryCompare report: expected a JSON object");
        }
        String format = null;
        String app = null;
        String version = null;
        Instant created = null;
        CompareOptions options = CompareOptions.DEFAULTS;
        List<Article> articles = new ArrayList<>();
        Map<String, List<CoverageSegment>> coverage = new HashMap<>();
        List<PairAlignment> pairs = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>();
        JsonNode quotesNode = null;
        JsonNode factsNode = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "format" -> {
                    format = scalarText(p, t, "format");
                    if (!JsonReportWriter.FORMAT.equals(format)) {
                        throw new ReportFormatException("unsupported report format '" + format
                                + "'; this version reads " + JsonReportWriter.FORMAT);
                    }
                }
                case "generator" -> {
                    JsonNode g = m.readTree(p);
                    app = ModelJson.optText(g, "app", "generator");
                    version = ModelJson.optText(g, "version", "generator");
                }
                case "created" -> created = instant(scalarText(p, t, "created"));
                case "settings" -> options = ModelJson.readOptions(m.readTree(p), "settings");
                case "sources" -> {
                    expectArray(t, "sources");
                    int i = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String where = "sources[" + i++ + "]";
                        JsonNode n = m.readTree(p);
                        Article a = ModelJson.readArticle(n, where);
                        List<CoverageSegment> cov = ModelJson.readCoverage(n.get("coverage"), where + ".coverage");
                        if (cov != null) {
                            coverage.put(a.id(), cov);
                        }
                        articles.add(a);
                    }
                    expectEnd(p, "sources");
                }
                case "pairs" -> {
                    expectArray(t, "pairs");
                    int i = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        pairs.add(ModelJson.readPair(m.readTree(p), "pairs[" + i++ + "]"));
                    }
                    expectEnd(p, "pairs");
                }
                case "errors" -> {
                    int i = 0;
                    for (JsonNode e : ModelJson.array(m.readTree(p), "errors")) {
                        String where = "errors[" + i++ + "]";
                        errors.add(new SourceError(ModelJson.optText(e, "path", where),
                                ModelJson.optText(e, "message", where)));
                    }
                }
                case "quotes" -> quotesNode = m.readTree(p);
                case "facts" -> factsNode = m.readTree(p);
                default -> p.skipChildren();
            }
        }
        if (format == null) {
            throw new ReportFormatException("not a StoryCompare report: no \"format\" field");
        }
        checkReferences(articles, pairs);
        Comparison c = new Comparison(articles, pairs, coverage, options);
        ReportInfo info = new ReportInfo(app == null ? "unknown" : app, version == null ? "unknown" : version,
                created == null ? Instant.EPOCH : created);
        Map<String, Integer> lengths = new HashMap<>();
        for (Article a : articles) {
            lengths.put(a.id(), a.text().length());
        }
        // absent (a report from before quotes and facts were analysed): null, "not analysed"
        QuoteAnalysis quotes = quotesNode == null || quotesNode.isNull() ? null
                : AnalysisJson.readQuotes(quotesNode, lengths);
        FactAnalysis facts = factsNode == null || factsNode.isNull() ? null : AnalysisJson.readFacts(factsNode, lengths);
        return new Report(c, errors, info, quotes, facts);
    }

    private static void checkReferences(List<Article> articles, List<PairAlignment> pairs)
            throws ReportFormatException {
        Map<String, Integer> lengths = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) {
                throw new ReportFormatException("sources: id '" + a.id() + "' appears twice");
            }
            lengths.put(a.id(), a.text().length());
        }
        for (int i = 0; i < pairs.size(); i++) {
            PairAlignment pa = pairs.get(i);
            for (String id : List.of(pa.aId(), pa.bId())) {
                if (!lengths.containsKey(id)) {
                    throw new ReportFormatException("pairs[" + i + "]: unknown source id '" + id + "'");
                }
            }
            int la = lengths.get(pa.aId());
            int lb = lengths.get(pa.bId());
            for (var x : pa.passages()) {
                if (x.a().end() > la || x.b().end() > lb) {
                    throw new ReportFormatException("pairs[" + i + "]: a passage reaches past the end of its text");
                }
            }
        }
    }

    private static String scalarText(JsonParser p, JsonToken t, String where) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new ReportFormatException(where + ": expected a string");
        }
        return p.getText();
    }

    private static Instant instant(String s) throws ReportFormatException {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new ReportFormatException("created: not an ISO instant: " + s, e);
        }
    }

    private static void expectArray(JsonToken t, String where) throws ReportFormatException {
        if (t != JsonToken.START_ARRAY) {
            throw new ReportFormatException(where + ": expected an array");
        }
    }

    private static void expectEnd(JsonParser p, String where) throws ReportFormatException {
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new ReportFormatException(where + ": expected only objects");
        }
    }
}
