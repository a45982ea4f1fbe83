package org.storycompare.ingest;

import java.util.List;

/**
 * Turns the bytes of one file of a given format into a {@link ParsedArticle}.
 * Implementations never write files, never touch the network, and throw nothing but
 * {@link ReadException} for bad input (runtime errors from parsers are turned into it).
 */
public interface ArticleReader {

    /** The format name stored in {@code ArticleMeta.format}, e.g. "txt". */
    String format();

    /** Lower-case file extensions without the dot, e.g. ["html", "htm"]; by default the format's name alone. */
    default List<String> extensions() {
        return List.of(format());
    }

    /**
     * Reads one file.
     *
     * @param data     the whole file (already checked against {@link Limits#maxFileBytes()})
     * @param fileName the file's name, for messages and fallbacks
     * @param limits   bounds for decompression, pages and text length
     * @throws ReadException when the file is not a readable article, with the reason
     */
    ParsedArticle read(byte[] data, String fileName, Limits limits) throws ReadException;
}
