package org.storycompare.engine.quotes;

import java.util.ArrayList;
import java.util.List;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.Normaliser;
import org.storycompare.engine.text.Token;
import org.storycompare.engine.text.Tokenizer;

/**
 * Finds the direct quotations of an article with exact offsets. A quote is text between double quotation
 * marks, straight ({@code "}) or curly ({@code “ ”}), inside one paragraph (paragraphs are separated by a blank
 * line). A quote left open at the end of a paragraph goes on when the next paragraph opens with a quotation
 * mark (the reopening-quote convention); otherwise it is dropped. Quotes of fewer than {@value #MIN_WORDS}
 * words (scare quotes such as "in better shape") are ignored. Single quotation marks are not quotes.
 * Each quote gets a speaker from {@link Speakers}. Thread-safe.
 */
public final class QuoteExtractor {

    /** Fewest words a quotation needs to count as a quote. */
    public static final int MIN_WORDS = 4;

    static final Tokenizer WORDS = new Tokenizer(
            Normaliser.unicodeFold().andThen(Normaliser.caseFold()).andThen(Normaliser.stripPunctuation()));

    /** The quotes of the article, in text order. */
    public List<Quote> extract(Article article) {
        String text = article.text();
        String plain = plainSpaces(text);
        List<Span> paragraphs = paragraphs(text);
        List<Quote> out = new ArrayList<>();
        List<Span> pending = new ArrayList<>();
        int pendingParagraph = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span para = paragraphs.get(p);
            int open = -1;
            if (!pending.isEmpty() && !opensWithMark(text, para)) {
                pending.clear();
            }
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                boolean curlyOpen = c == '\u201C';
                boolean curlyClose = c == '\u201D';
                boolean straight = c == '"';
                if (open < 0 && (curlyOpen || straight && opensAt(text, i, para.start()))) {
                    open = i;
                    if (pending.isEmpty()) {
                        pendingParagraph = p;
                    }
                } else if (open >= 0 && (curlyClose || straight)) {
                    pending.add(Span.trimmed(text, open + 1, i));
                    addQuote(article, plain, pending, paragraphs, pendingParagraph, p, i + 1, out);
                    pending.clear();
                    open = -1;
                } else if (open >= 0 && curlyOpen) {
                    open = i; // a stray opening mark: start again from it
                }
            }
            if (open >= 0) {
                pending.add(Span.trimmed(text, open + 1, para.end()));
            }
        }
        return out;
    }

    private static void addQuote(Article article, String plain, List<Span> parts, List<Span> paragraphs, int first, int last,
                                 int afterClose, List<Quote> out) {
        String text = article.text();
        List<Span> kept = parts.stream().filter(s -> !s.isEmpty()).toList();
        if (kept.isEmpty()) {
            return;
        }
        int words = 0;
        StringBuilder joined = new StringBuilder();
        for (Span s : kept) {
            words += WORDS.tokenize(s.of(text)).size();
            joined.append(joined.length() == 0 ? "" : " ").append(s.of(text));
        }
        if (words < MIN_WORDS) {
            return;
        }
        Span span = new Span(kept.get(0).start(), kept.get(kept.size() - 1).end());
        Quote q = new Quote(article.id(), span, kept, joined.toString(), null, null);
        Speakers.Found who = Speakers.find(plain, q, paragraphs, first, last, afterClose, out);
        out.add(who == null ? q : q.withSpeaker(who.name(), who.at()));
    }

    /** The text with no-break and other wide spaces as plain spaces (same length), so that cues match across them. */
    static String plainSpaces(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\u00A0' || c[i] >= '\u2000' && c[i] <= '\u200A' || c[i] == '\u202F' || c[i] == '\u205F') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** The normalised words of a quote with their offsets in the article's text. */
    static List<Token> words(String text, Quote q) {
        List<Token> out = new ArrayList<>();
        for (Span part : q.parts()) {
            for (Token t : WORDS.tokenize(part.of(text))) {
                out.add(new Token(t.start() + part.start(), t.end() + part.start(), t.original(), t.normalised()));
            }
        }
        return out;
    }

    /** A straight mark opens a quote at the paragraph start or after space or opening punctuation. */
    private static boolean opensAt(String text, int i, int paraStart) {
        if (i == paraStart) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{\u2014\u2013-:,".indexOf(prev) >= 0;
    }

    private static boolean opensWithMark(String text, Span para) {
        char c = text.charAt(para.start());
        return c == '"' || c == '\u201C';
    }

    /** Paragraphs: runs of text between blank lines, trimmed, never empty. */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '\n') {
                int j = i + 1;
                while (j < n && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    addParagraph(text, start, i, out);
                    while (j < n && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        addParagraph(text, start, n, out);
        return out;
    }

    private static void addParagraph(String text, int start, int end, List<Span> out) {
        Span s = Span.trimmed(text, start, end);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
