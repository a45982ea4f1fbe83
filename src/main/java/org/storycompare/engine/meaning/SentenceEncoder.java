package org.storycompare.engine.meaning;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are (a sentence-embedding model).
 * The engine only sees this interface; the model and its runtime live outside the engine
 * ({@code org.storycompare.meaning}). Implementations must be thread-safe and must not use the network.
 */
public interface SentenceEncoder {

    /**
     * One unit-length vector per text, in order. May block the first time while the model loads.
     *
     * @throws IllegalStateException when the model cannot be loaded (the message says why)
     */
    List<float[]> encode(List<String> texts);

    /** A short name for reports ("all-MiniLM-L6-v2 (quantised, ONNX)"). */
    String name();

    /** Cosine of two unit vectors (their dot product). */
    static double cosine(float[] a, float[] b) {
        double s = 0;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Scales a vector to unit length in place (a zero vector stays zero) and returns it. */
    static float[] normalise(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
