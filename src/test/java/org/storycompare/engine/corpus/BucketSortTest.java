package org.storycompare.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storycompare.engine.model.CancelledException;
import org.storycompare.engine.model.Cancellation;

/** The bucketed sort gives Arrays.sort's order (signed, negatives first) and stops when cancelled. */
class BucketSortTest {

    @Test
    void sortsLikeArraysSortIncludingNegativesAndExtremes() {
        Random r = new Random(7);
        for (int len : new int[] {0, 5, 70_000, 300_000}) {
            long[] keys = new long[len + 10];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = i % 9 == 0 ? r.nextInt(1000) - 500 : r.nextLong();
            }
            if (len > 4) {
                keys[0] = Long.MIN_VALUE;
                keys[1] = Long.MAX_VALUE;
                keys[2] = -1;
                keys[3] = 0;
            }
            long[] expected = keys.clone();
            Arrays.sort(expected, 0, len);
            BucketSort.sort(keys, len, Cancellation.NEVER);
            assertThat(Arrays.equals(keys, expected)).as("sorted like Arrays.sort, keys past len untouched").isTrue();
        }
    }

    @Test
    void aCancelledSortStops() {
        long[] keys = new Random(3).longs(200_000).toArray();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThatThrownBy(() -> BucketSort.sort(keys, keys.length, cancel)).isInstanceOf(CancelledException.class);
    }
}
