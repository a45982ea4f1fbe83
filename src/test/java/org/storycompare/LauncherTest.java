package org.storycompare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void commandLineWordsGoToTheCliAndPathsToTheWindow() {
        assertThat(Launcher.isCliCommand("compare")).isTrue();
        assertThat(Launcher.isCliCommand("--help")).isTrue();
        assertThat(Launcher.isCliCommand("--version")).isTrue();
        assertThat(Launcher.isCliCommand("articles")).isFalse();
        assertThat(Launcher.isCliCommand("report.txt")).isFalse();
    }
}
