package org.storycompare.engine.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in sentence model for tests: one dimension per invented topic, each named by a few words that mean the
 * same ("river", "water", "flood"); a sentence's vector counts its topic words, plus a small constant dimension so
 * that no vector is zero. Counts the sentences it encodes.
 */
final class TopicEncoder implements SentenceEncoder {

    static final Map<String, Integer> TOPICS = Map.ofEntries(
            Map.entry("river", 0), Map.entry("water", 0), Map.entry("flood", 0), Map.entry("flooded", 0),
            Map.entry("bridge", 1), Map.entry("crossing", 1), Map.entry("span", 1),
            Map.entry("mayor", 2), Map.entry("council", 2), Map.entry("town", 2), Map.entry("hall", 2),
            Map.entry("school", 3), Map.entry("pupils", 3), Map.entry("classes", 3), Map.entry("teachers", 3),
            Map.entry("budget", 4), Map.entry("money", 4), Map.entry("funds", 4), Map.entry("pounds", 4),
            Map.entry("orchard", 5), Map.entry("apples", 5), Map.entry("harvest", 5), Map.entry("cider", 5));

    final AtomicInteger encoded = new AtomicInteger();

    @Override
    public List<float[]> encode(List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            encoded.incrementAndGet();
            float[] v = new float[7];
            v[6] = 0.3f;
            for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                Integer d = TOPICS.get(w);
                if (d != null) {
                    v[d] += 1;
                }
            }
            out.add(SentenceEncoder.normalise(v));
        }
        return out;
    }

    @Override
    public String name() {
        return "topics (test)";
    }
}
