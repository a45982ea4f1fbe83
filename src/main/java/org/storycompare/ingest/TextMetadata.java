package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.storycompare.engine.model.Span;

/**
 * Metadata of a plain text without header lines, such as an article copied from a browser: the headline
 * ({@link Headline}), date lines, bylines, a dateline, copyright and URL lines ({@link LineForms}), share,
 * print and newsletter lines ({@link LineForms#control}), the site's name on a first line ({@link SiteName}; a
 * copyright line often names the owning company instead). The lines used become metadata and furniture
 * ranges into the unchanged text. Dates, bylines and datelines are taken only from the article's head (a few
 * lines above the headline down to the first paragraph of prose), so a date in a story sentence or a teaser is
 * not mistaken for the publication date. Where a field is unsure it stays null.
 */
final class TextMetadata {

    /** What was found; any field may be null. {@code furniture} is sorted and never null. */
    record Found(String title, String author, LocalDate published, String outlet, String url, List<Span> furniture) {
    }

    /** A name as one part of a line: "Jane Doe | March 3, 2022", "March 3, 2022 · 5 min · Jane Doe". */
    private static final Pattern NAME_PART = Pattern.compile(
            "(?:^|[|•·])\\s*\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){1,2}\\s*(?:[|•·]|$)");
    private static final int ABOVE = 6;
    private static final int HEAD = 15;
    private static final int AFTER_STORY = 4;

    private TextMetadata() {
    }

