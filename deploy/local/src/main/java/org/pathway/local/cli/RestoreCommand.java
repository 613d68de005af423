package org.pathway.local.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.pathway.local.stack.Layout;
import org.pathway.local.stack.StackData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Starts a fresh stack in the background (as {@code up --fresh}) on a backup: its kept files first, then, once
 * everything is up, its databases loaded with the services and Keycloak stopped, and they started again.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Start a fresh stack in the background (as `up --fresh`) from a backup of `pathway backup`.")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The backup's directory.")
    Path backup;

    @Option(names = "--force", description = "Replace the data kept in run/data, when there is some.")
    boolean force;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Layout layout = Layout.discover().ensureRunDir();
        Path dir = backup.toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            throw new IllegalArgumentException(dir + " is not a backup (no manifest.json)");
        }
        if (RunningStack.find(layout).isPresent()) {
            throw new IllegalStateException("A stack is running: `./pathway down` first (restore starts a fresh one)");
        }
        if (StackData.keptIn(layout.runDir()) && !force) {
            throw new IllegalStateException("run/data holds a stack's data, which the restore would replace: add --force"
                    + " (or `./pathway backup` it first)");
        }
        return UpCommand.startInBackground(layout, List.of("--restore", dir.toString()), System.out);
    }
}
