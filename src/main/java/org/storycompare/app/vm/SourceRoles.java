package org.storycompare.app.vm;

import org.storycompare.engine.StoryAnalysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceLink;

/**
 * Puts each source's place in the family tree (who likely copied whom) on its row of the sources list:
 * "original", "copy of Northgate Press Agency", "partial copy of …", "independent"; empty while unknown.
 */
final class SourceRoles {

    private SourceRoles() {
    }

    /** Sets the role of every row from the analysis; a null analysis (running, or none) clears them. */
    static void apply(List<SourceRow> rows, StoryAnalysis analysis) {
        Provenance p = analysis == null ? null : analysis.provenance();
        Map<String, String> labels = new HashMap<>();
        for (SourceRow row : rows) {
            labels.put(row.id(), row.label());
        }
        for (SourceRow row : rows) {
            row.setRole(p == null || !row.isLoaded() ? "" : role(labels, p, row.id()));
            row.setCredits(analysis == null || !row.isLoaded() ? List.of() : credits(analysis, row.id()));
        }
    }

    /** Whom a source credits: each credited name once, with its kind and first cue, in text order. */
    static List<String> credits(StoryAnalysis analysis, String id) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (var a : analysis.credits().bySource().getOrDefault(id, List.of())) {
            byName.putIfAbsent(a.name(), a.name() + " (" + a.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ", " + a.cue() + ")");
        }
        return List.copyOf(byName.values());
    }

    /** The role of one article, sources named by {@code labels} (article id to label). */
    static String role(Map<String, String> labels, Provenance p, String id) {
        Provenance.Role role = p.roles().get(id);
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ORIGINAL, INDEPENDENT -> p.roleText(id);
            case DERIVED -> p.sourceOf(id).map(link -> describe(labels, link)).orElse("derived");
        };
    }

    private static String describe(Map<String, String> labels, ProvenanceLink link) {
        String source = labels.getOrDefault(link.source(), link.source());
        return ("partial".equals(link.kind()) ? "partial copy of " : "copy of ") + source;
    }
}
