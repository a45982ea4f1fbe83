package org.storycompare.meaning;

import org.storycompare.engine.meaning.CachedEncoder;
import org.storycompare.engine.meaning.SentenceEncoder;
import org.storycompare.engine.model.CompareOptions;

/**
 * The app's one sentence encoder, shared by the window and the command line: the ONNX model behind a cache of
 * 20,000 sentences (about 30 MB), so a re-run after a settings change encodes nothing again. Null wherever the
 * model is not part of the build or the options turn meaning matching off; the model loads in the background the
 * first time it is asked for.
 */
public final class Meaning {

    static final int CACHE_SENTENCES = 20_000;
    private static final boolean PRESENT = OnnxSentenceEncoder.isPresent();
    private static final SentenceEncoder SHARED = PRESENT
            ? new CachedEncoder(new OnnxSentenceEncoder(), CACHE_SENTENCES) : null;

    private Meaning() {
    }

    /** True when the sentence model is part of this build. */
    public static boolean isAvailable() {
        return PRESENT;
    }

    /** The shared encoder when the options ask for meaning and the model is present (its loading starts), else null. */
    public static SentenceEncoder encoder(CompareOptions options) {
        if (SHARED == null || !options.meaning()) {
            return null;
        }
        OnnxSentenceEncoder.warmUp();
        return SHARED;
    }

    /**
     * As {@link #encoder}, but null while the model is still loading (its loading starts): for work that must not
     * wait, such as the first pair on screen.
     */
    public static SentenceEncoder encoderIfLoaded(CompareOptions options) {
        SentenceEncoder e = encoder(options);
        return e != null && OnnxSentenceEncoder.isLoaded() ? e : null;
    }
}
