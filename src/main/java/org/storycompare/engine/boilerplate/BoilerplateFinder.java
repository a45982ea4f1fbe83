package org.storycompare.engine.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/**
 * Finds page furniture kept in an article's text: advertisement markers, "Read more" and "Related" teasers,
 * video captions with a running time, newsletter and share prompts, comment sections and reader comments,
 * newsdesk appeals, breadcrumbs, copyright and syndication lines. Works line by line (a paragraph or a line of
 * the text) from cues common on English-language news sites, so the story itself is not touched: a line is
 * furniture only when it starts with such a cue or is a short line made of one. The ranges are trimmed lines,
 * sorted and disjoint, as offsets into the text. Pure and deterministic.
 */
public final class BoilerplateFinder {

    /** Lines starting with one of these (case-insensitive) are furniture. */
    private static final Pattern START = Pattern.compile("(?i)^(?:"
            + "advertisement\\b|advertising\\b|sponsored\\b|ad\\b\\s*[:-]"
            + "|read more\\b|read next\\b|see also\\b|more on this story\\b|related\\s*(?:stories|articles|links)?\\s*:"
            + "|also read\\b|recommended\\b\\s*:|most read\\b"
            + "|(?:video|watch|listen|audio|gallery|photos?|image|picture)\\s*:"
            + "|sign up\\b|subscribe\\b|get our\\b.*newsletter|follow us\\b|like us on\\b"
            + "|share (?:this|on)\\b|share\\s*:|leave a (?:comment|reply)\\b|comments? are (?:closed|moderated)"
            + "|your email address will not be published|required fields are marked"
            + "|you are receiving this (?:e-?mail|newsletter)|unsubscribe\\b|to unsubscribe"
            + "|have you been affected\\b|do you have a story\\b|got a story\\b|contact (?:our|the) newsdesk\\b"
            + "|copyright\\b|\\(c\\)\\s*\\d{4}|©"
            + "|click here\\b|tap here\\b|this article (?:is|was) syndicated|wire copy supplied by\\b"
            + ")");

    /** Lines that are nothing but one of these. */
    private static final Pattern WHOLE = Pattern.compile("(?i)^(?:"
            + "\\d+\\s+comments?|no comments(?: yet)?|comments?|share|print|e-?mail|tweet|advertisement"
            + "|story continues below(?: advertisement)?|continue reading|back to top|skip to (?:main )?content"
            + "|(?:\\S+\\s+){0,3}newsletter"
            + ")\\W*$");

    /** A reader comment: "handle says:". */
    private static final Pattern COMMENT = Pattern.compile("^[\\p{L}\\p{N}_.\\-]{2,32} (?:says|wrote|replied|commented):\\s");

    /** A trailing running time, as video captions end ("... 1:42"). */
    private static final Pattern RUNNING_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}$");

    /** A breadcrumb: "Home > News > Valley". */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:[^>\\n]{1,30} (?:>|›|»|/) ){2,}[^>\\n]{1,30}$");

    /** Anywhere in a short line: rights notices. */
    private static final Pattern RIGHTS = Pattern.compile("(?i)all rights reserved|\\bcopyright\\b|©");

    private static final int SHORT_LINE_WORDS = 25;

    /** The furniture ranges of {@code text}. */
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        boolean inComments = false;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            Span trimmed = Span.trimmed(text, lineStart, lineEnd);
            int s = trimmed.start();
            int e = trimmed.end();
            if (s < e) {
                String line = text.substring(s, e);
                boolean furniture = isFurniture(line);
                boolean comment = COMMENT.matcher(line).find();
                if (furniture && startsComments(line)) {
                    inComments = true;
                }
                if (furniture || comment || (inComments && words(line) <= 80 && !looksLikeStory(line))) {
                    add(out, s, e);
                } else {
                    inComments = false;
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return List.copyOf(out);
    }

    /** True when a whole line is furniture by its own cues. */
    static boolean isFurniture(String line) {
        if (START.matcher(line).find() || WHOLE.matcher(line).matches() || COMMENT.matcher(line).find()) {
            return true;
        }
        int w = words(line);
        if (w <= SHORT_LINE_WORDS && RIGHTS.matcher(line).find()) {
            return true;
        }
        if (w <= 12 && BREADCRUMB.matcher(line).matches()) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return w <= 16 && RUNNING_TIME.matcher(line).find() && (lower.startsWith("video") || lower.contains("footage")
                || lower.startsWith("watch"));
    }

    private static boolean startsComments(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.matches("\\d+\\s+comments?\\W*") || lower.startsWith("leave a comment") || lower.startsWith("comments");
    }

    /** A long, sentence-like line ends a comment section. */
    private static boolean looksLikeStory(String line) {
        return words(line) > 40;
    }

    private static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean w = !Character.isWhitespace(line.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    private static void add(List<Span> out, int s, int e) {
        out.add(new Span(s, e));
    }
}
