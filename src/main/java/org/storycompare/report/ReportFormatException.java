package org.storycompare.report;

import java.io.IOException;

/** A report or workspace file that is not what it claims to be; the message names the place and the problem. */
public final class ReportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public ReportFormatException(String message) {
        super(message);
    }

    public ReportFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
