package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the paragraphs of a structured document into the body form shared by md, html, pdf and docx:
 * whitespace inside a paragraph collapsed to single spaces, no trailing spaces, paragraphs separated by
 * exactly one blank line. List items are kept one per line, prefixed "- ".
 */
final class Paragraphs {


    private final List<String> blocks = new ArrayList<>();
    private final int maxChars;
    private int chars;
    private boolean truncated;
    private StringBuilder list;

    Paragraphs(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Adds one paragraph; blank text is ignored. */
    Paragraphs add(String text) {
        endList();
        String p = clean(text);
        if (!p.isEmpty()) {
            push(p);
        }
        return this;
    }

    /** Adds one list item; consecutive items form one block, one item per line. */
    Paragraphs item(String text) {
        String p = clean(text);
        if (p.isEmpty()) {
            return this;
        }
        if (list == null) {
            list = new StringBuilder();
        } else {
            list.append('\n');
        }
        list.append("- ").append(p);
        return this;
    }

    /** Ends the current list, if any. */
    Paragraphs endList() {
        if (list != null) {
            String l = list.toString();
            list = null;
            push(l);
        }
        return this;
    }

    boolean isEmpty() {
        return blocks.isEmpty() && list == null;
    }

    List<String> blocks() {
        endList();
        return List.copyOf(blocks);
    }

    /** The body text. */
    String text() {
        endList();
        return String.join("\n\n", blocks);
    }

    /** Whether text was left out because the character limit was reached. */
    boolean truncated() {
        return truncated;
    }

    private void push(String p) {
        if (chars > maxChars) {
            truncated = true;
            return;
        }
        chars += p.length() + 2;
        truncated |= chars > maxChars;
        blocks.add(chars > maxChars ? p.substring(0, Math.max(0, p.length() - (chars - maxChars))) : p);
    }

    /** Collapses all whitespace (including no-break spaces) to single spaces and strips the ends. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString().strip();
    }

    /** The characters of [\s\u00A0\u2007\u202F\u200B] (a loop is much faster than the regular expression). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }
}
