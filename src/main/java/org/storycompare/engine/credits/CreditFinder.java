package org.storycompare.engine.credits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.Span;

/**
 * Finds where each article says its story (or part of it) came from: agency datelines
 * ({@code LONDON (Reuters) -}, {@code Dec 29 (AP) —}), copyright lines ({@code © 2023 Reuters}),
 * "X contributed to this report", "(Reporting by X; Editing by Y)", {@code SOURCE: X}, {@code h/t X}, and in the
 * running text "as (first) reported by X", "according to X", "X reported", "told X". A name after a statement
 * cue ("according to", "told", "reported") counts only when it is not a person's name - persons quoted that way
 * are speakers, found by the quote analysis. What each name is comes from {@link CreditNames}. Deterministic,
 * thread-safe; no list of sites.
 */
public final class CreditFinder {

    /** A capitalised word; a dot only after a short abbreviation ("St.", "U.S."). */
    private static final String CAP = "(?:\\p{Lu}\\p{L}{0,2}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}\\p{N}&\\-]*"
            + "(?:['\u2019]\\p{L}+)?)";
    private static final String LINK = "(?:of|for|and|&|de|the)";
    /** A capitalised name: "Channel 4 News", "The New York Times", "Deutsche Presse-Agentur". */
    private static final String NAME = "((?:[Tt]he[ \\t]+)?" + CAP + "(?:[ \\t]+(?:" + LINK + "[ \\t]+)?(?:" + CAP
            + "|\\d+(?=[ \\t]+\\p{Lu})))*)";

    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*(?:[\\p{Lu}\\d][\\p{L}\\d.'\u2019\\-]*"
            + "[ \\t,]*){0,8}(\\(([\\p{Lu}][\\p{L}\\p{N} .&'\\-]{0,40})\\)[ \\t]*[\u2014\u2013\\-]+)");
    private static final Pattern COPYRIGHT = Pattern.compile("((?:\u00A9|\\([cC]\\)|\\bCopyright\\b)[ \\t]*\u00A9?"
            + "[ \\t]*(?:\\d{4}(?:[ \\t]*[\u2013\\-][ \\t]*\\d{4})?[ \\t]*,?[ \\t]*)?)" + NAME);
    /** The cue; the names stand before it in the same sentence, at most {@link #CONTRIBUTORS} characters back. */
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\b(contribut(?:ed|es) to (?:this|the) (?:report|story|article))");
    private static final int CONTRIBUTORS = 200;
    private static final Pattern NAMES = Pattern.compile(NAME);
    private static final Pattern REPORTING_BY = Pattern.compile(
            "((?:Additional |Additional and )?[Rr]eporting by)[ \\t]+([^;)\\n]+)");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^[ \\t]*((?:SOURCE|Source|Sources)[ \\t]*:)[ \\t]*"
            + NAME);
    private static final Pattern HAT_TIP = Pattern.compile("(\\b[Hh]/[Tt]\\b(?:[ \\t]*:)?|\\bHT:|\\b[Hh]at [Tt]ip"
            + "(?: to)?(?:[ \\t]*:)?)[ \\t]*" + NAME);
    private static final Pattern CUE_BEFORE = Pattern.compile("\\b(as first reported by|first reported by|"
            + "as reported by|as reported in|reported by|according to|told|in an interview with|speaking to)"
            + "[ \\t]+(?:(?:a|an|the)[ \\t]+(?:new[ \\t]+|recent[ \\t]+)?(?:report|story|article|interview|poll|"
            + "survey|analysis|investigation)[ \\t]+(?:by|from|in|with)[ \\t]+)?" + NAME);
    private static final Pattern CUE_AFTER = Pattern.compile(NAME + "[ \\t]+((?:first[ \\t]+|has[ \\t]+|had[ \\t]+|"
            + "also[ \\t]+|previously[ \\t]+|earlier[ \\t]+)?(?:reported|reports|was first to report))\\b");
    private static final Pattern DOCUMENT = Pattern.compile("\\b(according to)[ \\t]+((?:a|an|the)[ \\t]+)?"
            + "((?:[\\p{L}\\-]+[ \\t]+){0,3}?(?:report|documents|filings?|records|data|figures|study|survey|"
            + "statement|transcripts?|memo|emails?|analysis|poll))\\b");
    /** A company suffix with its dot, followed by more words: the name ends there. */
    private static final Pattern CORPORATE_END = Pattern.compile("\\b(?:Ltd|Inc|Co|Corp|Plc|PLC|LLC|Bhd|AG|SA)\\.(?=[ \\t])");
    private static final Pattern PERSON_SPLIT = Pattern.compile("[ \\t]*(?:,|\\band\\b)[ \\t]*");

