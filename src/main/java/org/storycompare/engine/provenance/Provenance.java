package org.storycompare.engine.provenance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who likely copied whom: for every article its role and, when it reuses another's text, the most likely
 * source, with the evidence in words. A guess from the texts and dates, never proof: see docs/engine.md.
 *
 * @param roles  every article id in the comparison's order, with its role
 * @param links  one link per derived article, from its likely source to it, in article order
 * @param notes  publication dates that were set aside (far from the others'), in article order
 */
public record Provenance(Map<String, Role> roles, List<ProvenanceLink> links, List<DateNote> notes) {

    /** What an article is in the story's family tree. */
    public enum Role {
        /** No likely source among the others, and at least one other reuses its text. */
        ORIGINAL,
        /** Reuses another article's text (see its link). */
        DERIVED,
        /** Shares no substantial text with any other (quotes aside). */
        INDEPENDENT
    }

    public Provenance {
        // in the comparison's order, as documented (Map.copyOf's order changes from one JVM run to the next)
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }

    /**
     * True for an ORIGINAL whose every link to the versions sharing its text leaves the direction open (no
     * credit, date or reading tells who copied whom): it is the original or a copy.
     */
    public boolean directionUndetermined(String articleId) {
        List<ProvenanceLink> out = links.stream().filter(l -> l.source().equals(articleId)).toList();
        return roles.get(articleId) == Role.ORIGINAL && !out.isEmpty() && out.stream().noneMatch(ProvenanceLink::directed);
    }

    /** The role in words: "original", "derived", "independent", or "original or copy (direction undetermined)". */
    public String roleText(String articleId) {
        Role role = roles.get(articleId);
        if (role == null) {
            return "not worked out";
        }
        if (directionUndetermined(articleId)) {
            return "original or copy (direction undetermined)";
        }
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The link into {@code articleId}, when it is derived. */
    public Optional<ProvenanceLink> sourceOf(String articleId) {
        return links.stream().filter(l -> l.derived().equals(articleId)).findFirst();
    }
}
