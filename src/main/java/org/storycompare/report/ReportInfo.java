package org.storycompare.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Who made a report and when: the application name and version, and the creation instant. */
public record ReportInfo(String app, String version, Instant created) {

    public ReportInfo {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(created, "created");
    }

    /** StoryCompare at this build's version, created now (to the second). */
    public static ReportInfo now() {
        return now(appVersion());
    }

    /** The version from the jar's manifest, "dev" when run from classes (the window, the CLI and reports use it). */
    public static String appVersion() {
        String v = ReportInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** StoryCompare at the given version, created now (to the second). */
    public static ReportInfo now(String version) {
        return new ReportInfo("StoryCompare", version, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
