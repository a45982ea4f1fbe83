package org.storycompare.json;

import java.io.IOException;

/** A report or workspace file that is not what it claims to be; the message names the place and the problem. */
public final class JsonFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
