package org.storycompare.app.archfixture;

/** Breaks "the app does not use the command line" on purpose: ArchitectureTest checks the rule catches it. */
public final class BadAppClass {

    public String version() {
        return org.storycompare.cli.Cli.appVersion();
    }
}
