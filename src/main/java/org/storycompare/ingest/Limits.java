package org.storycompare.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep a bad or hostile file from exhausting memory or time while it is read.
 *
 * @param maxFileBytes        largest file read at all (bigger files are refused before reading)
 * @param maxTextChars        longest body text kept from one file
 * @param maxZipEntries       most entries a .docx zip may have
 * @param maxUnzippedBytes    most bytes one .docx part may expand to (zip-bomb guard)
 * @param maxFrontMatterBytes largest YAML front matter in a .md file
 * @param maxPdfPages         most pages read from a PDF
 * @param maxFolderDepth      how deep folders are searched below a folder given by the user
 * @param maxFiles            most article files read in one batch
 * @param perFileTimeout      time after which reading one file is given up
 */
public record Limits(long maxFileBytes, int maxTextChars, int maxZipEntries, long maxUnzippedBytes,
                     int maxFrontMatterBytes, int maxPdfPages, int maxFolderDepth, int maxFiles,
                     Duration perFileTimeout) {

    /** The limits used by the window and the command line. */
    public static final Limits DEFAULT = new Limits(64L << 20, 4_000_000, 2_000, 64L << 20,
            64 << 10, 500, 8, 1_000, Duration.ofSeconds(30));

    public Limits {
        Objects.requireNonNull(perFileTimeout, "perFileTimeout");
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxZipEntries <= 0 || maxUnzippedBytes <= 0
                || maxFrontMatterBytes <= 0 || maxPdfPages <= 0 || maxFolderDepth < 0 || maxFiles <= 0
                || perFileTimeout.isNegative() || perFileTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxFileBytes(long v) {
        return new Limits(v, maxTextChars, maxZipEntries, maxUnzippedBytes, maxFrontMatterBytes, maxPdfPages,
                maxFolderDepth, maxFiles, perFileTimeout);
    }

    public Limits withMaxUnzippedBytes(long v) {
        return new Limits(maxFileBytes, maxTextChars, maxZipEntries, v, maxFrontMatterBytes, maxPdfPages,
                maxFolderDepth, maxFiles, perFileTimeout);
    }

    public Limits withFolderLimits(int depth, int files) {
        return new Limits(maxFileBytes, maxTextChars, maxZipEntries, maxUnzippedBytes, maxFrontMatterBytes,
                maxPdfPages, depth, files, perFileTimeout);
    }

    public Limits withPerFileTimeout(Duration v) {
        return new Limits(maxFileBytes, maxTextChars, maxZipEntries, maxUnzippedBytes, maxFrontMatterBytes,
                maxPdfPages, maxFolderDepth, maxFiles, v);
    }

    /** A byte count for messages, e.g. "64 MB". */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
