package org.storycompare.ingest;

/**
 * The one documented failure of an {@link ArticleReader}: the file cannot be read as an article.
 * The message is the reason, written for the user (the loader adds the file name).
 */
public final class ReadException extends Exception {

    public ReadException(String reason) {
        super(reason);
    }

    public ReadException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason, e.g. "the file is empty". */
    public String reason() {
        return getMessage();
    }

    /** Refuses an empty file with the message every reader gives: "the file is empty". */
    public static void requireContent(byte[] data) throws ReadException {
        if (data.length == 0) {
            throw new ReadException("the file is empty");
        }
    }
}
