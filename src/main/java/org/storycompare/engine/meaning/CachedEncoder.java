package org.storycompare.engine.meaning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the vectors of the sentences already encoded (keyed by their exact text), so that a re-run after a
 * settings change, or the same sentence met in many pairs, is encoded once. Bounded: the least recently used
 * entries go first past {@code capacity}. Thread-safe.
 */
public final class CachedEncoder implements SentenceEncoder {

    private final SentenceEncoder inner;
    private final Map<String, float[]> cache;

    public CachedEncoder(SentenceEncoder inner, int capacity) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public List<float[]> encode(List<String> texts) {
        float[][] out = new float[texts.size()][];
        Map<String, Integer> missing = new LinkedHashMap<>();
        synchronized (cache) {
            for (int i = 0; i < texts.size(); i++) {
                out[i] = cache.get(texts.get(i));
                if (out[i] == null) {
                    missing.putIfAbsent(texts.get(i), missing.size());
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = inner.encode(new ArrayList<>(missing.keySet()));
            synchronized (cache) {
                missing.forEach((text, k) -> cache.put(text, fresh.get(k)));
            }
            for (int i = 0; i < texts.size(); i++) {
                if (out[i] == null) {
                    out[i] = fresh.get(missing.get(texts.get(i)));
                }
            }
        }
        return List.of(out);
    }

    /** How many sentences are kept. */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    @Override
    public String name() {
        return inner.name();
    }
}
