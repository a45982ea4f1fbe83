package org.storycompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void printsAtMostOneLinePerIntervalAndAlwaysTheEnd() {
        long[] now = {1000};
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), () -> now[0], 250);
        p.progress(1, 10, "aligning");
        now[0] += 100;
        p.progress(2, 10, "aligning");
        now[0] += 200;
        p.progress(3, 10, "aligning");
        p.progress(4, 10, "aligning");
        p.progress(10, 10, "done");
        p.progress(10, 10, "done");
        p.progress(0, 0, "coverage");
        now[0] += 300;
        p.progress(0, 0, "coverage");
        assertThat(s.toString().lines()).containsExactly(
                "comparing: 10% aligning", "comparing: 30% aligning", "comparing: 100% done", "comparing: coverage");
    }
}