    /** Looks through {@code text}; the headline only when {@code wantTitle}. */
    static Found find(String text, boolean wantTitle) {
        List<TextLine> lines = TextLine.split(text);
        int n = lines.size();
        LineForms.DateLine[] dates = new LineForms.DateLine[n];
        LineForms.Byline[] bylines = new LineForms.Byline[n];
        boolean[] meta = meta(lines, dates, bylines);
        List<Span> furniture = new ArrayList<>();
        HeadlineFeatures page = new HeadlineFeatures(lines, meta);
        int h = wantTitle ? Headline.find(page) : -1;
        String title = null;
        if (h >= 0) {
            title = Headline.title(lines.get(h).content());
            furniture.add(lines.get(h).span());
        }
        int story = page.storyFrom(h + 1);
        int from = h >= 0 ? Math.max(0, h - ABOVE) : story >= 0 ? Math.max(0, story - HEAD) : 0;
        int to = h >= 0 ? Math.min(n, h + 1 + HEAD) : story >= 0 ? story : Math.min(n, HEAD);
        if (story >= 0 && story + AFTER_STORY < to) {
            // a date line may follow a standfirst taken for the story's start: the head goes on through the
            // short lines (bylines, share buttons, credits) below it, up to the next line of prose
            int next = story + 1;
            while (next < to && !lines.get(next).prose()) {
                next++;
            }
            to = Math.max(story + AFTER_STORY, next);
        }
        int body = story;
        for (int i = Math.max(0, h + 1); i < n && body < 0; i++) {
            body = lines.get(i).prose() && !meta[i] ? i : -1;
        }
        String author = null;
        String outlet = null;
        String sourceOutlet = null;
        List<Candidate> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i == h) {
                continue;
            }
            boolean used = false;
            String tail = dates[i] == null ? LineForms.closingByline(lines.get(i).content()) : null;
            LineForms.DateLine closing = tail == null ? null : LineForms.dateLine(tail, null);
            if (closing != null) {
                // "... the chain's plans. By Jane Doe on Dec. 19, 2025": only the byline's sentence is furniture
                for (LineForms.Dated d : closing.dates()) {
                    found.add(new Candidate(d, i > h ? 0 : 1, i));
                }
                furniture.add(new Span(lines.get(i).end() - tail.length(), lines.get(i).end()));
            }
            if (dates[i] != null) {
                for (LineForms.Dated d : dates[i].dates()) {
                    found.add(new Candidate(d, i > h ? 0 : 1, i));
                }
                sourceOutlet = sourceOutlet != null ? sourceOutlet : dates[i].outlet();
                used = true;
            }
            if (bylines[i] != null && author == null && (i > h || h < 0 || i >= h - 1)) {
                author = bylines[i].author();
                outlet = bylines[i].outlet();
                used = true;
                if (TextLine.words(lines.get(i).content()) <= 2 && i + 1 < n) {
                    furniture.add(lines.get(i + 1).span());
                }
            }
            if (used || LineForms.credit(lines.get(i).content())) {
                furniture.add(lines.get(i).span());
            }
        }
        String datelineOutlet = null;
        if (body >= 0) {
            TextLine first = lines.get(body);
            LineForms.Dateline d = first == null ? null : LineForms.dateline(first.content());
            if (d != null) {
                int start = first.end() - first.content().length();
                int end = start + d.length();
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                furniture.add(new Span(first.start(), end));
                datelineOutlet = d.outlet();
            }
        }
        String copyrightOutlet = null;
        String url = null;
        for (TextLine l : lines) {
            String holder = LineForms.copyright(l.content());
            if (holder != null) {
                furniture.add(l.span());
                copyrightOutlet = holder.isEmpty() ? copyrightOutlet : holder;
            }
            if (LineForms.control(l.content())) {
                furniture.add(l.span());
            }
            String u = LineForms.url(l.content());
            if (u != null) {
                furniture.add(l.span());
                url = url == null && !LineForms.social(u) ? u : url;
            }
        }
        String chosenOutlet = first(datelineOutlet, outlet, sourceOutlet, SiteName.leading(lines, h), copyrightOutlet,
                url == null ? null : ArticleLoader.host(url));
        LocalDate published = choose(found);
        int first = page.storyFrom(0);
        if (first >= 0 && first != story && (published == null || first < from)) {
            // the headline was not found where the story starts: the date lines just above the first story,
            // also over those of a head found below that story (a "Related posts" entry taken for the headline)
            List<Candidate> near = new ArrayList<>();
            for (int i = Math.max(0, first - HEAD); i < Math.min(n, first + AFTER_STORY); i++) {
                if (dates[i] != null) {
                    furniture.add(lines.get(i).span());
                    dates[i].dates().forEach(d -> near.add(new Candidate(d, 0, 0)));
                }
            }
            LocalDate nearFirst = choose(near);
            published = nearFirst != null ? nearFirst : published;
        }
        for (int i = (story >= 0 ? story : Math.max(h, 0)) - 1; i >= 0 && published == null; i--) {
            // no date in the head: the nearest date line above the story that goes with a byline or name (a headline
            // taken from a table of contents or a menu between them); not an update
            if (dates[i] != null && credited(lines, bylines, i)) {
                published = dates[i].dates().stream().filter(d -> d.kind() != LineForms.Kind.UPDATED)
                        .map(LineForms.Dated::date).findFirst().orElse(null);
                furniture.add(lines.get(i).span());
            }
        }
        for (int i = 0; i < n && published == null; i++) {
            if (dates[i] != null && (i < from || i >= to)) {
                published = dates[i].dates().stream().filter(d -> d.kind() == LineForms.Kind.PUBLISHED)
                        .map(LineForms.Dated::date).findFirst().orElse(null);
                if (published != null) {
                    furniture.add(lines.get(i).span());
                }
            }
        }
        Collections.sort(furniture);
        return new Found(title, author, published, chosenOutlet, url, merged(furniture));
    }

    /** True when a byline stands within 4 lines of line {@code i}, or a part of the line is a name ("Jane Doe |"). */
    private static boolean credited(List<TextLine> lines, LineForms.Byline[] bylines, int i) {
        boolean credited = NAME_PART.matcher(lines.get(i).content()).find();
        for (int k = Math.max(0, i - 4); k <= Math.min(lines.size() - 1, i + 4); k++) {
            credited |= bylines[k] != null;
        }
        return credited;
    }

    /** A date of the head: its kind and whether it stands below the headline (0) or above it (1). */
    private record Candidate(LineForms.Dated dated, int above, int line) {
    }

    /** A published date first, then a bare date, then an update; below the headline before above it. */
    private static LocalDate choose(List<Candidate> found) {
        return found.stream()
                .min(Comparator.comparing((Candidate c) -> c.dated().kind()).thenComparingInt(Candidate::above)
                        .thenComparingInt(Candidate::line))
                .map(c -> c.dated().date()).orElse(null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static List<Span> merged(List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() >= s.start()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Which lines are date lines, bylines or credit lines (filling {@code dates} and {@code bylines}); a
     * byline "By" alone marks the names on the next line too.
     */
    static boolean[] meta(List<TextLine> lines, LineForms.DateLine[] dates, LineForms.Byline[] bylines) {
        int n = lines.size();
        boolean[] meta = new boolean[n];
        for (int i = 0; i < n; i++) {
            String c = lines.get(i).content();
            String before = i > 0 ? lines.get(i - 1).content() : null;
            String next = i + 1 < n ? lines.get(i + 1).content() : null;
            dates[i] = LineForms.dateLine(c, before);
            bylines[i] = LineForms.byline(c, next);
            meta[i] = dates[i] != null || bylines[i] != null || LineForms.credit(c);
            if (bylines[i] != null && TextLine.words(c) <= 2 && i + 1 < n) {
                meta[i + 1] = true; // "By" alone, the names on the next line
            }
        }
        return meta;
    }
}
