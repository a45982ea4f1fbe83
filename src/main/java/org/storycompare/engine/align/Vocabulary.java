package org.storycompare.engine.align;

import java.util.HashMap;
import java.util.Map;

/** Interns normalised word forms as small integers. Not thread-safe: fill it from one thread. */
public final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();

    /** The id of a normalised form, adding it when new. */
    public int id(String normalised) {
        Integer id = ids.get(normalised);
        if (id == null) {
            id = ids.size();
            ids.put(normalised, id);
        }
        return id;
    }

    public int size() {
        return ids.size();
    }
}
