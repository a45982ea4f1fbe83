package org.storycompare.engine.paraphrase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * WordNet's morphology ("morphy", as extjwnl configures it for WordNet 3.1): the lemmas a word form may be an
 * inflection of, for one part of speech. Three steps, whose results are pooled:
 * <ol>
 * <li>the exception list of irregular forms ("went" is "go");</li>
 * <li>detaching an inflectional suffix by the part of speech's rules ("cities" is "city"), keeping a stem that is
 *     a lemma or an irregular form;</li>
 * <li>splitting the form into runs of letters a-z and apostrophes, taking for each run itself, its irregular bases and
 *     its detached stems, and looking up every run of consecutive parts joined by spaces, hyphens or nothing
 *     ("well-known", "u.s." as "us").</li>
 * </ol>
 * The third step grows exponentially with the number of parts; phrases longer than the longest lemma are skipped
 * (they cannot match), and past {@link #PHRASE_BUDGET} look-ups a form gets no further phrases (only crafted forms
 * with dozens of parts get there).
 */
final class BaseForms {

    /** The most phrase look-ups one form may cost in step 3. */
    static final int PHRASE_BUDGET = 20_000;

    private static final String[][] NOUN = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
        {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
    private static final String[][] VERB = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
        {"ing", "e"}, {"ing", ""}};
    private static final String[][] ADJECTIVE = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};
    private static final String[][][] RULES = {NOUN, VERB, ADJECTIVE, {}};
    private static final String[] DELIMITERS = {" ", "-"};

    private final WordNet wn;

    BaseForms(WordNet wn) {
        this.wn = wn;
    }

    /** The candidate lemmas of a form (lower case) for a part of speech, in the order found; may include non-lemmas. */
    List<String> of(int pos, String form) {
        Set<String> out = new LinkedHashSet<>();
        if (form.isEmpty()) {
            return List.of();
        }
        addExceptions(pos, form, out);
        detachSuffixes(pos, form, out);
        phrases(pos, form, out);
        return new ArrayList<>(out);
    }

    private void addExceptions(int pos, String form, Set<String> out) {
        String[] bases = wn.exceptions(pos, form);
        if (bases != null) {
            for (String b : bases) {
                out.add(b);
            }
        }
    }

    private void detachSuffixes(int pos, String form, Set<String> out) {
        for (String[] rule : RULES[pos]) {
            if (form.endsWith(rule[0])) {
                String stem = form.substring(0, form.length() - rule[0].length()) + rule[1];
                if (wn.indexWord(pos, stem) >= 0) {
                    out.add(stem);
                }
                addExceptions(pos, stem, out);
            }
        }
    }

    private void phrases(int pos, String form, Set<String> out) {
        List<String> parts = parts(form);
        int n = parts.size();
        List<List<String>> partForms = new ArrayList<>(n);
        for (String part : parts) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(part);
            addExceptions(pos, part, forms);
            detachSuffixes(pos, part, forms);
            partForms.add(new ArrayList<>(forms));
        }
        int[] budget = {PHRASE_BUDGET};
        for (int len = 1; len <= n; len++) { // shortest first: when the budget runs out, the longest go unlooked
            for (int i = 0; i + len <= n; i++) {
                combinations(pos, partForms, i, i + len - 1, out, budget);
            }
        }
    }

    /** Every choice of one form per part in i..j, joined in every way; the lemmas among them go to out. */
    private void combinations(int pos, List<List<String>> partForms, int i, int j, Set<String> out, int[] budget) {
        int len = j - i + 1;
        int[] choice = new int[len];
        String[] words = new String[len];
        while (budget[0] > 0) {
            int chars = 0;
            for (int k = 0; k < len; k++) {
                words[k] = partForms.get(i + k).get(choice[k]);
                chars += words[k].length();
            }
            if (chars <= wn.maxLemmaLength(pos)) {
                for (String delimiter : DELIMITERS) {
                    joins(pos, words, delimiter, out, budget);
                }
            }
            int k = len - 1;
            while (k >= 0 && choice[k] == partForms.get(i + k).size() - 1) {
                choice[k--] = 0;
            }
            if (k < 0) {
                return;
            }
            choice[k]++;
        }
    }

    /** The words joined with the delimiter or with nothing at each gap (every one of the 2^(n-1) ways). */
    private void joins(int pos, String[] words, String delimiter, Set<String> out, int[] budget) {
        int gaps = words.length - 1;
        if (gaps > 62) {
            return; // 63 one-letter parts and more: longer than any lemma with its delimiters, and past the budget
        }
        StringBuilder sb = new StringBuilder();
        for (long mask = 0; mask < (1L << gaps) && budget[0] > 0; mask++) {
            sb.setLength(0);
            sb.append(words[0]);
            for (int g = 0; g < gaps; g++) {
                if ((mask & (1L << (gaps - 1 - g))) == 0) {
                    sb.append(delimiter);
                }
                sb.append(words[g + 1]);
            }
            budget[0]--;
            String phrase = sb.toString();
            if (wn.indexWord(pos, phrase) >= 0) {
                out.add(phrase);
            }
        }
    }

    /** The runs of letters a-z and apostrophes in a form. */
    static List<String> parts(String form) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= form.length(); i++) {
            char c = i < form.length() ? form.charAt(i) : ' ';
            boolean inPart = (c >= 'a' && c <= 'z') || c == '\'';
            if (inPart && start < 0) {
                start = i;
            } else if (!inPart && start >= 0) {
                parts.add(form.substring(start, i));
                start = -1;
            }
        }
        return parts;
    }
}