    /** The credits of every article, in article order; each list in text order. */
    public CreditAnalysis find(List<Article> articles, Cancellation cancel) {
        Cancellation cc = cancel == null ? Cancellation.NEVER : cancel;
        Map<String, List<Attribution>> out = new LinkedHashMap<>();
        for (Article a : articles) {
            cc.throwIfCancelled();
            out.putIfAbsent(a.id(), find(a));
        }
        return new CreditAnalysis(out);
    }

    /** The credits of one article, in text order, at most one per name range. */
    public List<Attribution> find(Article article) {
        String text = article.text();
        String id = article.id();
        // acronyms are spelled out from the text and from the article's own outlet and byline ("(NPA)" in a wire
        // story of the Northgate Press Agency)
        String context = text + "\n" + java.util.Objects.toString(article.meta().outlet(), "") + "\n"
                + java.util.Objects.toString(article.meta().author(), "");
        List<Attribution> found = new ArrayList<>();
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            String name = m.group(2).strip();
            CreditKind k = CreditNames.kind(name, context);
            if (k == CreditKind.AGENCY || k == CreditKind.OUTLET) {
                found.add(new Attribution(id, name, k, "dateline", span(m, 2), span(m, 1)));
            }
        }
        m = COPYRIGHT.matcher(text);
        while (m.find()) {
            add(found, id, text, context, m, 2, "copyright", span(m, 1), false);
        }
        contributed(found, id, text, context);
        m = REPORTING_BY.matcher(text);
        while (m.find()) {
            persons(found, id, text, m.start(2), m.group(2), span(m, 1));
        }
        for (Pattern p : List.of(SOURCE_LINE, HAT_TIP)) {
            m = p.matcher(text);
            while (m.find()) {
                String cue = p == SOURCE_LINE ? "source:" : "h/t";
                add(found, id, text, context, m, 2, cue, span(m, 1), false);
            }
        }
        m = CUE_BEFORE.matcher(text);
        while (m.find()) {
            String cue = m.group(1).toLowerCase(java.util.Locale.ROOT);
            cue = cue.equals("in an interview with") || cue.equals("speaking to") ? "told"
                    : cue.equals("as reported in") ? "as reported by" : cue;
            add(found, id, text, context, m, 2, cue, span(m, 1), true);
        }
        m = CUE_AFTER.matcher(text);
        while (m.find()) {
            add(found, id, text, context, m, 1, "reported", span(m, 2), true);
        }
        m = DOCUMENT.matcher(text);
        while (m.find()) {
            if (!Character.isUpperCase(m.group(3).charAt(0))) {
                found.add(new Attribution(id, m.group(3), CreditKind.DOCUMENT, "according to", span(m, 3),
                        span(m, 1)));
            }
        }
        return dedupe(found);
    }

    private static void contributed(List<Attribution> found, String id, String text, String context) {
        Matcher m = CONTRIBUTED.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            // the names: back from the cue to the sentence start (a full stop or line break), at most 200 characters
            int from = m.start(1);
            int limit = Math.max(previousEnd, m.start(1) - CONTRIBUTORS);
            while (from > limit && text.charAt(from - 1) != '.' && text.charAt(from - 1) != '\n') {
                from--;
            }
            previousEnd = m.end();
            String before = text.substring(from, m.start(1));
            Matcher names = NAMES.matcher(before);
            List<Attribution> orgs = new ArrayList<>();
            List<int[]> people = new ArrayList<>();
            while (names.find()) {
                Span at = nameSpan(from + names.start(1), names.group(1));
                String name = at.of(text);
                CreditKind k = CreditNames.kind(name, context);
                if (k == CreditKind.PERSON) {
                    people.add(new int[] {at.start(), at.end()});
                } else {
                    orgs.add(new Attribution(id, name, k, "contributed to this report", at, span(m, 1)));
                }
            }
            if (!orgs.isEmpty()) {
                found.addAll(orgs);
            } else {
                for (int[] p : people) {
                    found.add(new Attribution(id, text.substring(p[0], p[1]), CreditKind.PERSON,
                            "contributed to this report", new Span(p[0], p[1]), span(m, 1)));
                }
            }
        }
    }

    /** "Amanda Becker in Washington, Jane Roe and John Doe": one PERSON credit each, places left out. */
    private static void persons(List<Attribution> found, String id, String text, int start, String list, Span cue) {
        Matcher sep = PERSON_SPLIT.matcher(list);
        int from = 0;
        List<int[]> parts = new ArrayList<>();
        while (sep.find()) {
            parts.add(new int[] {from, sep.start()});
            from = sep.end();
        }
        parts.add(new int[] {from, list.length()});
        for (int[] p : parts) {
            String part = list.substring(p[0], p[1]);
            int in = part.indexOf(" in ");
            String name = (in > 0 ? part.substring(0, in) : part).strip();
            if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.split("\\s+").length <= 4) {
                int at = start + p[0] + part.indexOf(name);
                found.add(new Attribution(id, name, CreditKind.PERSON, "reporting by", new Span(at, at + name.length()),
                        cue));
            }
        }
    }

    /** Adds the name of group {@code g}; after a statement cue only if it is not a person. */
    private static void add(List<Attribution> found, String id, String text, String context, Matcher m, int g,
                            String cue, Span cueAt, boolean noPersons) {
        Span at = nameSpan(m.start(g), m.group(g));
        if (at.isEmpty()) {
            return;
        }
        String name = at.of(text);
        CreditKind k = CreditNames.kind(name, context);
        if (noPersons && k == CreditKind.PERSON || isStarter(name)) {
            return;
        }
        found.add(new Attribution(id, name, k, cue, at, cueAt));
    }

    /** The name without a leading lower-case "the", a possessive tail ("CNN's Dana Bash" -> CNN) or a final dot. */
    private static Span nameSpan(int start, String written) {
        String s = written;
        int offset = start;
        if (s.startsWith("the ")) {
            String rest = s.substring(4).stripLeading();
            offset += s.length() - rest.length();
            s = rest;
        }
        Matcher corp = CORPORATE_END.matcher(s);
        if (corp.find()) {
            s = s.substring(0, corp.end()); // "Greyfell Gazette Ltd. All rights reserved": the name ends at "Ltd."
        }
        Matcher poss = Pattern.compile("['\u2019]s\\b").matcher(s);
        if (poss.find()) {
            s = s.substring(0, poss.start());
        }
        while (s.endsWith(".") || s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return new Span(offset, offset + s.strip().length());
    }

    /** Words that open a sentence rather than a name ("In", "But", "This"). */
    private static boolean isStarter(String name) {
        String first = name.split("\\s+")[0];
        return List.of("In", "But", "And", "This", "That", "It", "He", "She", "They", "We", "I", "A", "An", "On",
                "At", "If", "As", "When", "While", "After", "Before", "For", "So").contains(first);
    }

    private static Span span(Matcher m, int g) {
        return new Span(m.start(g), m.end(g));
    }

    /** One credit per name range (the first cue found wins), in text order. */
    private static List<Attribution> dedupe(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : found) {
            if (out.stream().noneMatch(b -> b.range().overlaps(a.range()))) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(Attribution::range));
        return out;
    }
}
