package org.storycompare.engine.credits;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a credited name is - agency, outlet, organisation, document or person - from the name's own shape,
 * not from a list of sites: news agencies come from a short list of wire services (they are few and stable),
 * outlets from the words their names are built of ("Times", "News", "Post", "Channel", an all-capital
 * broadcaster's initials such as CNN, a run-together name such as TheBlaze), organisations and documents
 * likewise. An acronym that the article spells out elsewhere ("Northgate Press Agency" for NPA) is classified
 * by its spelled-out form.
 */
final class CreditNames {

    /** Wire services, lower case, as they are written (full names and the short forms used in datelines). */
    static final Set<String> AGENCIES = Set.of("ap", "associated press", "the associated press", "reuters",
            "thomson reuters", "afp", "agence france-presse", "agence france presse", "upi",
            "united press international", "pa", "pa media", "press association", "the press association", "ansa",
            "dpa", "deutsche presse-agentur", "efe", "agencia efe", "xinhua", "xinhua news agency", "kyodo",
            "kyodo news", "bloomberg", "bloomberg news", "canadian press", "the canadian press", "cp", "aap",
            "australian associated press", "pti", "press trust of india", "yonhap", "tass", "itar-tass", "interfax",
            "anadolu", "anadolu agency", "jiji", "jiji press", "ani", "ians", "ria novosti", "europa press",
            "anp", "belga", "apa", "sda", "tt", "ntb", "ritzau", "ctk", "pap", "mti",
            "bernama", "antara", "kyodo news agency", "dow jones", "dow jones newswires");

    private static final Set<String> AGENCY_WORDS = Set.of("agency", "agence", "agentur", "agenzia", "wire",
            "newswire", "newswires", "associated");
    private static final Set<String> OUTLET_WORDS = Set.of("times", "post", "news", "journal", "herald", "tribune",
            "gazette", "telegraph", "guardian", "independent", "mail", "express", "mirror", "standard", "chronicle",
            "courier", "observer", "star", "sun", "daily", "weekly", "magazine", "review", "radio", "tv",
            "television", "channel", "network", "broadcasting", "broadcast", "press", "digest", "bulletin",
            "record", "register", "examiner", "monitor", "globe", "inquirer", "reporter", "today", "beacon",
            "blaze", "caller", "dispatch", "echo", "pulse", "brief", "hill", "atlantic", "economist", "insider",
            "online", "show", "programme", "program", "podcast", "blog", "newsletter", "media",
            "sentinel", "advertiser", "argus", "courant", "enquirer", "ledger",
            "messenger", "statesman",
            "week", "month", "quarterly", "bureau", "newsweek", "politico", "axios", "vox");
    private static final Set<String> ORG_WORDS = Set.of("department", "ministry", "university", "institute",
            "council", "commission", "committee", "office", "bureau", "inc", "corp", "corporation", "company",
            "group", "foundation", "center", "centre", "party", "campaign", "police", "service", "agency",
            "administration", "association", "board", "court", "government", "house", "senate", "congress",
            "parliament", "fund", "bank", "trust", "union", "authority", "organisation", "organization", "poll",
            "polling", "research", "survey", "ltd", "plc", "llc", "watch", "federation", "league", "society");
    private static final Set<String> DOCUMENT_WORDS = Set.of("report", "reports", "document", "documents", "filing",
            "filings", "statement", "study", "survey", "records", "record", "data", "figures", "memo", "email",
            "emails", "letter", "transcript", "analysis", "poll", "release", "paper", "audit", "review",
            "indictment", "complaint", "lawsuit", "affidavit", "book", "post", "tweet", "video", "footage");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.&-]*");

    private CreditNames() {
    }

    /** The kind of {@code name} as written in {@code text} (the article, to spell out acronyms). */
    static CreditKind kind(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        if (AGENCIES.contains(lower)) {
            return CreditKind.AGENCY;
        }
        List<String> words = words(lower);
        if (words.isEmpty()) {
            return CreditKind.PERSON;
        }
        if (isAcronym(name)) {
            String spelled = spelledOut(name, text);
            if (spelled != null) {
                CreditKind k = kind(spelled, "");
                return k == CreditKind.PERSON ? CreditKind.ORGANISATION : k;
            }
            return CreditKind.OUTLET;
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (DOCUMENT_WORDS.contains(last) && (first.equals("a") || first.equals("an") || !isCapitalised(name))) {
            return CreditKind.DOCUMENT;
        }
        if (words.stream().anyMatch(AGENCY_WORDS::contains) && words.stream().anyMatch(w -> w.equals("press")
                || w.equals("news") || w.equals("agency") || w.equals("agence") || w.contains("wire"))) {
            return CreditKind.AGENCY;
        }
        if (words.stream().anyMatch(OUTLET_WORDS::contains) || isRunTogether(name)) {
            return CreditKind.OUTLET;
        }
        if (words.stream().anyMatch(ORG_WORDS::contains)) {
            return CreditKind.ORGANISATION;
        }
        if (DOCUMENT_WORDS.contains(last)) {
            return CreditKind.DOCUMENT;
        }
        return CreditKind.PERSON;
    }

    /** True for "CNN", "NPA", "MSNBC": two to six capital letters (a trailing lower-case s allowed). */
    static boolean isAcronym(String name) {
        return name.strip().matches("\\p{Lu}{2,6}s?");
    }

    /** "TheBlaze", "BuzzFeed", "HuffPost": a capital inside one word - a brand, not a personal name. */
    private static boolean isRunTogether(String name) {
        return name.strip().matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
    }

    private static boolean isCapitalised(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.strip().charAt(0));
    }

    /** Capitalised words in the text whose initials spell the acronym ("Northgate Press Agency"), or null. */
    static String spelledOut(String acronym, String text) {
        String letters = acronym.strip().replaceAll("s$", "");
        if (text.isEmpty() || letters.length() < 2) {
            return null;
        }
        StringBuilder pattern = new StringBuilder("\\b");
        for (int i = 0; i < letters.length(); i++) {
            pattern.append(i == 0 ? "" : "[ \\t]+(?:(?:of|the|and|for|de)[ \\t]+)?").append(letters.charAt(i))
                    .append("[\\p{Ll}\\p{M}]+");
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(text);
        return m.find() ? m.group() : null;
    }

    static List<String> words(String s) {
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group().replaceAll("['\u2019]s$", "").replaceAll("[.]$", ""));
        }
        return out;
    }
}
