package org.storycompare.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.storycompare.engine.SourceAnalysis;
import org.storycompare.engine.StoryAnalysis;
import org.storycompare.engine.credits.Attribution;
import org.storycompare.engine.credits.CreditAnalysis;
import org.storycompare.engine.credits.CreditKind;
import org.storycompare.engine.facts.Fact;
import org.storycompare.engine.facts.FactAnalysis;
import org.storycompare.engine.facts.FactKind;
import org.storycompare.engine.facts.FactMention;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.provenance.DateNote;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceLink;
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
public final class AnalysisCodec {

    private AnalysisCodec() {
    }

    // ---- writing ----

    public static void writeQuotes(JsonGenerator g, QuoteAnalysis qa) throws IOException {
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
                g.writeFieldName("range");
                JsonCodec.writeSpan(g, x.span());
                g.writeArrayFieldStart("parts");
                for (Span s : x.parts()) {
                    JsonCodec.writeSpan(g, s);
                }
                g.writeEndArray();
                g.writeStringField("text", x.text());
                g.writeStringField("speaker", x.speaker());
                g.writeFieldName("speakerRange");
                optSpan(g, x.speakerSpan());
                g.writeArrayFieldStart("changes");
                for (QuoteChange c : v.changes()) {
                    g.writeStartObject();
                    g.writeStringField("from", c.from());
                    g.writeStringField("to", c.to());
                    g.writeFieldName("at");
                    JsonCodec.writeSpan(g, c.at());
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

    public static void writeFacts(JsonGenerator g, FactAnalysis fa) throws IOException {
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

    /** Writes the {@code provenance} object of the JSON report (field name included). */
    public static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeObjectFieldStart("roles");
        for (Map.Entry<String, Provenance.Role> e : p.roles().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().name().toLowerCase(Locale.ROOT));
        }
        g.writeEndObject();
        g.writeArrayFieldStart("links");
        for (ProvenanceLink l : p.links()) {
            g.writeStartObject();
            g.writeStringField("source", l.source());
            g.writeStringField("derived", l.derived());
            g.writeStringField("kind", l.kind());
            g.writeNumberField("share", l.share());
            g.writeNumberField("confidence", l.confidence());
            g.writeBooleanField("directed", l.directed());
            g.writeStringField("credit", l.credit());
            g.writeArrayFieldStart("reasons");
            for (String r : l.reasons()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("dateNotes");
        for (DateNote n : p.notes()) {
            g.writeStartObject();
            g.writeStringField("id", n.articleId());
            g.writeStringField("date", n.date().toString());
            g.writeStringField("median", n.median().toString());
            g.writeStringField("message", n.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }


    /** Writes {@code repeats}: one entry per repeated text inside a source, with the ranges of its copies. */
    public static void writeRepeats(JsonGenerator g, StoryAnalysis s) throws IOException {
        g.writeArrayFieldStart("repeats");
        for (SourceAnalysis sa : s.sources().values()) {
            for (List<Span> copies : sa.repeatGroups()) {
                g.writeStartObject();
                g.writeStringField("source", sa.id());
                g.writeArrayFieldStart("ranges");
                for (Span c : copies) {
                    JsonCodec.writeSpan(g, c);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void optSpan(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
        } else {
            JsonCodec.writeSpan(g, s);
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
    public static QuoteAnalysis readQuotes(JsonNode n, Map<String, Integer> lengths) throws JsonFormatException {
        List<QuoteGroup> groups = new ArrayList<>();
        int i = 0;
        for (JsonNode q : JsonCodec.array(n, "quotes")) {
            String where = "quotes[" + i++ + "]";
            List<QuoteVersion> versions = new ArrayList<>();
            int j = 0;
            for (JsonNode v : JsonCodec.array(q.path("versions"), where + ".versions")) {
                String w = where + ".versions[" + j++ + "]";
                String source = source(v, w, lengths);
                int len = lengths.get(source);
                List<Span> parts = new ArrayList<>();
                int k = 0;
                for (JsonNode p : JsonCodec.array(v.path("parts"), w + ".parts")) {
                    parts.add(inText(JsonCodec.span(p, w + ".parts[" + k++ + "]"), len, w + ".parts"));
                }
                if (parts.isEmpty()) {
                    throw new JsonFormatException(w + ".parts: expected at least one range");
                }
                String statusText = JsonCodec.requiredText(v, "status", w);
                QuoteStatus status = QuoteStatus.ofId(statusText);
                if (status == null) {
                    throw new JsonFormatException(w + ".status: unknown status '" + statusText + "'");
                }
                JsonNode sa = v.get("speakerRange");
                Span speakerAt = sa == null || sa.isNull() ? null : inText(JsonCodec.span(sa, w + ".speakerRange"), len,
                        w + ".speakerRange");
                List<QuoteChange> changes = new ArrayList<>();
                k = 0;
                for (JsonNode c : JsonCodec.array(v.path("changes"), w + ".changes")) {
                    String wc = w + ".changes[" + k++ + "]";
                    changes.add(new QuoteChange(JsonCodec.requiredText(c, "from", wc), JsonCodec.requiredText(c, "to", wc),
                            inText(JsonCodec.span(c.path("at"), wc + ".at"), len, wc + ".at")));
                }
                Quote quote = new Quote(source, inText(JsonCodec.span(v.path("range"), w + ".range"), len, w + ".range"), parts,
                        JsonCodec.requiredText(v, "text", w), JsonCodec.optText(v, "speaker", w), speakerAt);
                versions.add(new QuoteVersion(quote, status, changes));
            }
            groups.add(new QuoteGroup(JsonCodec.optText(q, "speaker", where), JsonCodec.requiredText(q, "wording", where),
                    versions, ids(q.path("missing"), where + ".missing", lengths)));
        }
        return new QuoteAnalysis(groups);
    }

    /** Reads {@code facts}; the {@code conflict} flag is derived from the outliers and not read. */
    public static FactAnalysis readFacts(JsonNode n, Map<String, Integer> lengths) throws JsonFormatException {
        List<Fact> facts = new ArrayList<>();
        int i = 0;
        for (JsonNode f : JsonCodec.array(n, "facts")) {
            String where = "facts[" + i++ + "]";
            String kindText = JsonCodec.requiredText(f, "kind", where);
            FactKind kind = FactKind.ofId(kindText);
            if (kind == null) {
                throw new JsonFormatException(where + ".kind: unknown kind '" + kindText + "'");
            }
            List<FactMention> mentions = new ArrayList<>();
            int j = 0;
            for (JsonNode m : JsonCodec.array(f.path("mentions"), where + ".mentions")) {
                String w = where + ".mentions[" + j++ + "]";
                String source = source(m, w, lengths);
                JsonNode at = m.get("at");
                Span span = at == null || at.isNull() ? null
                        : inText(JsonCodec.span(at, w + ".at"), lengths.get(source), w + ".at");
                JsonNode approx = m.get("approximate");
                if (approx != null && !approx.isBoolean()) {
                    throw new JsonFormatException(w + ".approximate: expected true or false");
                }
                mentions.add(new FactMention(source, JsonCodec.requiredText(m, "value", w),
                        JsonCodec.requiredText(m, "text", w), span, approx != null && approx.booleanValue()));
            }
            List<String> keywords = new ArrayList<>();
            for (JsonNode k : JsonCodec.array(f.path("keywords"), where + ".keywords")) {
                if (!k.isTextual()) {
                    throw new JsonFormatException(where + ".keywords: expected strings");
                }
                keywords.add(k.textValue());
            }
            facts.add(new Fact(kind, JsonCodec.requiredText(f, "subject", where), keywords, mentions,
                    ids(f.path("outliers"), where + ".outliers", lengths)));
        }
        return new FactAnalysis(facts);
    }

    private static String source(JsonNode n, String where, Map<String, Integer> lengths) throws JsonFormatException {
        String id = JsonCodec.requiredText(n, "source", where);
        if (!lengths.containsKey(id)) {
            throw new JsonFormatException(where + ": unknown source id '" + id + "'");
        }
        return id;
    }

    private static List<String> ids(JsonNode n, String where, Map<String, Integer> lengths)
            throws JsonFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNode x : JsonCodec.array(n, where)) {
            if (!x.isTextual() || !lengths.containsKey(x.textValue())) {
                throw new JsonFormatException(where + ": unknown source id " + x);
            }
            out.add(x.textValue());
        }
        return out;
    }

    private static Span inText(Span s, int length, String where) throws JsonFormatException {
        if (s.end() > length) {
            throw new JsonFormatException(where + ": range [" + s.start() + ", " + s.end()
                    + "] reaches past the end of its text (" + length + " characters)");
        }
        return s;
    }

    /** Reads {@code provenance}; an absent field reads as no links and no roles. */
    public static Provenance readProvenance(JsonNode n, Map<String, Integer> lengths) throws JsonFormatException {
        Map<String, Provenance.Role> roles = new LinkedHashMap<>();
        List<ProvenanceLink> links = new ArrayList<>();
        List<DateNote> notes = new ArrayList<>();
        if (n == null || n.isMissingNode() || n.isNull()) {
            return new Provenance(roles, links, notes);
        }
        JsonNode r = n.path("roles");
        var fields = r.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            known(e.getKey(), "provenance.roles", lengths);
            try {
                roles.put(e.getKey(), Provenance.Role.valueOf(e.getValue().asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException ex) {
                throw new JsonFormatException("provenance.roles." + e.getKey() + ": unknown role '"
                        + e.getValue().asText() + "'", ex);
            }
        }
        int i = 0;
        for (JsonNode l : JsonCodec.array(n.path("links"), "provenance.links")) {
            String w = "provenance.links[" + i++ + "]";
            links.add(new ProvenanceLink(known(JsonCodec.requiredText(l, "source", w), w + ".source", lengths),
                    known(JsonCodec.requiredText(l, "derived", w), w + ".derived", lengths),
                    l.path("share").asDouble(), JsonCodec.requiredText(l, "kind", w), l.path("confidence").asDouble(),
                    JsonCodec.strings(l.get("reasons"), w + ".reasons"), !l.has("directed") || l.get("directed").asBoolean(),
                    l.hasNonNull("credit") ? l.get("credit").asText() : ""));
        }
        i = 0;
        for (JsonNode d : JsonCodec.array(n.path("dateNotes"), "provenance.dateNotes")) {
            String w = "provenance.dateNotes[" + i++ + "]";
            try {
                notes.add(new DateNote(known(JsonCodec.requiredText(d, "id", w), w + ".id", lengths),
                        java.time.LocalDate.parse(JsonCodec.requiredText(d, "date", w)),
                        java.time.LocalDate.parse(JsonCodec.requiredText(d, "median", w)),
                        JsonCodec.requiredText(d, "message", w)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new JsonFormatException(w + ": not an ISO date", e);
            }
        }
        return new Provenance(roles, links, notes);
    }

    /** Reads {@code repeats} into each source's groups of copies (source id to groups). */
    public static Map<String, List<List<Span>>> readRepeats(JsonNode n, Map<String, Integer> lengths)
            throws JsonFormatException {
        Map<String, List<List<Span>>> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode r : JsonCodec.array(n, "repeats")) {
            String w = "repeats[" + i++ + "]";
            String source = source(r, w, lengths);
            List<Span> copies = new ArrayList<>();
            int k = 0;
            for (JsonNode s : JsonCodec.array(r.path("ranges"), w + ".ranges")) {
                copies.add(inText(JsonCodec.span(s, w + ".ranges[" + k++ + "]"), lengths.get(source), w + ".ranges"));
            }
            out.computeIfAbsent(source, x -> new ArrayList<>()).add(copies);
        }
        return out;
    }

    private static String known(String id, String where, Map<String, Integer> lengths) throws JsonFormatException {
        if (!lengths.containsKey(id)) {
            throw new JsonFormatException(where + ": unknown source id '" + id + "'");
        }
        return id;
    }

    /** Writes {@code attributions}: every credit a source gives, source by source, in text order. */
    public static void writeCredits(JsonGenerator g, CreditAnalysis credits) throws IOException {
        g.writeArrayFieldStart("attributions");
        for (Attribution a : credits.all()) {
            g.writeStartObject();
            g.writeStringField("source", a.source());
            g.writeStringField("name", a.name());
            g.writeStringField("kind", a.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("cue", a.cue());
            g.writeFieldName("range");
            JsonCodec.writeSpan(g, a.range());
            g.writeFieldName("cueRange");
            JsonCodec.writeSpan(g, a.cueRange());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Reads {@code attributions}; absent reads as no credits. */
    public static CreditAnalysis readCredits(JsonNode n, Map<String, Integer> lengths) throws JsonFormatException {
        Map<String, List<Attribution>> bySource = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode a : JsonCodec.array(n, "attributions")) {
            String w = "attributions[" + i++ + "]";
            String source = source(a, w, lengths);
            int len = lengths.get(source);
            CreditKind kind;
            try {
                kind = CreditKind.valueOf(JsonCodec.requiredText(a, "kind", w).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new JsonFormatException(w + ".kind: unknown kind '" + a.path("kind").asText() + "'", e);
            }
            bySource.computeIfAbsent(source, x -> new ArrayList<>()).add(new Attribution(source,
                    JsonCodec.requiredText(a, "name", w), kind, JsonCodec.requiredText(a, "cue", w),
                    inText(JsonCodec.span(a.path("range"), w + ".range"), len, w + ".range"),
                    inText(JsonCodec.span(a.path("cueRange"), w + ".cueRange"), len, w + ".cueRange")));
        }
        return new CreditAnalysis(bySource);
    }
}
