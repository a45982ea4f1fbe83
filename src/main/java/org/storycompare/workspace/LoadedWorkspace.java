package org.storycompare.workspace;

import java.util.List;

/** A reopened workspace and, per source, whether its file changed since the save. */
public record LoadedWorkspace(Workspace workspace, List<FileStatus> files) {

    public LoadedWorkspace {
        files = List.copyOf(files);
    }

    /** The sources whose file is no longer as saved (changed or missing). */
    public List<FileStatus> problems() {
        return files.stream().filter(f -> f.state() == FileStatus.State.CHANGED
                || f.state() == FileStatus.State.MISSING).toList();
    }
}
