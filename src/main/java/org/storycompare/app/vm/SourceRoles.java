package org.storycompare.app.vm;

import java.util.List;
import java.util.Optional;
import org.storycompare.engine.provenance.Provenance;
import org.storycompare.engine.provenance.ProvenanceLink;

/**
 * Puts each source's place in the family tree (who likely copied whom) on its row of the sources list:
 * "original", "copy of Northgate Press Agency", "partial copy of …", "independent"; empty while unknown.
 */
final class SourceRoles {

    private SourceRoles() {
    }

    /** Sets the role of every row from {@code p}; a null analysis (running, or no comparison) clears them. */
    static void apply(List<SourceRow> rows, Provenance p) {
        for (SourceRow row : rows) {
            row.setRole(p == null || !row.isLoaded() ? "" : role(rows, p, row.id()));
        }
    }

    static String role(List<SourceRow> rows, Provenance p, String id) {
        Provenance.Role role = p.roles().get(id);
        if (role == null) {
            return "";
        }
        return switch (role) {
            case ORIGINAL -> "original";
            case INDEPENDENT -> "independent";
            case DERIVED -> p.sourceOf(id).map(link -> describe(rows, link)).orElse("derived");
        };
    }

    private static String describe(List<SourceRow> rows, ProvenanceLink link) {
        String source = label(rows, link.source()).orElse(link.source());
        return ("partial".equals(link.kind()) ? "partial copy of " : "copy of ") + source;
    }

    private static Optional<String> label(List<SourceRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).map(SourceRow::label).findFirst();
    }
}
