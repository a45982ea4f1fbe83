package org.storycompare.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Case-insensitive plain-text search used by the find bar. */
public final class TextSearch {

    private TextSearch() {
    }

    /** Start offsets of every non-overlapping occurrence of {@code query} in {@code text}, ignoring case. */
    public static List<Integer> findAll(String text, String query) {
        List<Integer> hits = new ArrayList<>();
        if (query == null || query.isEmpty() || text == null) {
            return hits;
        }
        String t = text.toLowerCase(Locale.ROOT);
        String q = query.toLowerCase(Locale.ROOT);
        if (t.length() != text.length()) { // lower-casing changed lengths: fall back to region matching
            for (int i = 0; i + query.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, query, 0, query.length())) {
                    hits.add(i);
                    i += query.length() - 1;
                }
            }
            return hits;
        }
        int i = t.indexOf(q);
        while (i >= 0) {
            hits.add(i);
            i = t.indexOf(q, i + q.length());
        }
        return hits;
    }

    /** Index into {@code hits} of the first hit at or after {@code offset}, wrapping to 0; -1 when none. */
    public static int nextFrom(List<Integer> hits, int offset) {
        if (hits.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i) >= offset) {
                return i;
            }
        }
        return 0;
    }
}
