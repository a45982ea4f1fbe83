package org.storycompare.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlAndDirectionCharactersBecomeVisibleEscapes() {
        assertThat(SafeText.escape("evil\u001B[2Jname.txt")).isEqualTo("evil\\x1B[2Jname.txt");
        assertThat(SafeText.escape("two\nlines\r\tand\u007F\u009B")).isEqualTo("two\\x0Alines\\x0D\\x09and\\x7F\\x9B");
        assertThat(SafeText.escape("report\u202Etxt.exe")).isEqualTo("report\\u202Etxt.exe");
        assertThat(SafeText.escape("Zürich – “quoted” 東京")).isEqualTo("Zürich – “quoted” 東京");
        assertThat(SafeText.escape(null)).isNull();
    }
}
