package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of a page the page repeats: the same text (a dozen letters or more, ignoring case) as a line of its
 * own near it or at the top, at the end of a longer line after a breadcrumb's separator, "3 Comments on" or a
 * lower-case word it is glued to ("HomeGuidesThe Title"), or cut short with "..." at the start of another line.
 * The lines are indexed once by their folded text, the texts that follow such a separator and the start of what
 * stands before a "...", so a page of many thousand lines costs a few passes over it.
 */
final class Repeats {

    private static final int KEY = 12;
    /** How many lines cut short with "..." and sharing their first {@link #KEY} characters are looked at. */
    private static final int CUT_BUCKET = 64;
    private static final String SEPARATORS = "»›>/|:–—-·•";

    private final String[] plain;
    /** Line numbers by folded text, ascending. */
    private final Map<String, List<Integer>> same = new HashMap<>();
    /** Line numbers by the folded text after a breadcrumb separator inside them. */
    private final Map<String, List<Integer>> after = new HashMap<>();
    /** Lines ending in "..." by the folded first {@link #KEY} characters of what stands before it. */
    private final Map<String, List<Integer>> cut = new HashMap<>();

    /** {@code plain}: every line's text, spaces and apostrophes evened out. */
    Repeats(String[] plain) {
        this.plain = plain;
        for (int j = 0; j < plain.length; j++) {
            String o = plain[j];
            if (o.length() < KEY) {
                continue;
            }
            String folded = fold(o);
            same.computeIfAbsent(folded, k -> new ArrayList<>()).add(j);
            int last = -1; // the last non-blank character before position p
            for (int p = 1; p <= o.length() - KEY; p++) {
                if (!Character.isWhitespace(o.charAt(p - 1))) {
                    last = p - 1;
                }
                if (last >= 0 && trail(o, p, last)) {
                    after.computeIfAbsent(folded.substring(p), k -> new ArrayList<>()).add(j);
                }
            }
            if (o.endsWith("...") || o.endsWith("…")) {
                String head = cut(o);
                if (head.length() >= KEY) {
                    cut.computeIfAbsent(fold(head.substring(0, KEY)), k -> new ArrayList<>()).add(j);
                }
            }
        }
    }

    /** True when the page repeats line {@code i} (see the class comment). */
    boolean at(int i) {
        String t = plain[i];
        if (t.chars().filter(Character::isLetter).count() < KEY) {
            return false;
        }
        String folded = fold(t);
        // the same line far below is a heading listed in a table of contents; far above, a menu's entry
        List<Integer> equal = same.getOrDefault(folded, List.of());
        for (int k = 0; k < Math.min(3, equal.size()); k++) {
            if (equal.get(k) != i && equal.get(k) < 3) {
                return true;
            }
        }
        int at = Collections.binarySearch(equal, i - 6);
        for (int k = at < 0 ? -at - 1 : at; k < equal.size() && equal.get(k) <= i + 6; k++) {
            if (equal.get(k) != i) {
                return true;
            }
        }
        for (int j : after.getOrDefault(folded, List.of())) {
            if (j != i) {
                return true;
            }
        }
        List<Integer> shortened = cut.getOrDefault(fold(t.substring(0, KEY)), List.of());
        for (int k = 0; k < Math.min(CUT_BUCKET, shortened.size()); k++) {
            int j = shortened.get(k);
            String o = plain[j];
            if (j != i && !endsWith(o, t) && shortened(o, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text of {@code o} before position {@code p} ends the way a breadcrumb, "3 Comments on" or a
     * glued menu word leads into a title; {@code last} is its last non-blank character.
     */
    private static boolean trail(String o, int p, int last) {
        return SEPARATORS.indexOf(o.charAt(last)) >= 0 || last >= 2 && o.startsWith(" on", last - 2)
                || Character.isLowerCase(o.charAt(p - 1)) && Character.isUpperCase(o.codePointAt(p));
    }

    private static boolean endsWith(String o, String t) {
        return o.length() >= t.length() && o.regionMatches(true, o.length() - t.length(), t, 0, t.length());
    }

    /** Each character folded as {@link String#regionMatches(boolean, int, String, int, int)} compares them. */
    private static String fold(String s) {
        char[] k = new char[s.length()];
        for (int x = 0; x < k.length; x++) {
            k[x] = Character.toLowerCase(Character.toUpperCase(s.charAt(x)));
        }
        return new String(k);
    }

    private static String cut(String o) {
        return o.replaceFirst("(?:\\.\\.\\.|…)$", "").strip();
    }

    /** True when {@code o} is {@code t} cut short with "...". */
    private static boolean shortened(String o, String t) {
        String head = cut(o);
        return head.length() >= KEY && head.length() < t.length() && t.regionMatches(true, 0, head, 0, head.length());
    }
}
