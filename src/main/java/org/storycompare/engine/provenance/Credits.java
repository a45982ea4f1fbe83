package org.storycompare.engine.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storycompare.engine.model.Article;

/**
 * The names each article credits (given by the caller, e.g. from the credits extraction), matched against the
 * other articles' outlets and labels: "Reuters" credits an article of "Reuters" or "Thomson Reuters", "The
 * Times" one of "Times". Names are compared on their words, lower case, without a leading "the"; a credited
 * name matches when all its words stand, in order, in the outlet's name (or the reverse), or when one is the
 * other's initials ("NPA" in a dateline credits the "Northgate Press Agency").
 */
final class Credits {

    private static final Set<String> LINKS = Set.of("of", "the", "and", "for", "de", "&");

    private final List<Article> arts;
    private final Map<String, Set<String>> names;

    Credits(List<Article> arts, Map<String, Set<String>> creditedNames) {
        this.arts = arts;
        this.names = creditedNames;
    }

    /** True when credits were given to the analysis. */
    boolean known() {
        return names != null;
    }

    /** True when article {@code by} credits article {@code credited} (its outlet or label). */
    boolean credits(int by, int credited) {
        if (names == null) {
            return false;
        }
        Set<String> given = names.getOrDefault(arts.get(by).id(), Set.of());
        Article target = arts.get(credited);
        for (String name : given) {
            if (matches(name, target.meta().outlet()) || matches(name, target.label())) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String credited, String outlet) {
        if (credited == null || outlet == null) {
            return false;
        }
        List<String> a = words(credited);
        List<String> b = words(outlet);
        return !a.isEmpty() && !b.isEmpty() && (contains(b, a) || contains(a, b) || initials(credited, b)
                || initials(outlet, a));
    }

    /**
     * True when {@code acronym} (two to six capitals, as written: "NPA") is the initials of {@code name}'s words,
     * linking words left out ("Northgate Press Agency", "Press Trust of India" for PTI).
     */
    static boolean initials(String acronym, List<String> name) {
        String a = acronym.strip();
        if (!a.matches("\\p{Lu}{2,6}") || name.size() < 2) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name) {
            if (!LINKS.contains(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString().equals(a.toLowerCase(Locale.ROOT));
    }

    private static boolean contains(List<String> hay, List<String> needle) {
        return java.util.Collections.indexOfSubList(hay, needle) >= 0;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Words.each(s, (start, end) -> out.add(s.substring(start, end).toLowerCase(Locale.ROOT)));
        if (!out.isEmpty() && out.get(0).equals("the")) {
            out.remove(0);
        }
        return out;
    }
}
