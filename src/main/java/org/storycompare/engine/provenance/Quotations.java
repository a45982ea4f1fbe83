package org.storycompare.engine.provenance;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Span;

/**
 * Finds the sentences that quote someone (double quotation marks, straight or curly, within a paragraph), so
 * that the provenance analysis can leave them out: outlets that quote the same person, with the usual
 * attribution ("..., said the mayor."), are not copying each other. A range runs from the start of the sentence
 * holding the opening mark to the end of the sentence holding the closing one; a mark left open at the end of its line opens nothing.
 */
final class Quotations {

    private Quotations() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1; // an unclosed quotation ends with its line (paragraph)
            } else if (open < 0 && (c == '"' || c == '\u201C' || c == '\u201E')) {
                open = i;
                closer = c == '"' ? '"' : '\u201D';
            } else if (open >= 0 && (c == closer || (closer == '\u201D' && c == '"'))) {
                out.add(new Span(sentenceStart(text, open), sentenceEnd(text, i + 1)));
                open = -1;
            }
        }
        return out;
    }

    private static int sentenceStart(String t, int from) {
        int i = from;
        while (i > 0) {
            char c = t.charAt(i - 1);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < t.length() && Character.isWhitespace(t.charAt(i)))) {
                break;
            }
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String t, int from) {
        int i = from;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                return i + 1;
            }
            if (c == '"' || c == '\u201C') {
                return i; // the next quotation starts: this sentence ended without a full stop
            }
            i++;
        }
        return i;
    }
}
