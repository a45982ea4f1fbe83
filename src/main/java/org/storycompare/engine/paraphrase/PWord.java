package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storycompare.engine.model.Span;
import org.storycompare.engine.text.SentenceSplitter;
import org.storycompare.engine.text.Tokenizer;

/**
 * A word of the paraphrase matcher: one of engine.text's tokens ({@link Tokenizer#raw()}, exact offsets) that
 * holds a letter or digit, with the matcher's lookup key (lower case, possessive "'s" dropped, number
 * punctuation folded: "1,250.50" -> "1250.5"). Sentences are engine.text's ({@link SentenceSplitter}); the
 * matcher has no tokenizer or splitter of its own.
 *
 * @param start  offset of the first character
 * @param end    offset just past the last character
 * @param number true when the word starts with a digit
 */
record PWord(int start, int end, String surface, String key, boolean number) {

    private static final Tokenizer TOKENIZER = Tokenizer.raw();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** The word text[start, end) (bounds as the tokenizer found them). */
    static PWord of(String text, int start, int end) {
        String surface = text.substring(start, end);
        boolean number = Character.isDigit(surface.charAt(0));
        return new PWord(start, end, surface, key(surface, number), number);
    }

    /** The words of text[from, to), offsets into text. */
    static List<PWord> words(String text, int from, int to) {
        String part = from == 0 && to == text.length() ? text : text.substring(from, to);
        List<PWord> out = new ArrayList<>(Math.max(8, part.length() / 5));
        TOKENIZER.scan(part, (s, e, word, norm, lower) -> {
            if (word) {
                out.add(of(text, s + from, e + from));
            }
        });
        return out;
    }

    /** The number of {@link #words} of text[from, to). */
    static int count(String text, int from, int to) {
        int[] n = {0};
        TOKENIZER.scan(text.substring(from, to), (s, e, word, norm, lower) -> n[0] += word ? 1 : 0);
        return n[0];
    }

    /** The sentences of text[from, to) (engine.text's splitter on that range), each as its words; none empty. */
    static List<List<PWord>> sentences(String text, int from, int to) {
        List<PWord> words = words(text, from, to);
        String part = from == 0 && to == text.length() ? text : text.substring(from, to);
        int[] first = sentenceStarts(words, SPLITTER.split(part), from);
        List<List<PWord>> out = new ArrayList<>(first.length);
        for (int s = 0; s + 1 < first.length; s++) {
            out.add(List.copyOf(words.subList(first[s], first[s + 1])));
        }
        return out;
    }

    /** The sentence spans of a whole text. */
    static List<Span> sentenceSpans(String text) {
        return SPLITTER.split(text);
    }

    /**
     * The index of the first word of each sentence that holds a word, then the word count: sentence k is words
     * [first[k], first[k + 1]). Spans are offsets into the text less {@code shift}; every word lies in a span.
     */
    static int[] sentenceStarts(List<PWord> words, List<Span> spans, int shift) {
        int[] first = new int[words.size() + 1];
        int count = 0;
        int span = -1;
        for (int t = 0; t < words.size(); t++) {
            int start = words.get(t).start() - shift;
            int s = span;
            while (s + 1 < spans.size() && spans.get(s + 1).start() <= start) {
                s++;
            }
            if (t == 0 || s != span) {
                first[count++] = t;
            }
            span = s;
        }
        first[count] = words.size();
        return java.util.Arrays.copyOf(first, count + 1);
    }

    /** The lookup key of a word as written. */
    static String key(String surface, boolean number) {
        String k = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'')
                .replace('\u2010', '-').replace('\u2011', '-');
        if (number) {
            k = k.replace(",", "");
            if (k.contains(".")) {
                k = k.replaceAll("\\.?0+$", "");
            }
        } else if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        } else if (k.endsWith("'")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
