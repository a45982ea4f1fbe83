package org.storycompare.engine.credits;

import java.util.Objects;
import org.storycompare.engine.model.Span;

/**
 * One credit an article gives: where (part of) its story came from.
 *
 * @param source   the id of the article that gives the credit
 * @param name     the credited outlet, agency, person, organisation or document, as written ("Reuters",
 *                 "The Times", "Channel 4 News")
 * @param kind     what the name is
 * @param cue      the cue in its canonical form: "told", "reported", "according to", "as reported by",
 *                 "as first reported by", "contributed to this report", "reporting by", "source:", "h/t",
 *                 "dateline" (an agency dateline such as {@code LONDON (Reuters) -}) or "copyright"
 * @param range    where the name stands in the article's text
 * @param cueRange where the cue stands (for a dateline, the parenthesised agency with its dash)
 */
public record Attribution(String source, String name, CreditKind kind, String cue, Span range, Span cueRange) {

    /** Cues that credit the whole article rather than one statement in it. */
    public static final java.util.Set<String> WHOLE_STORY_CUES = java.util.Set.of("dateline", "copyright",
            "contributed to this report", "reporting by", "source:", "h/t", "as first reported by");

    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(cueRange, "cueRange");
    }

    /** True when the cue credits the story as a whole (a dateline, a copyright line, a contribution line). */
    public boolean wholeStory() {
        return WHOLE_STORY_CUES.contains(cue);
    }
}
