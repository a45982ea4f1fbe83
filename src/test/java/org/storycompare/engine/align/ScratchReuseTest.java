package org.storycompare.engine.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.RandomTexts;
import org.storycompare.engine.StoryEngine;
import org.storycompare.engine.model.Article;
import org.storycompare.engine.model.Cancellation;
import org.storycompare.engine.model.CompareOptions;
import org.storycompare.engine.model.PairAlignment;

/**
 * The aligner reuses per-thread scratch arrays: an alignment must not depend on what the thread aligned
 * before (a bigger or smaller pair, other options) nor on other threads aligning at the same time.
 */
class ScratchReuseTest {

    private record Job(Article a, Article b, CompareOptions options) {
        PairAlignment run() {
            return new StoryEngine(options).align(a, b, Cancellation.NEVER);
        }
    }

    private static List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        int[] sizes = {3_000, 40, 800, 6_000, 5, 200, 2_500, 60};
        for (int i = 0; i < sizes.length; i++) {
            RandomTexts g = new RandomTexts(100 + i, 300 + 50 * i);
            List<String> pa = g.paragraphs(sizes[i]);
            List<String> pb = g.variant(pa, 0.05 + 0.03 * i, i % 4, i % 3);
            CompareOptions o = CompareOptions.builder().paraphrase(false).minMatchWords(2 + i % 6)
                    .ignorePunctuation(i % 2 == 0).stemming(i % 3 == 0).build();
            jobs.add(new Job(new Article("a" + i, RandomTexts.join(pa), null),
                    new Article("b" + i, RandomTexts.join(pb), null), o));
        }
        return jobs;
    }

    /** Each job aligned on a new thread, which starts with empty scratch arrays. */
    private static PairAlignment fresh(Job job) throws Exception {
        PairAlignment[] out = new PairAlignment[1];
        Thread t = new Thread(() -> out[0] = job.run());
        t.start();
        t.join();
        return out[0];
    }

    @Test
    void resultsDoNotDependOnEarlierAlignmentsOnTheSameThread() throws Exception {
        List<Job> jobs = jobs();
        List<PairAlignment> expected = new ArrayList<>();
        for (Job j : jobs) {
            expected.add(fresh(j));
        }
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < jobs.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(5));
        for (int i : order) {
            assertThat(jobs.get(i).run()).as("job %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void concurrentAlignmentsGiveTheSameResults() throws Exception {
        List<Job> jobs = jobs();
        List<PairAlignment> expected = new ArrayList<>();
        for (Job j : jobs) {
            expected.add(fresh(j));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PairAlignment>> results = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < jobs.size(); i++) {
                    Job j = jobs.get(i);
                    results.add(pool.submit(j::run));
                    index.add(i);
                }
            }
            for (int r = 0; r < results.size(); r++) {
                assertThat(results.get(r).get()).as("job %d", index.get(r)).isEqualTo(expected.get(index.get(r)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
