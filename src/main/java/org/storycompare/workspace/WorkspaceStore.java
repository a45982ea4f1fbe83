package org.storycompare.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.storycompare.engine.model.Article;
import org.storycompare.io.AtomicFiles;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.json.ArticleCodec;
import org.storycompare.json.JsonCodec;
import org.storycompare.json.JsonFormatException;

/**
 * Saves and opens {@code .storycompare} workspace files ({@value #FORMAT}; see docs/report-format.md).
 * Saving is atomic ({@link AtomicFiles}): a failure or crash mid-save leaves the previous file intact.
 * Each source keeps the SHA-256 of its file's bytes at save time, so opening can say which files changed.
 */
public final class WorkspaceStore {

    /** The value of the top-level "format" field. */
    public static final String FORMAT = "storycompare-workspace/1";
    /** The usual file extension, with its dot. */
    public static final String EXTENSION = ".storycompare";

    private final UnaryOperator<OutputStream> decorate;

    public WorkspaceStore() {
        this(UnaryOperator.identity());
    }

    /** A store whose save stream is wrapped by {@code decorate}: a hook for tests that break a save midway. */
    WorkspaceStore(UnaryOperator<OutputStream> decorate) {
        this.decorate = decorate;
    }

    public void save(Workspace ws, Path file) throws IOException {
        Map<String, String> fileHashes = new HashMap<>();
        for (Article a : ws.sources()) {
            Path p = a.meta().path();
            if (p != null) {
                fileHashes.put(a.id(), hashOrNull(p));
            }
        }
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = JsonCodec.factory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeFieldName("settings");
                JsonCodec.writeOptions(g, ws.settings());
                g.writeObjectFieldStart("view");
                g.writeStringField("left", ws.leftId());
                g.writeStringField("right", ws.rightId());
                g.writeEndObject();
                g.writeStringField("notes", ws.notes());
                g.writeArrayFieldStart("sources");
                for (Article a : ws.sources()) {
                    g.writeStartObject();
                    ArticleCodec.writeArticleFields(g, a);
                    g.writeStringField("textSha256", sha256(a.text()));
                    g.writeStringField("fileSha256", fileHashes.get(a.id()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }, decorate);
    }

    public LoadedWorkspace load(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JsonCodec.factory().createParser(in)) {
            root = JsonCodec.mapper().readTree(p);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (StreamConstraintsException e) {
            throw new JsonFormatException(file + ": exceeds a size limit: " + e.getOriginalMessage(), e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new JsonFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            return read(root);
        } catch (JsonFormatException e) {
            throw new JsonFormatException(file + ": " + e.getMessage(), e);
        }
    }

    private static LoadedWorkspace read(JsonNode root) throws IOException {
        if (root == null || !root.isObject()) {
            throw new JsonFormatException("not a StoryCompare workspace");
        }
        String format = JsonCodec.optText(root, "format", "workspace");
        if (!FORMAT.equals(format)) {
            throw new JsonFormatException("not a StoryCompare workspace (format '" + format
                    + "'; this version opens " + FORMAT + ")");
        }
        CompareOptions settings = JsonCodec.readOptions(root.get("settings"), "settings");
        List<Article> sources = new ArrayList<>();
        List<FileStatus> files = new ArrayList<>();
        int i = 0;
        for (JsonNode n : JsonCodec.array(root.get("sources"), "sources")) {
            String where = "sources[" + i++ + "]";
            Article a = ArticleCodec.readArticle(n, where);
            if (sources.stream().anyMatch(x -> x.id().equals(a.id()))) {
                throw new JsonFormatException(where + ": id '" + a.id() + "' appears twice");
            }
            sources.add(a);
            files.add(status(a, JsonCodec.optText(n, "fileSha256", where)));
        }
        JsonNode view = root.path("view");
        String left = view.isObject() ? JsonCodec.optText(view, "left", "view") : null;
        String right = view.isObject() ? JsonCodec.optText(view, "right", "view") : null;
        String notes = JsonCodec.optText(root, "notes", "workspace");
        try {
            return new LoadedWorkspace(new Workspace(sources, settings, left, right, notes), files);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("view: " + e.getMessage(), e);
        }
    }

    private static FileStatus status(Article a, String savedHash) {
        Path p = a.meta().path();
        if (p == null) {
            return new FileStatus(a.id(), null, FileStatus.State.NO_FILE);
        }
        String now = hashOrNull(p);
        if (now == null) {
            return new FileStatus(a.id(), p, FileStatus.State.MISSING);
        }
        return new FileStatus(a.id(), p, now.equals(savedHash) ? FileStatus.State.UNCHANGED : FileStatus.State.CHANGED);
    }

    /** SHA-256 of a file's bytes, or null when it is not a readable regular file. */
    static String hashOrNull(Path p) {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(p), digest())) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            return null;
        }
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
