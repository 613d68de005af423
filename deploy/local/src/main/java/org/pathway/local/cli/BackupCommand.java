package org.pathway.local.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.pathway.local.backup.Backup;
import org.pathway.local.backup.BackupManifest;
import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Postgres;
import org.pathway.local.stack.StackDescription;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Dumps every database of the running stack (and its kept files) into a new directory. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Dump every database of the running stack (the services' and Keycloak's) and its kept files (the "
                + "services' secret key among them: keep the backup private) into deploy/local/run/backups/<UTC time>.",
                "Take it when the stack is quiet: each database is one snapshot, the broker's log is not in it."})
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", description = "The directory to create (default: run/backups/<UTC time>).")
    Path to;

    @Override
    public Integer call() {
        Layout layout = Layout.discover();
        StackDescription stack = RunningStack.find(layout)
                .orElseThrow(() -> new IllegalStateException("No stack running: a backup is taken of a running stack (`./pathway up`)"));
        Path dir = (to != null ? to : Backup.newDirectory(layout.runDir(), Instant.now())).toAbsolutePath();
        long t0 = System.nanoTime();
        System.out.println("Backing up into " + dir + " ...");
        BackupManifest manifest = Backup.take(stack, Postgres.servicePassword(System.getenv()), dir, System.out);
        System.out.printf("Backup of %d databases in %.1f s: %s%n  restore it with `./pathway restore %s`%n",
                manifest.databases().size(), (System.nanoTime() - t0) / 1e9, dir, dir);
        return 0;
    }
}
