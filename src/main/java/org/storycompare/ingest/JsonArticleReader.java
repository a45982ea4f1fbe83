package org.storycompare.ingest;

import java.util.List;

/** Articles in our own exported JSON form ({@link ArticleJson}), so an export loads back unchanged. */
final class JsonArticleReader implements ArticleReader {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        String json = TextDecoder.decode(data).text();
        ParsedArticle p = ArticleJson.parse(json);
        if (p.text().length() > limits.maxTextChars()) {
            throw new ReadException("the text is longer than " + limits.maxTextChars() + " characters");
        }
        return p;
    }
}
