package org.storycompare.engine.quotes;

import java.util.Locale;
import java.util.Set;
import org.storycompare.engine.model.Span;

/** Cleans a capitalised run taken for a speaker's name: leading titles and sentence starters left out. */
final class Names {

    private static final Set<String> TITLES = Set.of("mayor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "station", "commander", "councillor", "chief", "inspector", "professor", "prof", "prof.", "sir", "dame",
            "lord", "lady", "president", "minister", "senator", "sergeant", "officer", "captain", "judge", "deputy",
            "superintendent", "detective", "constable", "governor", "director", "chair", "chairman", "chairwoman",
            "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "at", "in", "on", "by", "but", "and", "when",
            "after", "before", "as", "if", "for", "from", "with", "while", "then", "yet", "so", "since", "it",
            "this", "that", "there", "their", "his", "her", "its", "standing", "speaking", "asked", "until",
            "instead", "still", "later", "now", "yes", "no", "meanwhile", "however", "earlier", "also");

    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "here", "there", "hours", "days", "weeks", "months",
            "years", "today", "yesterday", "tonight");

    private Names() {
    }

    /** The name without leading titles and sentence starters, or null when nothing is left. */
    static Speakers.Found clean(String written, int at) {
        String s = written;
        int offset = at;
        while (true) {
            int sp = s.indexOf(' ');
            String first = (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(first) && !STARTERS.contains(first)) {
                break;
            }
            if (sp < 0) {
                return null;
            }
            int next = sp;
            while (next < s.length() && s.charAt(next) == ' ') {
                next++;
            }
            offset += next;
            s = s.substring(next);
        }
        while (s.endsWith(".") || s.endsWith("-") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Speakers.Found(s, new Span(offset, offset + s.length()));
    }
}
