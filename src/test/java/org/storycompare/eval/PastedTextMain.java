package org.storycompare.eval;

import java.nio.file.Path;

/** Runs only the pasted-text section: {@code PastedTextMain [real-news folder]}. */
public final class PastedTextMain {

    private PastedTextMain() {
    }

    public static void main(String[] args) throws Exception {
        new PastedTextEval(Path.of(args.length > 0 ? args[0] : "../shared/real-news"), Path.of("target", "eval")).run();
    }
}
