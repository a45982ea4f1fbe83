package org.storycompare.engine.model;

import java.util.Objects;

/**
 * One source: the body text exactly as shown and analysed, plus its metadata.
 * Every character offset in the engine's results indexes into {@link #text()} (UTF-16 indexes).
 */
public record Article(String id, String text, ArticleMeta meta) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        meta = meta == null ? ArticleMeta.EMPTY : meta;
    }

    /** Number of whitespace-separated words in the body. */
    public int wordCount() {
        return countWords(text);
    }

    /** Outlet if known, else the title, else the id: a label for lists and reports. */
    public String label() {
        if (meta.outlet() != null && !meta.outlet().isBlank()) {
            return meta.outlet();
        }
        if (meta.title() != null && !meta.title().isBlank()) {
            return meta.title();
        }
        return id;
    }

    public static int countWords(CharSequence s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !inWord) {
                n++;
            }
            inWord = !ws;
        }
        return n;
    }
}
