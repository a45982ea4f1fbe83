package org.storycompare.workspace.archfixture;

/** Breaks "the workspace does not use report writers" on purpose: ArchitectureTest checks the rule catches it. */
public final class BadWorkspaceClass {

    public Object writer() {
        return new org.storycompare.report.JsonReportWriter();
    }
}
