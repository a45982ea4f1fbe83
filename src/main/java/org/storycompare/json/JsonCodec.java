package org.storycompare.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.meaning.MeaningLinker;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.CoverageSegment;
import org.storycompare.engine.model.PairAlignment;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.model.WordChange;
import org.storycompare.engine.model.WordSwap;

/**
 * The one JSON codec of the engine's model records (articles, options, alignments), used by the JSON report and
 * its reader, the article exchange form ({@link ArticleCodec}) and the workspace file; {@link AnalysisCodec} adds
 * the analyses.
 * Writing is streamed through a {@link JsonGenerator}; reading goes through plain {@link JsonNode} trees of one
 * element at a time (no data binding, no polymorphic typing), under {@link #LIMITS}.
 */
public final class JsonCodec {

    /** Size limits for reading: one article text may hold up to 64 M characters. */
    public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxStringLength(64 * 1024 * 1024)
            .maxNestingDepth(64)
            .maxNumberLength(64)
            .maxNameLength(1024)
            .maxDocumentLength(4L * 1024 * 1024 * 1024)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonCodec() {
    }

    /** A factory whose parsers apply {@link #LIMITS}. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A tree-reading mapper on {@link #factory()}; never configured for polymorphic typing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    // ---- writing ----

    public static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeStartArray();
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    public static void writeOptions(JsonGenerator g, CompareOptions o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("minMatchWords", o.minMatchWords());
        g.writeNumberField("bridgeGap", o.bridgeGap());
        g.writeBooleanField("paraphrase", o.paraphrase());
        g.writeNumberField("paraphraseThreshold", o.paraphraseThreshold());
        g.writeBooleanField("ignoreCase", o.ignoreCase());
        g.writeBooleanField("ignorePunctuation", o.ignorePunctuation());
        g.writeBooleanField("ignoreNumbers", o.ignoreNumbers());
        g.writeBooleanField("stemming", o.stemming());
        g.writeBooleanField("meaning", o.meaning());
        g.writeEndObject();
    }

    public static void writeCoverage(JsonGenerator g, List<CoverageSegment> segments) throws IOException {
        if (segments == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (CoverageSegment c : segments) {
            g.writeStartArray();
            g.writeNumber(c.span().start());
            g.writeNumber(c.span().end());
            g.writeNumber(c.sources());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    public static void writePair(JsonGenerator g, PairAlignment p) throws IOException {
        g.writeStartObject();
        g.writeStringField("a", p.aId());
        g.writeStringField("b", p.bId());
        g.writeNumberField("similarity", p.similarity());
        g.writeObjectFieldStart("containment");
        g.writeNumberField("aInB", p.containmentAInB());
        g.writeNumberField("bInA", p.containmentBInA());
        g.writeEndObject();
        g.writeArrayFieldStart("passages");
        for (Passage x : p.passages()) {
            writePassage(g, x, p);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("divergent");
        g.writeArrayFieldStart("a");
        for (Span s : p.divergentA()) {
            writeSpan(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("b");
        for (Span s : p.divergentB()) {
            writeSpan(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writePassage(JsonGenerator g, Passage x, PairAlignment pair) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", x.kind().id());
        g.writeFieldName("a");
        writeSpan(g, x.a());
        g.writeFieldName("b");
        writeSpan(g, x.b());
        g.writeNumberField("score", x.score());
        MeaningLinker.Covers covers = MeaningLinker.covers(x, pair.passages());
        if (covers != null) {
            // a summary line: every sentence it condenses, on the side named by coversSide
            g.writeStringField("coversSide", covers.sideB() ? "b" : "a");
            g.writeArrayFieldStart("covers");
            for (Span s : covers.ranges()) {
                writeSpan(g, s);
            }
            g.writeEndArray();
        }
        g.writeBooleanField("moved", x.moved());
        g.writeArrayFieldStart("changes");
        for (WordChange c : x.changes()) {
            g.writeStartObject();
            g.writeFieldName("a");
            writeSpan(g, c.a());
            g.writeFieldName("b");
            writeSpan(g, c.b());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("swaps");
        for (WordSwap s : x.swaps()) {
            g.writeStartObject();
            g.writeFieldName("a");
            writeSpan(g, s.a());
            g.writeFieldName("b");
            writeSpan(g, s.b());
            g.writeStringField("from", s.from());
            g.writeStringField("to", s.to());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    // ---- reading ----

    /** Reads settings; fields that are missing keep their default, unknown fields are ignored. */
    public static CompareOptions readOptions(JsonNode n, String where) throws JsonFormatException {
        CompareOptions.Builder b = CompareOptions.DEFAULTS.toBuilder();
        if (n == null || n.isNull() || n.isMissingNode()) {
            return b.build();
        }
        if (!n.isObject()) {
            throw new JsonFormatException(where + ": expected an object");
        }
        if (n.has("minMatchWords")) b.minMatchWords(integer(n, "minMatchWords", where));
        if (n.has("bridgeGap")) b.bridgeGap(integer(n, "bridgeGap", where));
        if (n.has("paraphrase")) b.paraphrase(bool(n, "paraphrase", where));
        if (n.has("paraphraseThreshold")) b.paraphraseThreshold(number(n, "paraphraseThreshold", where));
        if (n.has("ignoreCase")) b.ignoreCase(bool(n, "ignoreCase", where));
        if (n.has("ignorePunctuation")) b.ignorePunctuation(bool(n, "ignorePunctuation", where));
        if (n.has("ignoreNumbers")) b.ignoreNumbers(bool(n, "ignoreNumbers", where));
        if (n.has("stemming")) b.stemming(bool(n, "stemming", where));
        if (n.has("meaning")) b.meaning(bool(n, "meaning", where));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(where + ": " + e.getMessage(), e);
        }
    }

    /** Coverage of one source, or null when the field is null or absent. */
    public static List<CoverageSegment> readCoverage(JsonNode n, String where) throws JsonFormatException {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        List<CoverageSegment> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : array(n, where)) {
            String w = where + "[" + i++ + "]";
            if (!c.isArray() || c.size() != 3 || !c.get(2).canConvertToInt()) {
                throw new JsonFormatException(w + ": expected [start, end, sources]");
            }
            out.add(new CoverageSegment(span(c, w), c.get(2).intValue()));
        }
        return out;
    }

    public static PairAlignment readPair(JsonNode n, String where) throws JsonFormatException {
        if (!n.isObject()) {
            throw new JsonFormatException(where + ": expected an object");
        }
        JsonNode cont = n.path("containment");
        List<Passage> passages = new ArrayList<>();
        int i = 0;
        for (JsonNode p : array(n.path("passages"), where + ".passages")) {
            passages.add(readPassage(p, where + ".passages[" + i++ + "]"));
        }
        JsonNode div = n.path("divergent");
        return new PairAlignment(requiredText(n, "a", where), requiredText(n, "b", where),
                unit(n, "similarity", where), unit(cont, "aInB", where + ".containment"),
                unit(cont, "bInA", where + ".containment"), passages,
                spans(div.path("a"), where + ".divergent.a"), spans(div.path("b"), where + ".divergent.b"));
    }

    private static Passage readPassage(JsonNode n, String where) throws JsonFormatException {
        String kindText = requiredText(n, "kind", where);
        PassageKind kind = null;
        for (PassageKind k : PassageKind.values()) {
            if (k.id().equals(kindText)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new JsonFormatException(where + ".kind: unknown kind '" + kindText + "'");
        }
        List<WordChange> changes = new ArrayList<>();
        int i = 0;
        for (JsonNode c : array(n.path("changes"), where + ".changes")) {
            String w = where + ".changes[" + i++ + "]";
            changes.add(new WordChange(span(c.path("a"), w + ".a"), span(c.path("b"), w + ".b")));
        }
        List<WordSwap> swaps = new ArrayList<>();
        i = 0;
        for (JsonNode s : array(n.path("swaps"), where + ".swaps")) {
            String w = where + ".swaps[" + i++ + "]";
            swaps.add(new WordSwap(span(s.path("a"), w + ".a"), span(s.path("b"), w + ".b"),
                    requiredText(s, "from", w), requiredText(s, "to", w), optText(s, "reason", w)));
        }
        return new Passage(kind, span(n.path("a"), where + ".a"), span(n.path("b"), where + ".b"),
                unit(n, "score", where), bool(n, "moved", where), changes, swaps);
    }

    public static Span span(JsonNode n, String where) throws JsonFormatException {
        if (!n.isArray() || n.size() < 2 || !n.get(0).canConvertToInt() || !n.get(1).canConvertToInt()
                || !n.get(0).isIntegralNumber() || !n.get(1).isIntegralNumber()) {
            throw new JsonFormatException(where + ": expected [start, end]");
        }
        int start = n.get(0).intValue();
        int end = n.get(1).intValue();
        if (start < 0 || end < start) {
            throw new JsonFormatException(where + ": bad range [" + start + ", " + end + "]");
        }
        return new Span(start, end);
    }

    /** An array of strings; a missing field counts as empty. */
    public static List<String> strings(JsonNode n, String where) throws JsonFormatException {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(n, where)) {
            if (!s.isTextual()) {
                throw new JsonFormatException(where + ": expected strings");
            }
            out.add(s.textValue());
        }
        return out;
    }

    public static List<Span> spans(JsonNode n, String where) throws JsonFormatException {
        List<Span> out = new ArrayList<>();
        int i = 0;
        for (JsonNode s : array(n, where)) {
            out.add(span(s, where + "[" + i++ + "]"));
        }
        return out;
    }

    /** The elements of an array; a missing field counts as empty. */
    public static Iterable<JsonNode> array(JsonNode n, String where) throws JsonFormatException {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new JsonFormatException(where + ": expected an array");
        }
        return n;
    }

    public static String requiredText(JsonNode n, String field, String where) throws JsonFormatException {
        String s = optText(n, field, where);
        if (s == null) {
            throw new JsonFormatException(where + "." + field + ": missing");
        }
        return s;
    }

    public static String optText(JsonNode n, String field, String where) throws JsonFormatException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new JsonFormatException(where + "." + field + ": expected a string");
        }
        return v.textValue();
    }

    private static int integer(JsonNode n, String field, String where) throws JsonFormatException {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new JsonFormatException(where + "." + field + ": expected a whole number");
        }
        return v.intValue();
    }

    private static double number(JsonNode n, String field, String where) throws JsonFormatException {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new JsonFormatException(where + "." + field + ": expected a number");
        }
        return v.doubleValue();
    }

    private static double unit(JsonNode n, String field, String where) throws JsonFormatException {
        double d = number(n, field, where);
        if (!(d >= 0 && d <= 1)) {
            throw new JsonFormatException(where + "." + field + ": expected a number within 0..1, got " + d);
        }
        return d;
    }

    private static boolean bool(JsonNode n, String field, String where) throws JsonFormatException {
        JsonNode v = n.get(field);
        if (v == null || !v.isBoolean()) {
            throw new JsonFormatException(where + "." + field + ": expected true or false");
        }
        return v.booleanValue();
    }
}
