package org.storycompare.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one way StoryCompare replaces a file (reports, workspaces, exports): the content goes to a temporary
 * file beside the target, is flushed and forced to disk, then moved over the target with an atomic rename.
 *
 * <p>The temporary file has one fixed name per target ({@link #tempFor}), so a process killed at any moment
 * leaves the old file or the new one, plus at most that one temporary file; the next save of the same target
 * removes it before it starts. A failure seen while saving removes the temporary file at once.
 */
public final class AtomicFiles {

    /** What marks a temporary file as ours: {@code .<target name>}{@value #SUFFIX}. */
    public static final String SUFFIX = ".storycompare-tmp";
    private static final int MAX_NAME = 200;

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /**
     * @param decorate wraps the stream the content is written to (tests use it to fail or pause part-way)
     */
    public static void write(Path target, Content content, UnaryOperator<OutputStream> decorate) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(abs)) {
            throw new IOException(target + ": is a folder");
        }
        Path tmp = tempFor(abs);
        removeStale(tmp);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = decorate.apply(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
                content.writeTo(out);
                out.flush();
                ch.force(true);
            } catch (FileAlreadyExistsException e) {
                throw new IOException(target + ": another save of this file is in progress", e);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceFolder(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The temporary file used while {@code target} is saved: {@code .<name>.storycompare-tmp} beside it. */
    public static Path tempFor(Path target) {
        Path abs = target.toAbsolutePath();
        String name = String.valueOf(abs.getFileName());
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME) + "-" + Integer.toHexString(name.hashCode());
        }
        return abs.resolveSibling("." + name + SUFFIX);
    }

    /** A temporary file left by a save that was killed: removed if it is a plain file (never a link's target). */
    private static void removeStale(Path tmp) throws IOException {
        if (Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(tmp)) {
            Files.deleteIfExists(tmp);
        } else if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(tmp + " is in the way of the save and is not a file StoryCompare left behind");
        }
    }

    /**
     * The finished file gets the permissions the file it replaces had, or rw-r--r-- when it is new, as an
     * ordinary save would. Ignored where POSIX is absent.
     */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            Set<PosixFilePermission> perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder; ignored elsewhere. */
    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform (e.g. Windows); the file itself is already on disk
        }
    }
}
