package org.storycompare.app;

import javafx.stage.Window;
import org.storycompare.app.vm.MainViewModel;

/**
 * The hook through which File &gt; Export and the workspace items reach the report and workspace layers.
 * The window shows these items disabled while {@link #available()} is false ({@link #NONE}); an
 * implementation in the app package (registered with {@link StoryCompareApp#setExportActions}) enables
 * them. Methods run on the FX thread; long work goes to the model's runner, and failures to its status
 * model's error banner.
 */
public interface ExportActions {

    /** No exports (windows in tests): every item is shown disabled. */
    ExportActions NONE = new ExportActions() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void export(Window owner, MainViewModel model) {
            throw new UnsupportedOperationException("reports are not wired yet");
        }

        @Override
        public void saveWorkspace(Window owner, MainViewModel model) {
            throw new UnsupportedOperationException("workspaces are not wired yet");
        }

        @Override
        public void openWorkspace(Window owner, MainViewModel model) {
            throw new UnsupportedOperationException("workspaces are not wired yet");
        }
    };

    boolean available();

    /** Exports the current comparison (the model's comparison, pair and options) as the user chooses. */
    void export(Window owner, MainViewModel model);

    /** Saves the current sources, options and comparison as a workspace file. */
    void saveWorkspace(Window owner, MainViewModel model);

    /** Opens a workspace file into the model (e.g. {@code model.setLoaded(...)}, {@code model.settings().load(...)}). */
    void openWorkspace(Window owner, MainViewModel model);
}
