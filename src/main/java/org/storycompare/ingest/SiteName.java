package org.storycompare.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The site's name as a page copied whole gives it: the logo's text on one of the first lines ("Example Times",
 * after "Skip to content"). Such a line is taken only when it is written like a name (two words or more, or a
 * brand's inner capital) and the text names it again, written the same way, in the middle of two longer lines,
 * one of them where a site speaks of itself ("Subscribe to Example Times", "© 2024 Example Times", "our
 * team"), so a menu's entry or a topic the article discusses is not mistaken for it.
 */
final class SiteName {

    /** How many lines from the top (after "Skip to ..." links) the name may stand on. */
    private static final int LEAD = 8;
    /** Menu entries that pages name in their sentences too. */
    private static final Pattern NAV = Pattern.compile("(?i)home|news|blog|about(?: us)?|menu|search|shop|store"
            + "|contact(?: us)?|log ?in|sign (?:in|up)|subscribe|more|topics|sections|latest|popular|videos?|podcasts?"
            + "|events|resources|services|products|solutions|features|opinion|sports?|business|technology|health"
            + "|politics|world|travel|food|life|lifestyle|culture|science|careers|support|help|pricing|guides?");

    /** Words of the lines where a site speaks of itself: its copyright, newsletter, team, policies. */
    private static final Pattern ABOUT_SITE = Pattern.compile("(?i)©|\\(c\\)|\\bcopyright\\b|rights reserved|subscri"
            + "|newsletter|\\bpart of\\b|\\bteam\\b|\\beditor|\\bstaff\\b|may earn|commission|affiliate"
            + "|welcome to|\\bfollow\\b|\\bcontact\\b|\\bsupport(?:ing)?\\b|trademark|published by");

    private static final Pattern LOGO = Pattern.compile("(?i)\\s+logo$");

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
            c = LOGO.matcher(c).replaceFirst(""); // an image's text: "Harbor Weekly logo"
            if (TextLine.words(c) <= 5 && c.chars().filter(Character::isLetter).count() >= 3
                    && LineForms.outletLike(c) && !NAV.matcher(c).matches() && brandLike(c)
                    && namedAgain(lines, l.index(), c, null) >= 2
                    && namedAgain(lines, l.index(), c, ABOUT_SITE) >= 1) {
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

    /**
     * How many other lines of five words or more (that {@code context} finds in, when given) have {@code name},
     * capitalised as here, after their start.
     */
    private static int namedAgain(List<TextLine> lines, int at, String name, Pattern context) {
        int n = 0;
        for (TextLine l : lines) {
            String c = l.content();
            if (l.index() == at || l.words() < 5 || context != null && !context.matcher(c).find()) {
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
