package org.storycompare.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The article readers by file extension (case-insensitive). */
public final class ReaderRegistry {

    private final Map<String, ArticleReader> byExtension = new LinkedHashMap<>();

    /** An empty registry; add readers with {@link #register}. */
    public ReaderRegistry() {
    }

    /** The readers for .txt, .md, .html/.htm, .pdf, .docx and .json. */
    public static ReaderRegistry standard() {
        return new ReaderRegistry().register(new TxtReader()).register(new MarkdownReader())
                .register(new HtmlReader()).register(new PdfReader()).register(new DocxReader())
                .register(new JsonArticleReader());
    }

    /** Adds (or replaces) the reader for each of its extensions. */
    public ReaderRegistry register(ArticleReader reader) {
        for (String ext : reader.extensions()) {
            byExtension.put(ext.toLowerCase(Locale.ROOT), reader);
        }
        return this;
    }

    /** The reader for a file's extension, if it is a supported format. */
    public Optional<ArticleReader> forFile(Path file) {
        String ext = extension(file);
        return ext == null ? Optional.empty() : Optional.ofNullable(byExtension.get(ext));
    }

    /** The reader for a format name such as "pdf". */
    public Optional<ArticleReader> forFormat(String format) {
        return byExtension.values().stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** The supported extensions, e.g. [txt, md, markdown, html, ...]. */
    public List<String> extensions() {
        return new ArrayList<>(byExtension.keySet());
    }

    /** The lower-case extension of a file name without the dot, or null when it has none. */
    static String extension(Path file) {
        return org.storycompare.io.OutputGuard.extension(file);
    }
}
