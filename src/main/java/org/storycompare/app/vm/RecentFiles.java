package org.storycompare.app.vm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened files and folders, newest first, kept in {@link Preferences}. */
public final class RecentFiles {

    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> items = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: an unmodifiable wrapper holds its own listeners and is only weakly
     * listened to by {@link #items}, so a fresh wrapper per call (with a menu listening to it) could be
     * garbage-collected and the menu would silently stop following the list.
     */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(items);

    /** @param prefs the node to keep the list in (the app uses a user node); null keeps it in memory only */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; prefs != null && i < MAX; i++) {
            String v = prefs.get(KEY + i, null);
            if (v != null && !v.isBlank()) {
                Path p = Path.of(v);
                if (!items.contains(p)) {
                    items.add(p);
                }
            }
        }
    }

    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/storycompare/app"));
    }

    /** The entries, newest first; the same read-only list on every call, so listeners on it stay attached. */
    public ObservableList<Path> items() {
        return readOnly;
    }

    /** Puts the paths first (most recent first in argument order), dropping duplicates and the oldest past {@link #MAX}. */
    public void add(List<Path> paths) {
        List<Path> next = new ArrayList<>();
        for (Path p : paths) {
            Path n = p.toAbsolutePath().normalize();
            if (!next.contains(n)) {
                next.add(n);
            }
        }
        for (Path p : items) {
            if (!next.contains(p)) {
                next.add(p);
            }
        }
        items.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    /** Drops one entry (e.g. a file that no longer exists); false when it was not listed. */
    public boolean remove(Path path) {
        boolean removed = items.remove(path.toAbsolutePath().normalize());
        if (removed) {
            save();
        }
        return removed;
    }

    public void clear() {
        items.clear();
        save();
    }

    private void save() {
        if (prefs == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < items.size()) {
                prefs.put(KEY + i, items.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.getLogger(RecentFiles.class.getName()).log(System.Logger.Level.WARNING,
                    "could not save recent files: " + e.getMessage());
        }
    }
}
