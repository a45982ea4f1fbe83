package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storycompare.engine.text.SentenceSplitter;

/**
 * The paraphrase matcher's word tokens and sentences. Abbreviations come from {@code engine.text}
 * ({@link SentenceSplitter#isAbbreviation}), the engine's one list; the token rules and the line-break rule
 * stay the matcher's own (see docs/paraphrase.md, "Sentences and tokens"). Every token and sentence carries
 * exact character offsets into the source text.
 */
final class PText {

    /** A word or number token: [start, end) in the source text, its surface and lower-case key. */
    record Tok(int start, int end, String surface, String key, boolean number) {
    }

    /** A sentence: [start, end) trimmed to its first and last token, and its tokens. */
    record Sentence(int start, int end, List<Tok> tokens) {
    }

    private PText() {
    }

    /** Tokens of text[from, to). Words keep inner apostrophes and hyphens; numbers keep inner , and . */
    static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        scan(text, from, to, out);
        return out;
    }

    /** The number of {@link #tokens} of text[from, to), found without building them. */
    static int count(String text, int from, int to) {
        return scan(text, from, to, null);
    }

    /** Finds the tokens of text[from, to), adds them to out unless it is null, and returns how many there are. */
    private static int scan(String text, int from, int to, List<Tok> out) {
        int count = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            boolean allDigits = Character.isDigit(c);
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    allDigits &= Character.isDigit(d);
                    i++;
                } else if (i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                        && (isJoiner(d) || (allDigits && (d == ',' || d == '.')
                        && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                } else {
                    break;
                }
            }
            count++;
            if (out != null) {
                out.add(tok(text, s, i));
            }
        }
        return count;
    }

    /** The token text[start, end) (bounds as found by {@link #tokens}). */
    static Tok tok(String text, int start, int end) {
        String surface = text.substring(start, end);
        boolean number = Character.isDigit(surface.charAt(0));
        return new Tok(start, end, surface, key(surface, number), number);
    }

    private static boolean isJoiner(char d) {
        return d == '\'' || d == '\u2019' || d == '-' || d == '\u2010';
    }

    static String key(String surface, boolean number) {
        String k = surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2010', '-');
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

    /** Sentences of text[from, to), split at . ! ? (not after common abbreviations or initials) and at newlines. */
    static List<Sentence> sentences(String text, int from, int to) {
        List<Tok> toks = tokens(text, from, to);
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int t = 0; t < toks.size(); t++) {
            boolean last = t == toks.size() - 1;
            if (last || endsSentence(text, toks.get(t), toks.get(t + 1))) {
                List<Tok> st = List.copyOf(toks.subList(first, t + 1));
                out.add(new Sentence(st.get(0).start(), st.get(st.size() - 1).end(), st));
                first = t + 1;
            }
        }
        return out;
    }

    /** Whether a sentence boundary lies in the gap between two consecutive tokens. */
    static boolean endsSentence(String text, Tok tok, Tok next) {
        String gap = text.substring(tok.end(), next.start());
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        int p = -1;
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                p = k;
                break;
            }
        }
        if (p < 0) {
            return false;
        }
        if (gap.charAt(p) == '.' && p == 0) {
            String k = tok.key();
            if (SentenceSplitter.isAbbreviation(k) || (tok.surface().length() == 1 && Character.isUpperCase(tok.surface().charAt(0)))) {
                return false;
            }
        }
        // A boundary needs whitespace after the mark and a sentence-like start (capital, digit or quote).
        boolean space = false;
        for (int k = p + 1; k < gap.length(); k++) {
            space |= Character.isWhitespace(gap.charAt(k));
        }
        char n = next.surface().charAt(0);
        return space && (Character.isUpperCase(n) || Character.isDigit(n) || gap.indexOf('"') > p
                || gap.indexOf('\u201C') > p);
    }
}
