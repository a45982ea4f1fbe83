package org.storycompare.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths a user gave into the article files to read: files as given, folders searched
 * recursively in name order, within the depth limit (there is no limit on the number of files). Symbolic links are followed, but a
 * link back to an enclosing folder (a loop) is reported and not entered; a folder reached twice is read once.
 */
final class FolderScanner {

    private final ReaderRegistry registry;
    private final Limits limits;
    private final List<Path> files = new ArrayList<>();
    private final List<LoadError> errors;
    private final List<String> notes;
    private final Set<Path> seenFiles = new HashSet<>();
    private final Set<Path> seenFolders = new HashSet<>();

    FolderScanner(ReaderRegistry registry, Limits limits, List<LoadError> errors, List<String> notes) {
        this.registry = registry;
        this.limits = limits;
        this.errors = errors;
        this.notes = notes;
    }

    /** The files to read, in order; problems go to the error and note lists given to the constructor. */
    List<Path> scan(List<Path> paths) {
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                Path real = realPath(p);
                if (real != null) {
                    Set<Path> ancestors = new HashSet<>();
                    ancestors.add(real);
                    if (seenFolders.add(real)) {
                        walk(p, 0, ancestors);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (registry.forFile(p).isPresent()) {
                    add(p);
                } else {
                    errors.add(new LoadError(p, "unsupported file type" + describeExtension(p)
                            + "; supported: " + String.join(", ", registry.extensions())));
                }
            } else if (Files.isSymbolicLink(p)) {
                errors.add(new LoadError(p, "this link points nowhere or loops back on itself"));
            } else if (Files.exists(p)) {
                errors.add(new LoadError(p, "this is not a regular file (a device, pipe or socket)"));
            } else {
                errors.add(new LoadError(p, "file not found"));
            }
        }
        return files;
    }

    private void walk(Path dir, int depth, Set<Path> ancestors) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (AccessDeniedException e) {
            errors.add(new LoadError(dir, "permission denied: cannot open this folder"));
            return;
        } catch (IOException | RuntimeException e) {
            errors.add(new LoadError(dir, "cannot open this folder: " + FrontMatter.firstLine(e.getMessage())));
            return;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                Path real = realPath(entry);
                if (real == null) {
                    continue;
                }
                if (ancestors.contains(real)) {
                    errors.add(new LoadError(entry, "symbolic link loop: this folder link points back to "
                            + real + ", which contains it; not followed"));
                } else if (depth + 1 > limits.maxFolderDepth()) {
                    notes.add(entry + ": folder not searched, it is more than " + limits.maxFolderDepth()
                            + " levels deep");
                } else if (!seenFolders.add(real)) {
                    notes.add(entry + ": folder skipped, it was already read through another path");
                } else {
                    Set<Path> inner = new HashSet<>(ancestors);
                    inner.add(real);
                    walk(entry, depth + 1, inner);
                }
            } else if (Files.isRegularFile(entry)) {
                if (isReadme(entry)) {
                    notes.add(entry + ": skipped, a README describes the folder and is not an article"
                            + " (give the file by name to read it)");
                } else if (registry.forFile(entry).isPresent()) {
                    add(entry);
                } else {
                    notes.add(entry + ": skipped, not an article format" + describeExtension(entry));
                }
            } else if (Files.isSymbolicLink(entry)) {
                errors.add(new LoadError(entry, "this link points nowhere or loops back on itself"));
            } else {
                notes.add(entry + ": skipped, not a regular file");
            }
        }
    }

    private void add(Path file) {
        Path real = realPath(file);
        if (real == null) {
            return;
        }
        if (!seenFiles.add(real)) {
            notes.add(file + ": skipped, the same file is already in the batch");
            return;
        }
        files.add(file);
    }

    private Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (NoSuchFileException e) {
            errors.add(new LoadError(p, "file not found"));
        } catch (IOException e) {
            errors.add(new LoadError(p, "cannot resolve this path: " + FrontMatter.firstLine(e.getMessage())));
        }
        return null;
    }

    private static boolean isReadme(Path p) {
        String name = String.valueOf(p.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return name.equals("readme") || name.startsWith("readme.");
    }

    private static String describeExtension(Path p) {
        String ext = ReaderRegistry.extension(p);
        return ext == null ? " (no extension)" : " (." + ext + ")";
    }
}
