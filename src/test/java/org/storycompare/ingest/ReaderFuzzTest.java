package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A short seeded fuzz pass in every build: each reader gets mutants of our own small files, each read on a
 * worker thread under a time limit. Each must give an article with text or a {@link ReadException} in plain
 * words; no other exception or error, no out-of-memory, no thread left busy after a timeout. The long pass is
 * {@code mvn -Pfuzz} ({@link FuzzMain}); replay a failure with the seed and iteration printed.
 */
class ReaderFuzzTest {

    private static final int PER_READER = 250;
    private static final long SEED = 20240304L;

    @TestFactory
    List<DynamicTest> everyReaderGivesAnArticleOrAPlainRefusal() throws Exception {
        return FuzzRunner.standard(Limits.DEFAULT, 20_000).stream().map(runner -> DynamicTest.dynamicTest(
                runner.format(), () -> {
                    FuzzRunner.Tally t = runner.run(SEED, PER_READER, () -> true);
                    assertThat(t.failures).as("seed %d", SEED).isEmpty();
                    assertThat(t.mutants).isEqualTo(PER_READER);
                    assertThat(t.busyAfterTimeout).isZero();
                    assertThat(t.refused).as("some mutations must break the file").isPositive();
                })).toList();
    }
}
