package org.storycompare.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Locale;

/**
 * Escaping for HTML and XHTML. Everything from an article (text, metadata, file names) goes through here,
 * so markup in an article is shown as text and never becomes an element or attribute. Characters XML does not
 * allow (control characters, lone surrogates) become U+FFFD, one for one, so offsets keep their meaning.
 */
final class Markup {

    private Markup() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s, 0, s.length());
        return sb.toString();
    }

    /** Writes s[start, end) escaped, without copying the range first. */
    static void escape(Writer w, String s, int start, int end) throws IOException {
        StringBuilder sb = new StringBuilder(Math.min(end - start, 8192) + 16);
        int i = start;
        while (i < end) {
            int stop = Math.min(end, i + 8192);
            // keep a surrogate pair together across chunk borders
            if (stop < end && Character.isHighSurrogate(s.charAt(stop - 1))) {
                stop++;
            }
            sb.setLength(0);
            appendEscaped(sb, s, i, stop);
            w.write(sb.toString());
            i = stop;
        }
    }

    private static void appendEscaped(StringBuilder sb, String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c) || !xmlChar(c)) {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    private static boolean xmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** The URL when it is a plain http(s) link, else null (javascript:, data:, relative and broken URLs). */
    static String safeLink(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toASCIIString();
            }
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** "1 source", "3 sources": a count with its noun, plural when needed (nouns that take an s). */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
