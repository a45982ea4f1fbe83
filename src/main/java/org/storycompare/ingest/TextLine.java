package org.storycompare.ingest;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Span;

/**
 * One non-blank line of a plain text: where its content starts and ends in the text (white space and a
 * leading list bullet left out of {@code content}, but the bullet kept inside the span), and its content.
 *
 * @param index   position among the non-blank lines
 * @param bullet  the line starts with a list bullet or an item number ("•", "-", "1.")
 */
record TextLine(int index, int start, int end, String content, boolean bullet) {

    private static final String BULLETS = "•·▪◦‣□☆★○●■-*–+";

    /** The non-blank lines of {@code text}. */
    static List<TextLine> split(String text) {
        List<TextLine> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            Span line = Span.trimmed(text, pos, end);
            int s = line.start();
            int e = line.end();
            if (s < e) {
                int c = s;
                boolean bullet = false;
                if (BULLETS.indexOf(text.charAt(c)) >= 0 && c + 1 < e && Character.isWhitespace(text.charAt(c + 1))) {
                    bullet = true;
                    c += 2;
                } else {
                    int d = c;
                    while (d < e && d - c < 3 && Character.isDigit(text.charAt(d))) {
                        d++;
                    }
                    if (d > c && d + 1 < e && text.charAt(d) == '.' && text.charAt(d + 1) == ' ') {
                        bullet = true;
                        c = d + 2;
                    }
                }
                while (c < e && Character.isWhitespace(text.charAt(c))) {
                    c++;
                }
                out.add(new TextLine(out.size(), s, e, text.substring(c, e), bullet));
            }
            pos = end + 1;
        }
        return out;
    }

    Span span() {
        return new Span(start, end);
    }

    int words() {
        return words(content);
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** A line of running prose: a dozen words or more, written as sentences. */
    boolean prose() {
        if (words() < 12) {
            return false;
        }
        char last = content.charAt(content.length() - 1);
        // a question of a dozen words may well be a headline; a longer one, or a statement, is prose
        // a closing bracket ends titles ("Ten Tips (And One Warning)") more often than sentences, which put a
        // period inside or after it
        return ".!:;\"”’…".indexOf(last) >= 0 || last == ')' && (words() >= 25 || content.contains(". "))
                || words() >= 20 && (last == '?' || content.contains(". "));
    }
}
