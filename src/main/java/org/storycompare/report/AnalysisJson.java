package org.storycompare.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactKind;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.quotes.Quote;
import org.storycompare.engine.quotes.QuoteAnalysis;
import org.storycompare.engine.quotes.QuoteChange;
import org.storycompare.engine.quotes.QuoteGroup;
import org.storycompare.engine.quotes.QuoteStatus;
import org.storycompare.engine.quotes.QuoteVersion;

/**
 * JSON encoding of the report's {@code quotes} and {@code facts} arrays (docs/report-format.md). Reading checks
 * that every source id is known and every range lies inside its source's text, and names the place of a problem.
 */
final class AnalysisJson {

    private AnalysisJson() {
    }

    // ---- writing ----

    static void writeQuotes(JsonGenerator g, QuoteAnalysis qa) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (QuoteGroup q : qa.groups()) {
            g.writeStartObject();
            g.writeStringField("speaker", q.speaker());
            g.writeStringField("wording", q.wording());
            g.writeArrayFieldStart("versions");
            for (QuoteVersion v : q.versions()) {
                Quote x = v.quote();
                g.writeStartObject();
                g.writeStringField("source", x.articleId());
                g.writeStringField("status", v.status().id());
                g.writeFieldName("at");
                ModelJson.writeSpan(g, x.span());
                g.writeArrayFieldStart("parts");
                for (Span s : x.parts()) {
                    ModelJson.writeSpan(g, s);
                }
                g.writeEndArray();
                g.writeStringField("text", x.text());
                g.writeStringField("speaker", x.speaker());
                g.writeFieldName("speakerAt");
                optSpan(g, x.speakerSpan());
                g.writeArrayFieldStart("changes");
                for (QuoteChange c : v.changes()) {
                    g.writeStartObject();
                    g.writeStringField("from", c.from());
                    g.writeStringField("to", c.to());
                    g.writeFieldName("at");
                    ModelJson.writeSpan(g, c.at());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            stringArray(g, "missing", q.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writeFacts(JsonGenerator g, FactAnalysis fa) throws IOException {
        g.writeArrayFieldStart("facts");
        for (Fact f : fa.facts()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().id());
            g.writeStringField("subject", f.subject());
            stringArray(g, "keywords", f.keywords());
            g.writeBooleanField("conflict", f.conflict());
            g.writeArrayFieldStart("mentions");
            for (FactMention m : f.mentions()) {
                g.writeStartObject();
                g.writeStringField("source", m.articleId());
                g.writeStringField("value", m.value());
                g.writeStringField("text", m.text());
                g.writeFieldName("at");
                optSpan(g, m.at());
                g.writeBooleanField("approximate", m.approximate());
                g.writeEndObject();
            }
            g.writeEndArray();
            stringArray(g, "outliers", f.outliers());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optSpan(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
        } else {
            ModelJson.writeSpan(g, s);
        }
    }

    private static void stringArray(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    // ---- reading ----

    /** Reads {@code quotes}; {@code lengths} maps each source id to its text length. */
    static QuoteAnalysis readQuotes(JsonNode n, Map<String, Integer> lengths) throws ReportFormatException {
        List<QuoteGroup> groups = new ArrayList<>();
        int i = 0;
        for (JsonNode q : ModelJson.array(n, "quotes")) {
            String where = "quotes[" + i++ + "]";
            List<QuoteVersion> versions = new ArrayList<>();
            int j = 0;
            for (JsonNode v : ModelJson.array(q.path("versions"), where + ".versions")) {
                String w = where + ".versions[" + j++ + "]";
                String source = source(v, w, lengths);
                int len = lengths.get(source);
                List<Span> parts = new ArrayList<>();
                int k = 0;
                for (JsonNode p : ModelJson.array(v.path("parts"), w + ".parts")) {
                    parts.add(inText(ModelJson.span(p, w + ".parts[" + k++ + "]"), len, w + ".parts"));
                }
                if (parts.isEmpty()) {
                    throw new ReportFormatException(w + ".parts: expected at least one range");
                }
                String statusText = ModelJson.requiredText(v, "status", w);
                QuoteStatus status = QuoteStatus.ofId(statusText);
                if (status == null) {
                    throw new ReportFormatException(w + ".status: unknown status '" + statusText + "'");
                }
                JsonNode sa = v.get("speakerAt");
                Span speakerAt = sa == null || sa.isNull() ? null : inText(ModelJson.span(sa, w + ".speakerAt"), len,
                        w + ".speakerAt");
                List<QuoteChange> changes = new ArrayList<>();
                k = 0;
                for (JsonNode c : ModelJson.array(v.path("changes"), w + ".changes")) {
                    String wc = w + ".changes[" + k++ + "]";
                    changes.add(new QuoteChange(ModelJson.requiredText(c, "from", wc), ModelJson.requiredText(c, "to", wc),
                            inText(ModelJson.span(c.path("at"), wc + ".at"), len, wc + ".at")));
                }
                Quote quote = new Quote(source, inText(ModelJson.span(v.path("at"), w + ".at"), len, w + ".at"), parts,
                        ModelJson.requiredText(v, "text", w), ModelJson.optText(v, "speaker", w), speakerAt);
                versions.add(new QuoteVersion(quote, status, changes));
            }
            groups.add(new QuoteGroup(ModelJson.optText(q, "speaker", where), ModelJson.requiredText(q, "wording", where),
                    versions, ids(q.path("missing"), where + ".missing", lengths)));
        }
        return new QuoteAnalysis(groups);
    }

    /** Reads {@code facts}; the {@code conflict} flag is derived from the outliers and not read. */
    static FactAnalysis readFacts(JsonNode n, Map<String, Integer> lengths) throws ReportFormatException {
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        for (JsonNode f : ModelJson.array(n, "facts")) {
            String where = "facts[" + i++ + "]";
            String kindText = ModelJson.requiredText(f, "kind", where);
            FactKind kind = FactKind.ofId(kindText);
            if (kind == null) {
                throw new ReportFormatException(where + ".kind: unknown kind '" + kindText + "'");
            }
            List<FactMention> mentions = new ArrayList<>();
            int j = 0;
            for (JsonNode m : ModelJson.array(f.path("mentions"), where + ".mentions")) {
                String w = where + ".mentions[" + j++ + "]";
                String source = source(m, w, lengths);
                JsonNode at = m.get("at");
                Span span = at == null || at.isNull() ? null
                        : inText(ModelJson.span(at, w + ".at"), lengths.get(source), w + ".at");
                JsonNode approx = m.get("approximate");
                if (approx != null && !approx.isBoolean()) {
                    throw new ReportFormatException(w + ".approximate: expected true or false");
                }
                mentions.add(new FactMention(source, ModelJson.requiredText(m, "value", w),
                        ModelJson.requiredText(m, "text", w), span, approx != null && approx.booleanValue()));
            }
            List<String> keywords = new ArrayList<>();
            for (JsonNode k : ModelJson.array(f.path("keywords"), where + ".keywords")) {
                if (!k.isTextual()) {
                    throw new ReportFormatException(where + ".keywords: expected strings");
                }
                keywords.add(k.textValue());
            }
            facts.add(new Fact(kind, ModelJson.requiredText(f, "subject", where), keywords, mentions,
                    ids(f.path("outliers"), where + ".outliers", lengths)));
        }
        return new FactAnalysis(facts);
    }

    private static String source(JsonNode n, String where, Map<String, Integer> lengths) throws ReportFormatException {
        String id = ModelJson.requiredText(n, "source", where);
        if (!lengths.containsKey(id)) {
            throw new ReportFormatException(where + ": unknown source id '" + id + "'");
        }
        return id;
    }

    private static List<String> ids(JsonNode n, String where, Map<String, Integer> lengths)
            throws ReportFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNode x : ModelJson.array(n, where)) {
            if (!x.isTextual() || !lengths.containsKey(x.textValue())) {
                throw new ReportFormatException(where + ": unknown source id " + x);
            }
            out.add(x.textValue());
        }
        return out;
    }

    private static Span inText(Span s, int length, String where) throws ReportFormatException {
        if (s.end() > length) {
            throw new ReportFormatException(where + ": range [" + s.start() + ", " + s.end()
                    + "] reaches past the end of its text (" + length + " characters)");
        }
        return s;
    }
}
