package org.storycompare.ingest;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML front matter of a Markdown file ({@code ---} ... {@code ---} at the very top), read safely:
 * a size limit, a nesting limit, no alias expansion (an alias gives no value), and no tags other than YAML's standard ones
 * (so {@code !!java.net.URL} or {@code !custom} is refused). Only top-level keys with text, number,
 * list-of-text or {name: ...} values are kept, keyed in lower case.
 */
final class FrontMatter {

    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    private static final List<String> STANDARD = List.of("str", "int", "float", "bool", "null", "timestamp",
            "seq", "map");

    /** The parsed keys and the Markdown that follows the front matter. */
    record Split(Map<String, String> fields, String body) {
    }

    private FrontMatter() {
    }

    /** Splits off and parses the front matter, if the text starts with one. */
    static Split split(String text, int maxBytes) throws ReadException {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new Split(Map.of(), text);
        }
        int pos = 4;
        int close = -1;
        int after = -1;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                close = pos;
                after = end < 0 ? text.length() : end + 1;
                break;
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        if (close < 0) {
            return new Split(Map.of(), text); // a thematic break, not front matter
        }
        String yaml = text.substring(4, close);
        if (yaml.length() > maxBytes) {
            throw new ReadException("the YAML front matter is larger than " + Limits.size(maxBytes));
        }
        return new Split(parse(yaml, maxBytes), text.substring(after));
    }

    static Map<String, String> parse(String yaml, int maxBytes) throws ReadException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(1024, maxBytes));
        options.setNestingDepthLimit(20);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        Map<String, String> out = new LinkedHashMap<>();
        try (YAMLParser p = (YAMLParser) factory.createParser(yaml)) {
            JsonToken t = next(p);
            if (t == null) {
                return out;
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ReadException("the YAML front matter is not a list of \"key: value\" lines");
            }
            while ((t = next(p)) == JsonToken.FIELD_NAME) {
                String key = p.currentName().toLowerCase(Locale.ROOT);
                String value = value(p, next(p));
                if (value != null && !out.containsKey(key)) {
                    out.put(key, value);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ReadException("the YAML front matter is not valid YAML: " + firstLine(e.getMessage()), e);
        }
        return out;
    }

    private static String value(YAMLParser p, JsonToken t) throws IOException, ReadException {
        if (t == null) {
            return null;
        }
        if (t.isScalarValue()) {
            // an alias (*name) gives no value: it is neither expanded nor mistaken for the text "name"
            return t == JsonToken.VALUE_NULL || p.isCurrentAlias() ? null : p.getText();
        }
        if (t == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while ((t = next(p)) != JsonToken.END_ARRAY && t != null) {
                String v = value(p, t);
                if (v != null) {
                    items.add(v);
                }
            }
            return items.isEmpty() ? null : String.join(", ", items);
        }
        if (t == JsonToken.START_OBJECT) {
            String name = null;
            while ((t = next(p)) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String v = value(p, next(p));
                if (name == null && ("name".equalsIgnoreCase(key) || "title".equalsIgnoreCase(key))) {
                    name = v;
                }
            }
            return name;
        }
        return null;
    }

    private static JsonToken next(YAMLParser p) throws IOException, ReadException {
        JsonToken t = p.nextToken();
        String tag = p.getTypeId();
        if (tag != null && !(tag.startsWith(STANDARD_TAG) && STANDARD.contains(tag.substring(STANDARD_TAG.length())))) {
            throw new ReadException("the YAML front matter uses the tag \"" + tag
                    + "\"; custom YAML tags are not allowed");
        }
        return t;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
