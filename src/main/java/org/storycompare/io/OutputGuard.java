package org.storycompare.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps a report, export or workspace save from destroying an article: a target that is an input file (by
 * path, through a symbolic link, or as a hard link to it) is refused, and so is a target with an article
 * file's extension inside a folder given as input (the next comparison of that folder would read the
 * report as an article). The CLI's {@code --out}, the window's export and its workspace save call
 * {@link #problem} before writing.
 */
public final class OutputGuard {

    private static final int MAX_LINK_HOPS = 40;

    private OutputGuard() {
    }

    /**
     * Why writing {@code target} would harm the inputs, in plain words for the user; empty when it is safe.
     *
     * @param target            the file about to be written
     * @param inputs            the files and folders the articles were read from
     * @param articleExtensions lower-case extensions (no dot) that the readers take as articles
     */
    public static Optional<String> problem(Path target, Collection<Path> inputs, Collection<String> articleExtensions) {
        Path out = resolve(target);
        String ext = extension(out);
        for (Path input : inputs) {
            if (input == null) {
                continue;
            }
            Path in = resolve(input);
            if (out.equals(in) || sameFile(target, input)) {
                return Optional.of(target + " is one of the articles being compared"
                        + (out.equals(target.toAbsolutePath().normalize()) ? "" : " (through a link)")
                        + "; writing there would destroy it. Choose another file name.");
            }
            if (Files.isDirectory(in) && out.startsWith(in) && ext != null && articleExtensions.contains(ext)) {
                return Optional.of(target + " is inside the folder " + input + " that is being compared, and a ."
                        + ext + " file there would be read as an article next time. Write it to another folder.");
            }
        }
        return Optional.empty();
    }

    /** The path with every symbolic link resolved, also when the file (or a link's target) does not exist yet. */
    static Path resolve(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
            try {
                return abs.toRealPath();
            } catch (IOException e) {
                // does not exist (yet): resolve the folder, then follow a dangling link by hand
            }
            Path parent = abs.getParent();
            Path name = abs.getFileName();
            if (parent == null || name == null) {
                return abs;
            }
            Path realParent = resolve(parent);
            Path here = realParent.resolve(name);
            if (!Files.isSymbolicLink(here)) {
                return here;
            }
            try {
                abs = realParent.resolve(Files.readSymbolicLink(here)).normalize();
            } catch (IOException e) {
                return here;
            }
        }
        return abs;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The lower-case extension of a file name without the dot, or null when it has none. */
    public static String extension(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 || dot == n.length() - 1 ? null : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
