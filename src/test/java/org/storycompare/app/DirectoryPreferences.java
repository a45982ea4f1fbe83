package org.storycompare.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * {@link java.util.prefs.Preferences} kept in a directory the test owns (one properties file per node), so
 * that tests of remembered settings (recent files, theme) never write to the real user's preferences under
 * the home directory, and can still check that what was saved is read back by a new instance.
 */
public final class DirectoryPreferences extends AbstractPreferences {

    private final Path dir;
    private final Properties values = new Properties();
    private final Map<String, DirectoryPreferences> children = new HashMap<>();

    /** The root node of preferences kept under {@code dir}. */
    public static DirectoryPreferences root(Path dir) {
        return new DirectoryPreferences(null, "", dir);
    }

    private DirectoryPreferences(DirectoryPreferences parent, String name, Path dir) {
        super(parent, name);
        this.dir = dir;
        load();
    }

    /** The file this node's values are kept in. */
    public Path file() {
        String name = absolutePath().equals("/") ? "root" : absolutePath().substring(1).replace('/', '.');
        return dir.resolve(name + ".properties");
    }

    private void load() {
        values.clear();
        if (Files.isRegularFile(file())) {
            try (InputStream in = Files.newInputStream(file())) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.setProperty(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() throws BackingStoreException {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
    }

    @Override
    protected String[] keysSpi() {
        return values.stringPropertyNames().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, n -> new DirectoryPreferences(this, n, dir));
    }

    @Override
    protected void syncSpi() {
        load();
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file())) {
                values.store(out, "StoryCompare test preferences");
            }
        } catch (IOException e) {
            throw new BackingStoreException(e);
        }
    }
}
