package org.storycompare.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storycompare.engine.model.Span;

/**
 * Reads PolNeAR (real-news/polnear-train): article texts, one brat attribution file per article and the
 * metadata's credit and wire columns. Where several annotators annotated an article, the file with the most
 * attribution relations ({@code E} lines) is used (ties: the first by file name) - the most complete one.
 * brat offsets count Unicode code points; they are converted to Java (UTF-16) offsets here.
 */
final class PolnearCorpus {

    /** One attribution relation: its content fragments and its source span (null when it has none). */
    record Relation(List<Span> content, Span source) {
    }

    /** One article with its gold relations and metadata credit columns ("None"/"NA" become null). */
    record Doc(String name, String text, List<Relation> relations, String credit, String wire, String annotator) {
    }

    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9; ]+)\\t");
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\\t(.*)$");

    private PolnearCorpus() {
    }

    static List<Doc> read(Path dir) throws IOException {
        Map<String, String[]> meta = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fn = header.indexOf("filename");
        int cr = header.indexOf("credit");
        int wi = header.indexOf("wire");
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t", -1);
            if (f.length > Math.max(cr, wi)) {
                meta.put(f[fn], new String[] {none(f[cr]), none(f[wi])});
            }
        }
        Map<String, List<Path>> anns = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".ann")) {
                    anns.computeIfAbsent(n.substring(0, n.lastIndexOf('_')), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, String[]> e : meta.entrySet()) {
            Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
            List<Path> files = anns.getOrDefault(e.getKey(), List.of());
            if (!Files.isRegularFile(txt) || files.isEmpty()) {
                System.out.println("polnear: skipped " + e.getKey() + " (text or annotation missing)");
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            Path best = null;
            int bestCount = -1;
            for (Path f : files) {
                int c = (int) Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(x -> x.startsWith("E"))
                        .count();
                if (c > bestCount) {
                    bestCount = c;
                    best = f;
                }
            }
            String an = best.getFileName().toString();
            docs.add(new Doc(e.getKey(), text, relations(best, text), e.getValue()[0], e.getValue()[1],
                    an.substring(an.lastIndexOf('_') + 1, an.length() - 4)));
        }
        return docs;
    }

    private static String none(String v) {
        String s = v.strip();
        return s.isEmpty() || s.equals("None") || s.equals("NA") ? null : s;
    }

    private static List<Relation> relations(Path ann, String text) throws IOException {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        List<Relation> out = new ArrayList<>();
        List<String> es = new ArrayList<>();
        for (String l : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            Matcher m = T_LINE.matcher(l);
            if (m.find()) {
                List<Span> frags = new ArrayList<>();
                for (String frag : m.group(3).strip().split(";")) {
                    String[] se = frag.strip().split(" ");
                    frags.add(new Span(utf16(text, Integer.parseInt(se[0])), utf16(text, Integer.parseInt(se[1]))));
                }
                spans.put(m.group(1), frags);
            } else if (E_LINE.matcher(l).matches()) {
                es.add(l);
            }
        }
        for (String l : es) {
            List<Span> content = new ArrayList<>();
            Span source = null;
            for (String arg : l.split("\t")[1].split(" ")) {
                int c = arg.indexOf(':');
                if (c < 0) {
                    continue;
                }
                String role = arg.substring(0, c);
                List<Span> s = spans.get(arg.substring(c + 1));
                if (s == null) {
                    continue;
                }
                if (role.startsWith("Content")) {
                    content.addAll(s);
                } else if (role.equals("Source")) {
                    source = new Span(s.get(0).start(), s.get(s.size() - 1).end());
                }
            }
            if (!content.isEmpty()) {
                out.add(new Relation(content, source));
            }
        }
        return out;
    }

    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}
