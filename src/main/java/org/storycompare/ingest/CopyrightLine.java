package org.storycompare.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holder a copyright line names: "© 2023 Reuters" -> Reuters, "Copyright 2022. Harbor Insider. Built by
 * Example" -> Harbor Insider, "© All rights reserved. • HarborWeek" -> HarborWeek. Years, the sign, company forms
 * ("Inc.", "LLC"...) and footer links glued on by the copy ("HarborWeekPrivacyTerms") are left out; the owner
 * after ", a ...", "part of" or "®" and the web designer after "Website by" are not the holder.
 */
final class CopyrightLine {

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|\\bcopyright\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
    /** Where the holder's name has certainly ended: what follows names someone else or is a link. */
    private static final Pattern END = Pattern.compile("(?i)\\bpowered by\\b|\\bunless otherwise\\b|\\bmay earn\\b"
            + "|\\s*[®™]|,\\s+(?:a|an|part of)\\s|\\s+is part of\\s|\\s+(?:or|and) its (?:affiliates|licensors|subsidiaries)\\b"
            + "|\\b(?:web ?site|site|theme|design|designed|built|developed|hosted|made)\\s+by\\b"
            + "|(?-i:\\s+an?\\s+(?=\\p{Lu}))"
            + "|(?-i:(?:^|\\s|(?<=\\p{Ll}))(?:Privacy|Terms|Sitemap|Site Map|Cookies?|Disclaimer|Accessibility|Contact|About)"
            + "(?!\\p{Ll}))");
    /** Years, the sign and the word: not part of the name. */
    private static final Pattern NOISE = Pattern.compile("(?i)©|\\(c\\)|\\bcopyrights?\\b|\\ball content\\b"
            + "|\\b(?:19|20)\\d{2}\\b(?:\\s*[-–—]\\s*(?:(?:19|20)\\d{2}\\b|present\\b))?|\\bonwards\\b");
    /** Between the parts of a notice; a period after an initial or "St" does not end a part. */
    private static final Pattern PART = Pattern.compile("(?i)\\ball rights reserved\\b|\\s*\\|\\s*|\\s[•·/]\\s"
            + "|(?<!\\b\\p{Lu}\\p{Ll}?)[.;](?:\\s|$)|\\s+[-–—]\\s+");
    private static final Pattern COMPANY = Pattern.compile("(?i)(?:,?\\s+(?:inc|llc|ltd|limited|plc|corp|corporation"
            + "|co|company|publishing|holdings|gmbh|b\\.?v|s\\.?a|ag|pty|lp|llp|group|media group|® ?)\\.?)+$|[\\s,.®™]+$");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}|\\d)[\\p{L}\\d.&'’-]*|of|the|and|for|de|&|with|in|on|at|to|a|an|by");

    private CopyrightLine() {
    }

    /** The holder named in a copyright line, "" for none, null when {@code s} is no such line. */
    static String holder(String s) {
        if (!COPYRIGHT.matcher(s).find() || TextLine.words(s) > 40) {
            return null;
        }
        boolean year = s.matches("(?s).*\\b(?:19|20)\\d{2}\\b.*");
        boolean sign = s.contains("©") || s.toLowerCase(Locale.ROOT).contains("(c)");
        if (!year && !sign && !s.toLowerCase(Locale.ROOT).contains("all rights reserved")) {
            return null; // "Copyright Policy": the word in a link, not a notice
        }
        Matcher mark = COPYRIGHT.matcher(s);
        int at = mark.find() ? mark.start() : 0;
        String after = name(s.substring(at));
        String[] parts = SEPARATOR.split(s.substring(0, at));
        String before = parts.length == 0 ? "" : name(parts[parts.length - 1]);
        return !after.isEmpty() ? after : before;
    }

    /** The first part of {@code s} that reads as a name once years, the sign and company forms are gone; else "". */
    private static String name(String s) {
        Matcher end = END.matcher(s);
        String kept = NOISE.matcher(end.find() ? s.substring(0, end.start()) : s).replaceAll(" ");
        for (String part : PART.split(kept)) {
            String h = part.replaceAll("\\s+", " ").strip();
            for (int i = 0; i < 3; i++) {
                h = COMPANY.matcher(h).replaceAll("").strip();
            }
            h = h.replaceAll("^(?:[,.:;\\s–—|•·/-]+|(?i:by)\\s+)+|[\\s–—|•·/-]+$", "");
            if (holderLike(h)) {
                return h;
            }
        }
        return "";
    }

    /**
     * An outlet's name ({@link LineForms#outletLike}); a holder may also be an acronym ("BSS"), start with a
     * number ("98 Harbor Social") or have small joining words ("Adventures with Pip").
     */
    private static boolean holderLike(String h) {
        if (LineForms.outletLike(h)) {
            return true;
        }
        String[] w = h.split("\\s+");
        if (h.isEmpty() || h.length() > 60 || w.length > 6 || !Character.isLetterOrDigit(h.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (!NAME_WORD.matcher(w[i]).matches() || i == 0 && Character.isLowerCase(w[i].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
