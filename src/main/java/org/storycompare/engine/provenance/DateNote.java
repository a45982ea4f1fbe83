package org.storycompare.engine.provenance;

import java.time.LocalDate;

/**
 * A publication date the provenance analysis did not trust, e.g. a year away from every other version.
 *
 * @param median the median date of the articles that have one
 */
public record DateNote(String articleId, LocalDate date, LocalDate median, String message) {
}
