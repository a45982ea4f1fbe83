package org.storycompare.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A short seeded fuzz pass in every build: each reader gets mutants of our own small files, each read on a
 * worker thread under a time limit. Each must give an article with text or a {@link ReadException} in plain
 * words; no other exception or error, no out-of-memory, no thread left busy after a timeout. The long pass is
 * {@code mvn -Pfuzz test} (the same test run by time through {@link FuzzMain}); replay a failure with the seed and iteration printed.
 */
class ReaderFuzzTest {

    private static final int PER_READER = 250;
    private static final long SEED = 20240304L;

    @TestFactory
    List<DynamicTest> everyReaderGivesAnArticleOrAPlainRefusal() throws Exception {
        long seconds = Long.getLong("fuzz.seconds", 0);
        if (seconds > 0) { // mvn -Pfuzz: the long pass
            return List.of(DynamicTest.dynamicTest("long pass, " + seconds + " s", () -> assertThat(FuzzMain.run(seconds,
                    Long.getLong("fuzz.seed", 1), Long.getLong("fuzz.mutants", Long.MAX_VALUE),
                    Path.of(System.getProperty("fuzz.out", "target/fuzz")), readers())).isZero()));
        }
        return FuzzRunner.standard(Limits.DEFAULT, 20_000).stream().map(runner -> DynamicTest.dynamicTest(
                runner.format(), () -> {
                    FuzzRunner.Tally t = runner.run(SEED, PER_READER, () -> true);
                    assertThat(t.failures).as("seed %d", SEED).isEmpty();
                    assertThat(t.mutants).isEqualTo(PER_READER);
                    assertThat(t.busyAfterTimeout).isZero();
                    assertThat(t.refused).as("some mutations must break the file").isPositive();
                })).toList();
    }

    private static List<String> readers() {
        String r = System.getProperty("fuzz.readers", "");
        return r.isBlank() ? List.of() : List.of(r.split(","));
    }
}
