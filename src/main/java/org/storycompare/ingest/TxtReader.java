package org.storycompare.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text. The encoding is detected ({@link TextDecoder}); optional header lines at the very top
 * ({@code Title:}, {@code Outlet:}, {@code Author:}, {@code Published:}, {@code URL:}, {@code Language:})
 * become metadata and are removed together with the blank lines after them. Otherwise the body is kept
 * exactly as in the file, apart from the byte-order mark and line endings normalised to {@code \n}.
 * Without header lines (or for the fields they leave empty) the text's own lines are read as a browser copy
 * gives them: headline, date lines, byline, dateline, copyright and URL lines ({@link TextMetadata}); those
 * lines stay in the text and are marked as furniture.
 */
final class TxtReader implements ArticleReader {

    private static final Pattern HEADER = Pattern.compile(
            "(?i)^(title|outlet|author|published|url|language)[ \\t]*:[ \\t]*(.*?)[ \\t]*$");

    @Override
    public String format() {
        return "txt";
    }


    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        String text = TextDecoder.decode(data).text();
        String title = null;
        String outlet = null;
        String author = null;
        String url = null;
        String language = null;
        LocalDate published = null;
        int pos = 0;
        boolean sawHeader = false;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String line = text.substring(pos, end < 0 ? text.length() : end);
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                break;
            }
            sawHeader = true;
            String value = m.group(2);
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title" -> title = value;
                case "outlet" -> outlet = value;
                case "author" -> author = value;
                case "published" -> published = Dates.parse(value);
                case "url" -> url = value;
                default -> language = LanguageGuess.normalise(value);
            }
            pos = end < 0 ? text.length() : end + 1;
        }
        if (sawHeader) {
            while (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        }
        String body = text.substring(pos);
        if (body.isBlank()) {
            throw new ReadException(sawHeader ? "the file has header lines but no article text"
                    : "the file contains only white space");
        }
        if (body.length() > limits.maxTextChars()) {
            throw new ReadException("the text is longer than " + limits.maxTextChars() + " characters");
        }
        TextMetadata.Found found = TextMetadata.find(body, title == null);
        return new ParsedArticle(body, outlet != null ? outlet : found.outlet(), title != null ? title : found.title(),
                author != null ? author : found.author(), published != null ? published : found.published(),
                url != null ? url : found.url(), language, null, List.of(), found.furniture());
    }
}
