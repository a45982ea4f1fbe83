package org.storycompare.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByOthersLikeAnOrdinarySaveAndAReplacedOneKeepsItsPermissions() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("report.html");
        AtomicFile.write(report, out -> out.write("<p>one</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(report, out -> out.write("<p>two</p>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(report)).isEqualTo("<p>two</p>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-rw----");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }
}
