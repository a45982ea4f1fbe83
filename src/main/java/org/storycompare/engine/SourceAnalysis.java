package org.storycompare.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storycompare.engine.model.Passage;
import org.storycompare.engine.model.PassageKind;
import org.storycompare.engine.model.Span;

/**
 * What the analysis found inside one source, on its own.
 *
 * @param id          the article id
 * @param boilerplate page furniture (advertisement markers, teasers, sign-up prompts, copyright lines, and the
 *                    byline, date and dateline lines the reader recognised), in text order, not overlapping
 * @param repeats     text repeated inside the source: EXACT passages from an earlier copy (span a) to a later
 *                    copy (span b) of the same text
 */
public record SourceAnalysis(String id, List<Span> boilerplate, List<Passage> repeats) {

    public SourceAnalysis {
        Objects.requireNonNull(id, "id");
        boilerplate = List.copyOf(boilerplate);
        repeats = List.copyOf(repeats);
    }

    /**
     * The repeated texts, each as the ranges of all its copies in text order (a paragraph pasted three times is
     * one group of three), groups ordered by their first copy.
     */
    public List<List<Span>> repeatGroups() {
        List<List<Span>> groups = new ArrayList<>();
        for (Passage p : repeats) {
            List<Span> into = null;
            for (List<Span> g : groups) {
                if (g.contains(p.a()) || g.contains(p.b())) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                groups.add(into);
            }
            for (Span s : List.of(p.a(), p.b())) {
                if (!into.contains(s)) {
                    into.add(s);
                }
            }
        }
        List<List<Span>> out = new ArrayList<>();
        for (List<Span> g : groups) {
            g.sort(null);
            out.add(List.copyOf(g));
        }
        out.sort(Comparator.comparing(g -> g.get(0)));
        return List.copyOf(out);
    }

    /** Repeats rebuilt from {@link #repeatGroups()}: an EXACT passage from each group's first copy to every later one. */
    public static List<Passage> fromGroups(List<List<Span>> groups) {
        List<Passage> out = new ArrayList<>();
        for (List<Span> g : groups) {
            for (int i = 1; i < g.size(); i++) {
                out.add(new Passage(PassageKind.EXACT, g.get(0), g.get(i), 1.0, false, List.of(), List.of()));
            }
        }
        return out;
    }
}
