package org.storycompare.io;

/**
 * Text from files (names, messages quoting them, snippets) made safe to print: control characters
 * (C0 including line breaks and tabs, DEL, C1) and the invisible direction overrides that can reorder what a
 * terminal or spreadsheet shows are written as visible escapes ({@code \x1B}, {@code \u202E}), so a file
 * named with a terminal escape sequence cannot move the cursor, change colours or hide part of a line.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The text with every control or direction-override character replaced by a visible escape; null stays null. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02X", (int) c));
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    /** A control character, or a bidirectional mark, embedding, override or isolate. */
    static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
