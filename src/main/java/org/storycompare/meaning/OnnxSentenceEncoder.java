package org.storycompare.meaning;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.storycompare.engine.meaning.SentenceEncoder;

/**
 * The sentence encoder shipped with the app: all-MiniLM-L6-v2, quantised to 8 bits (about 23 MB), run by ONNX
 * Runtime in process through langchain4j-embeddings; 384-dimensional, mean-pooled, unit-length vectors. The
 * model and its tokenizer are read from the class path; nothing is ever downloaded (DJL is told to stay offline).
 * The model loads once per process, in the background: {@link #warmUp()} starts it, and the first
 * {@link #encode} waits for it.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    /** The model file inside the model artifact. */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    static final String NAME = "all-MiniLM-L6-v2 (quantised, ONNX Runtime)";

    private static final Object LOCK = new Object();
    private static CompletableFuture<EmbeddingModel> model;

    /** True when the model and its runtime are on the class path (a build without them runs without meaning). */
    public static boolean isPresent() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment", false, OnnxSentenceEncoder.class.getClassLoader());
            Class.forName("dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel",
                    false, OnnxSentenceEncoder.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        return AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource(MODEL_RESOURCE) != null;
    }

    /** Starts loading the model on a background thread (once per process); returns at once. */
    public static void warmUp() {
        loading();
    }

    /** True once the model has loaded (and did not fail). */
    public static boolean isLoaded() {
        synchronized (LOCK) {
            return model != null && model.isDone() && !model.isCompletedExceptionally();
        }
    }

    private static CompletableFuture<EmbeddingModel> loading() {
        synchronized (LOCK) {
            if (model == null) {
                // DJL's tokenizer would fetch a missing native library from the network: never
                System.setProperty("ai.djl.offline", "true");
                model = CompletableFuture.supplyAsync(AllMiniLmL6V2QuantizedEmbeddingModel::new, runnable -> {
                    Thread t = new Thread(runnable, "meaning-model-loader");
                    t.setDaemon(true);
                    t.start();
                });
            }
            return model;
        }
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        EmbeddingModel m;
        try {
            m = loading().join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The meaning model (" + NAME + ") could not be loaded: " + cause, cause);
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            // the model refuses blank text; a blank sentence means nothing
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        m.embedAll(segments).content().forEach(e -> out.add(SentenceEncoder.normalise(e.vector())));
        return out;
    }

    @Override
    public String name() {
        return NAME;
    }
}
