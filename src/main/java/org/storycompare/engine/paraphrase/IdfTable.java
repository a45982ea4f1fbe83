package org.storycompare.engine.paraphrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Inverse document frequency of word stems, idf = ln((docs + 1) / (df + 1)), with the document frequencies
 * counted over the sentences of the training part of MSRP (resource {@code idf-df.txt}, written by the
 * evaluation code; see docs/paraphrase.md). Stems not in the table (rare words, names, numbers) count as
 * seen once. Loaded once, immutable, thread-safe.
 */
final class IdfTable {

    static final String RESOURCE = "idf-df.txt";

    private static final IdfTable SHARED = load();

    private final Map<String, Integer> df;
    private final int docs;
    private final double unseen;

    private IdfTable(Map<String, Integer> df, int docs) {
        this.df = df;
        this.docs = docs;
        this.unseen = Math.log((docs + 1.0) / 2.0);
    }

    static IdfTable shared() {
        return SHARED;
    }

    /** The idf of a stem; numbers and unknown stems get the idf of a stem seen once. */
    double idf(String stem) {
        Integer d = df.get(stem);
        return d == null ? unseen : Math.log((docs + 1.0) / (d + 1.0));
    }

    int docs() {
        return docs;
    }

    private static IdfTable load() {
        Map<String, Integer> m = new HashMap<>();
        int docs = 1;
        try (InputStream in = IdfTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new IdfTable(m, docs);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#docs\t")) {
                    docs = Integer.parseInt(line.substring(6).trim());
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    int tab = line.lastIndexOf('\t');
                    m.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return new IdfTable(Map.of(), 1); // a broken resource: every word weighs the same
        }
        return new IdfTable(Map.copyOf(m), docs);
    }
}
