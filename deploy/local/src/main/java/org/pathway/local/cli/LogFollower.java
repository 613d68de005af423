package org.pathway.local.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints what has been appended to a log file since the last call, like {@code tail -f}. */
final class LogFollower {

    private final Path file;
    private long position;

    LogFollower(Path file) {
        this.file = file;
    }

    void printNew(PrintStream out) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() <= position) {
                return;
            }
            in.seek(position);
            byte[] appended = new byte[(int) (in.length() - position)];
            in.readFully(appended);
            position += appended.length;
            out.print(new String(appended, StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
