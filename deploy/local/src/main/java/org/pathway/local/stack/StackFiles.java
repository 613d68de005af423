package org.pathway.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** File chores of the run directory. */
public final class StackFiles {

    private StackFiles() {
    }

    /** Recreates the tree {@code from} at {@code to} with hard links (copies when linking fails, e.g. across file systems). */
    static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.createLink(target, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, target);
                    }
                }
            }
        }
    }
}
