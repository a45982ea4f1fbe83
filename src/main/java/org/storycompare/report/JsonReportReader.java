package org.storycompare.report;

import org.storycompare.engine.SourceAnalysis;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.provenance.Provenance;

import org.storycompare.json.JsonFormatException;
import org.storycompare.json.AnalysisCodec;
import org.storycompare.json.ArticleCodec;
import org.storycompare.json.JsonCodec;
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
 * {@link JsonFormatException}s that name the place, e.g. {@code pairs[2].passages[0].a: expected [start, end]}.
 */
public final class JsonReportReader {

    public Report read(InputStream in) throws IOException {
        try (JsonParser p = JsonCodec.factory().createParser(in)) {
            return read(p);
        }
    }

    public Report read(Reader in) throws IOException {
        try (JsonParser p = JsonCodec.factory().createParser(in)) {
            return read(p);
        }
    }

    private Report read(JsonParser p) throws IOException {
        try {
            return readDocument(p);
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException("report exceeds a size limit: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        }
    }

    private Report readDocument(JsonParser p) throws IOException {
        ObjectMapper m = JsonCodec.mapper();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonFormatException("not a StoryCompare report: expected a JSON object");
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
        JsonNode provenanceNode = null;
        JsonNode repeatsNode = null;
        JsonNode creditsNode = null;
        Map<String, List<Span>> boilerplate = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "format" -> {
                    format = scalarText(p, t, "format");
                    if (!JsonReportWriter.FORMAT.equals(format)) {
                        throw new JsonFormatException("unsupported report format '" + format
                                + "'; this version reads " + JsonReportWriter.FORMAT);
                    }
                }
                case "generator" -> {
                    JsonNode g = m.readTree(p);
                    app = JsonCodec.optText(g, "app", "generator");
                    version = JsonCodec.optText(g, "version", "generator");
                }
                case "created" -> created = instant(scalarText(p, t, "created"));
                case "settings" -> options = JsonCodec.readOptions(m.readTree(p), "settings");
                case "sources" -> {
                    expectArray(t, "sources");
                    int i = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String where = "sources[" + i++ + "]";
                        JsonNode n = m.readTree(p);
                        Article a = ArticleCodec.readArticle(n, where);
                        boilerplate.put(a.id(), JsonCodec.spans(n.path("boilerplate"), where + ".boilerplate"));
                        List<CoverageSegment> cov = JsonCodec.readCoverage(n.get("coverage"), where + ".coverage");
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
                        pairs.add(JsonCodec.readPair(m.readTree(p), "pairs[" + i++ + "]"));
                    }
                    expectEnd(p, "pairs");
                }
                case "errors" -> {
                    int i = 0;
                    for (JsonNode e : JsonCodec.array(m.readTree(p), "errors")) {
                        String where = "errors[" + i++ + "]";
                        errors.add(new SourceError(JsonCodec.optText(e, "path", where),
                                JsonCodec.optText(e, "message", where)));
                    }
                }
                case "quotes" -> quotesNode = m.readTree(p);
                case "facts" -> factsNode = m.readTree(p);
                case "provenance" -> provenanceNode = m.readTree(p);
                case "repeats" -> repeatsNode = m.readTree(p);
                case "attributions" -> creditsNode = m.readTree(p);
                default -> p.skipChildren();
            }
        }
        if (format == null) {
            throw new JsonFormatException("not a StoryCompare report: no \"format\" field");
        }
        checkReferences(articles, pairs);
        Comparison c = new Comparison(articles, pairs, coverage, options);
        ReportInfo info = new ReportInfo(app == null ? "unknown" : app, version == null ? "unknown" : version,
                created == null ? Instant.EPOCH : created);
        Map<String, Integer> lengths = new HashMap<>();
        for (Article a : articles) {
            lengths.put(a.id(), a.text().length());
        }
        // absent in reports written before they were analysed: read as none found
        QuoteAnalysis quotes = quotesNode == null || quotesNode.isNull() ? null
                : AnalysisCodec.readQuotes(quotesNode, lengths);
        FactAnalysis facts = factsNode == null || factsNode.isNull() ? null : AnalysisCodec.readFacts(factsNode, lengths);
        Provenance provenance = AnalysisCodec.readProvenance(provenanceNode, lengths);
        Map<String, List<List<Span>>> repeats = AnalysisCodec.readRepeats(repeatsNode, lengths);
        Map<String, SourceAnalysis> sources = new HashMap<>();
        for (Article a : articles) {
            List<Span> furniture = boilerplate.getOrDefault(a.id(), List.of());
            for (Span s : furniture) {
                if (s.end() > a.text().length()) {
                    throw new JsonFormatException("sources: a boilerplate range of '" + a.id()
                            + "' reaches past the end of its text");
                }
            }
            sources.put(a.id(), new SourceAnalysis(a.id(), furniture,
                    SourceAnalysis.fromGroups(repeats.getOrDefault(a.id(), List.of()))));
        }
        CreditAnalysis credits = AnalysisCodec.readCredits(creditsNode, lengths);
        return new Report(new StoryAnalysis(c, sources, quotes, facts, credits, provenance), errors, info);
    }

    private static void checkReferences(List<Article> articles, List<PairAlignment> pairs)
            throws JsonFormatException {
        Map<String, Integer> lengths = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) {
                throw new JsonFormatException("sources: id '" + a.id() + "' appears twice");
            }
            lengths.put(a.id(), a.text().length());
        }
        for (int i = 0; i < pairs.size(); i++) {
            PairAlignment pa = pairs.get(i);
            for (String id : List.of(pa.aId(), pa.bId())) {
                if (!lengths.containsKey(id)) {
                    throw new JsonFormatException("pairs[" + i + "]: unknown source id '" + id + "'");
                }
            }
            int la = lengths.get(pa.aId());
            int lb = lengths.get(pa.bId());
            for (var x : pa.passages()) {
                if (x.a().end() > la || x.b().end() > lb) {
                    throw new JsonFormatException("pairs[" + i + "]: a passage reaches past the end of its text");
                }
            }
        }
    }

    private static String scalarText(JsonParser p, JsonToken t, String where) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new JsonFormatException(where + ": expected a string");
        }
        return p.getText();
    }

    private static Instant instant(String s) throws JsonFormatException {
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new JsonFormatException("created: not an ISO instant: " + s, e);
        }
    }

    private static void expectArray(JsonToken t, String where) throws JsonFormatException {
        if (t != JsonToken.START_ARRAY) {
            throw new JsonFormatException(where + ": expected an array");
        }
    }

    private static void expectEnd(JsonParser p, String where) throws JsonFormatException {
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new JsonFormatException(where + ": expected only objects");
        }
    }
}
