package org.storycompare.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tables of the sample story's answer key (articles/README.md). */
public final class AnswerKey {

    private AnswerKey() {
    }

    /** The sample folder: {@code -Dstorycompare.articles}, else ./articles. */
    public static Path dir() {
        return Path.of(System.getProperty("storycompare.articles", "articles"));
    }

    /**
     * The body rows of the first table under the level-2 heading {@code heading} (e.g. "## Quotes"): one array
     * of trimmed cells a row, without the header row and the rule under it.
     */
    public static List<String[]> table(Path readme, String heading) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                if (in && !rows.isEmpty()) {
                    break;
                }
                in = line.trim().equals(heading);
                continue;
            }
            String t = line.trim();
            if (in && t.startsWith("|")) {
                String[] c = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length()).split("\\|", -1);
                for (int i = 0; i < c.length; i++) {
                    c[i] = c[i].trim();
                }
                rows.add(c);
            } else if (in && !rows.isEmpty()) {
                break;
            }
        }
        return rows.size() <= 2 ? List.of() : List.copyOf(rows.subList(2, rows.size()));
    }
}
