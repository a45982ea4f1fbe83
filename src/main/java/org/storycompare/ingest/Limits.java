package org.storycompare.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds that keep a bad or hostile file from exhausting memory or time while it is read. There is no limit on
 * the number of files: every file given is read or reported.
 *
 * @param maxFileBytes          largest file read at all (bigger files are refused before reading)
 * @param maxTextChars          longest body text kept from one file (a longer text is cut, with a note)
 * @param maxZipEntries         most entries a .docx zip may have
 * @param maxUnzippedBytes      most bytes one .docx entry, or one PDF page's content, may expand to
 * @param maxUnzippedTotalBytes most bytes all entries of one .docx may expand to together (zip-bomb guard)
 * @param maxFrontMatterBytes   largest YAML front matter in a .md file
 * @param maxPdfPages           most pages read from a PDF (the rest is skipped, with a note)
 * @param maxFolderDepth        how deep folders are searched below a folder given by the user
 * @param perFileTimeout        time after which reading one file is given up and its work stopped
 */
public record Limits(long maxFileBytes, int maxTextChars, int maxZipEntries, long maxUnzippedBytes,
                     long maxUnzippedTotalBytes, int maxFrontMatterBytes, int maxPdfPages, int maxFolderDepth,
                     Duration perFileTimeout) {

    /** Largest file size of the default limits, whatever the heap. */
    static final long MAX_DEFAULT_FILE_BYTES = 64L << 20;

    /**
     * The limits used by the window and the command line. The file size limit is a sixteenth of the Java
     * heap (at most 64 MB, at least 8 MB): reading a file costs up to about eight times its size while it
     * is parsed (measured in docs/reliability.md), so a file at the limit leaves half the heap to the rest.
     */
    public static final Limits DEFAULT = new Limits(defaultMaxFileBytes(Runtime.getRuntime().maxMemory()),
            4_000_000, 2_000, 64L << 20, 256L << 20, 64 << 10, 500, 8, Duration.ofSeconds(30));

    public Limits {
        Objects.requireNonNull(perFileTimeout, "perFileTimeout");
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxZipEntries <= 0 || maxUnzippedBytes <= 0
                || maxUnzippedTotalBytes <= 0 || maxFrontMatterBytes <= 0 || maxPdfPages <= 0 || maxFolderDepth < 0
                || perFileTimeout.isNegative() || perFileTimeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The default file size limit for a heap of {@code maxHeap} bytes. */
    static long defaultMaxFileBytes(long maxHeap) {
        return Math.max(8L << 20, Math.min(MAX_DEFAULT_FILE_BYTES, maxHeap / 16));
    }

    public Limits withMaxFileBytes(long v) {
        return new Limits(v, maxTextChars, maxZipEntries, maxUnzippedBytes, maxUnzippedTotalBytes,
                maxFrontMatterBytes, maxPdfPages, maxFolderDepth, perFileTimeout);
    }

    /** Zip limits: entries, bytes per entry, bytes in all. */
    public Limits withZipLimits(int entries, long entryBytes, long totalBytes) {
        return new Limits(maxFileBytes, maxTextChars, entries, entryBytes, totalBytes,
                maxFrontMatterBytes, maxPdfPages, maxFolderDepth, perFileTimeout);
    }

    public Limits withMaxFolderDepth(int v) {
        return new Limits(maxFileBytes, maxTextChars, maxZipEntries, maxUnzippedBytes, maxUnzippedTotalBytes,
                maxFrontMatterBytes, maxPdfPages, v, perFileTimeout);
    }

    public Limits withPerFileTimeout(Duration v) {
        return new Limits(maxFileBytes, maxTextChars, maxZipEntries, maxUnzippedBytes, maxUnzippedTotalBytes,
                maxFrontMatterBytes, maxPdfPages, maxFolderDepth, v);
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
