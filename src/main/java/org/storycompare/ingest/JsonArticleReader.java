package org.storycompare.ingest;

import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.ArticleMeta;
import org.storycompare.json.ArticleCodec;
import org.storycompare.json.JsonFormatException;

import java.util.List;

/** Articles in our own exported JSON form ({@link ArticleCodec}), so an export loads back unchanged. */
final class JsonArticleReader implements ArticleReader {

    @Override
    public String format() {
        return "json";
    }


    @Override
    public ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException {
        String json = TextDecoder.decode(data).text();
        Article a;
        try {
            a = ArticleCodec.read(json, null);
        } catch (JsonFormatException e) {
            throw new ReadException(e.getMessage(), e);
        }
        ArticleMeta m = a.meta();
        ParsedArticle p = new ParsedArticle(TextDecoder.normaliseLineEndings(a.text()), m.outlet(), m.title(),
                m.author(), m.published(), m.url(), LanguageGuess.normalise(m.language()), a.id(), m.notes(),
                m.furniture());
        if (p.text().length() > limits.maxTextChars()) {
            throw new ReadException("the text is longer than " + limits.maxTextChars() + " characters");
        }
        return p;
    }
}
