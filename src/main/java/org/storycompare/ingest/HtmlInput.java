package org.storycompare.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Prepares a page for the HTML parser so that parsing stays bounded and can be stopped: tag names longer than
 * any real one are shortened (the parser's time grows badly with them), an XHTML DOCTYPE's internal subset
 * (which the HTML parser would show as text) is removed, and the parser reads through a {@link Reader} that
 * ends with an {@link InterruptedIOException} once the reading thread is interrupted (the parser pulls input
 * in blocks, so it stops within one block).
 */
final class HtmlInput {

    /** Longest tag name kept; real HTML and custom element names are far shorter. */
    static final int MAX_TAG_NAME = 64;

    private HtmlInput() {
    }

    /** The page with over-long tag names shortened and a DOCTYPE internal subset removed. */
    static String bound(String html) {
        String s = withoutInternalSubset(html);
        StringBuilder sb = null;
        int copied = 0;
        int i = s.indexOf('<');
        while (i >= 0 && i < s.length() - 1) {
            int start = i + 1 + (s.charAt(i + 1) == '/' ? 1 : 0);
            int end = start;
            while (end < s.length() && isNameChar(s.charAt(end))) {
                end++;
            }
            if (end - start > MAX_TAG_NAME && start < s.length() && Character.isLetter(s.charAt(start))) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                }
                sb.append(s, copied, start + MAX_TAG_NAME);
                copied = end;
            }
            i = s.indexOf('<', Math.max(end, i + 1));
        }
        return sb == null ? s : sb.append(s, copied, s.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return !(Character.isWhitespace(c) || c == '/' || c == '>' || c == '<');
    }

    /** {@code <!DOCTYPE html ... [ <!ENTITY ...> ]>} becomes {@code <!DOCTYPE html>}. */
    static String withoutInternalSubset(String html) {
        int head = Math.min(html.length(), 4096);
        int d = html.substring(0, head).toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
        if (d < 0) {
            return html;
        }
        int gt = html.indexOf('>', d);
        int open = html.indexOf('[', d);
        if (open < 0 || gt >= 0 && gt < open) {
            return html;
        }
        int close = html.indexOf(']', open);
        int end = close < 0 ? -1 : html.indexOf('>', close);
        if (end < 0) {
            return html;
        }
        return html.substring(0, d) + "<!DOCTYPE html>" + html.substring(end + 1);
    }

    /** A reader of the text that fails once the current thread is interrupted. */
    static Reader interruptible(String text) {
        return new Reader() {
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("reading was stopped");
                }
                if (pos >= text.length()) {
                    return -1;
                }
                int n = Math.min(len, text.length() - pos);
                text.getChars(pos, pos + n, buf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }
}
