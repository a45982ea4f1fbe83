package org.storycompare.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The site's name as a page copied whole gives it: the logo's text on one of the first lines ("Example Times",
 * after "Skip to content"). Such a line is taken only when the text names it again, written the same way, in
 * the middle of two longer lines ("Subscribe to Example Times", "© 2024 Example Times"), and when it is written
 * like a name (two words or more, or a brand's inner capital), so a menu's entry is not mistaken for it.
 */
final class SiteName {

    /** How many lines from the top (after "Skip to ..." links) the name may stand on. */
    private static final int LEAD = 8;
    /** Menu entries that pages name in their sentences too. */
    private static final Pattern NAV = Pattern.compile("(?i)home|news|blog|about(?: us)?|menu|search|shop|store"
            + "|contact(?: us)?|log ?in|sign (?:in|up)|subscribe|more|topics|sections|latest|popular|videos?|podcasts?"
            + "|events|resources|services|products|solutions|features|opinion|sports?|business|technology|health"
            + "|politics|world|travel|food|life|lifestyle|culture|science|careers|support|help|pricing|guides?");

    private SiteName() {
    }

    /** The site's name from the first lines above the headline (index {@code headline}, -1 if none), or null. */
    static String leading(List<TextLine> lines, int headline) {
        int seen = 0;
        for (TextLine l : lines) {
            String c = l.content();
            if (seen >= LEAD || l.index() == headline) {
                break;
            }
            if (c.regionMatches(true, 0, "skip to", 0, 7)) {
                continue;
            }
            seen++;
            if (TextLine.words(c) <= 5 && c.chars().filter(Character::isLetter).count() >= 3
                    && LineForms.outletLike(c) && !NAV.matcher(c).matches() && brandLike(c)
                    && namedAgain(lines, l.index(), c) >= 2) {
                return c;
            }
        }
        return null;
    }

    /**
     * True for a name of two words or more, or one written like a brand ("SiteWeek", "Example.com"), without a
     * number ("Top 10"): a single plain word ("Design", "Cloud") is far more often a menu's entry.
     */
    private static boolean brandLike(String c) {
        return !c.matches(".*\\b\\d+\\b.*")
                && (TextLine.words(c) >= 2 || c.matches("\\p{Lu}\\p{L}*(?:\\p{Ll}\\p{Lu}|\\.\\p{L})\\p{L}*"));
    }

    /** How many other lines of five words or more have {@code name}, capitalised as here, after their start. */
    private static int namedAgain(List<TextLine> lines, int at, String name) {
        int n = 0;
        for (TextLine l : lines) {
            String c = l.content();
            if (l.index() == at || l.words() < 5) {
                continue;
            }
            for (int k = c.indexOf(name, 1); k > 0; k = c.indexOf(name, k + 1)) {
                int end = k + name.length();
                boolean whole = !Character.isLetterOrDigit(c.charAt(k - 1))
                        && (end == c.length() || !Character.isLetterOrDigit(c.charAt(end)));
                if (whole) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
