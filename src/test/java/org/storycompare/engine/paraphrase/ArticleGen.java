package org.storycompare.engine.paraphrase;

import java.util.Map;
import java.util.Random;

/**
 * Generates invented news-like articles for tests and benchmarks: a seeded "original", or its "spun"
 * version with synonym swaps, a few garbled words and some sentences replaced by unrelated ones.
 */
public final class ArticleGen {

    private static final String[] WHO = {"The mayor", "A council spokesman", "The fire chief", "Local residents",
        "The harbour master", "Police officers", "The head teacher", "Shop owners", "The health board",
        "Volunteers from Harwick", "The Kelby ferry company", "Farmers near Dunmore"};
    private static final String[] VERB = {"said", "warned", "confirmed", "announced", "reported", "claimed"};
    private static final String[] WHAT = {"the flood damage was worse than expected",
        "the old bridge would stay closed for repairs", "the evacuation of the riverside district was complete",
        "residents were appalled by the delay", "the new school building would open in spring",
        "the market square needed urgent work", "the storm had destroyed several roofs",
        "the ferry service would resume next week", "emergency crews had worked through the night",
        "the annual festival was cancelled", "the price of bread had risen sharply",
        "the hospital car park would be enlarged"};
    private static final String[] WHEN = {"on Monday", "on Tuesday evening", "late on Friday", "this morning",
        "after a long meeting", "in a short statement", "at a press briefing", "during a visit to the site"};

    private static final Map<String, String> SPIN = Map.ofEntries(
            Map.entry("said", "stated"), Map.entry("warned", "cautioned"), Map.entry("residents", "inhabitants"),
            Map.entry("appalled", "horrified"), Map.entry("damage", "harm"), Map.entry("expected", "anticipated"),
            Map.entry("repairs", "renovation"), Map.entry("complete", "finished"), Map.entry("delay", "hold-up"),
            Map.entry("urgent", "pressing"), Map.entry("destroyed", "wrecked"), Map.entry("resume", "restart"),
            Map.entry("cancelled", "called off"), Map.entry("risen", "increased"), Map.entry("sharply", "steeply"),
            Map.entry("enlarged", "expanded"), Map.entry("announced", "declared"), Map.entry("crews", "teams"),
            Map.entry("building", "structure"), Map.entry("worse", "more serious"));

    private ArticleGen() {
    }

    /** An article of n sentences; when spun, the same story reworded, with every fifth sentence replaced. */
    public static String article(long seed, int n, boolean spun) {
        Random r = new Random(seed);
        Random spin = new Random(seed * 31 + 7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String who = WHO[r.nextInt(WHO.length)];
            String verb = VERB[r.nextInt(VERB.length)];
            String what = WHAT[r.nextInt(WHAT.length)];
            String when = WHEN[r.nextInt(WHEN.length)];
            int number = 2 + r.nextInt(90);
            String s = who + " " + verb + " " + when + " that " + what + ", with " + number
                    + " people affected in the district.";
            if (spun) {
                if (i % 5 == 4) {
                    s = WHO[spin.nextInt(WHO.length)] + " " + VERB[spin.nextInt(VERB.length)]
                            + " that a new sports hall and a library for the village of Eskholme were planned.";
                } else {
                    s = spinSentence(s, spin);
                }
            }
            sb.append(s).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return sb.toString().strip();
    }

    private static String spinSentence(String s, Random spin) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            String core = w.replaceAll("[^A-Za-z-]", "");
            String tail = w.substring(core.length());
            String rep = SPIN.get(core);
            if (rep != null && spin.nextInt(4) > 0) {
                out.append(rep).append(tail);
            } else if (core.length() > 6 && spin.nextInt(12) == 0) {
                int k = 2 + spin.nextInt(core.length() - 3);
                out.append(core, 0, k).append(core.substring(k + 1)).append(tail);
            } else {
                out.append(w);
            }
            out.append(' ');
        }
        return out.toString().strip();
    }
}
