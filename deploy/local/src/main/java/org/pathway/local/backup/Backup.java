package org.pathway.local.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.local.stack.Layout;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackData;
import org.pathway.local.stack.StackDescription;
import org.pathway.local.stack.StackOptions;
import org.pathway.local.stack.StackSettings;
import org.pathway.testkit.infra.PostgresLogin;

/**
 * {@code pathway backup} and {@code pathway restore}: every database of a running stack (the services' and
 * Keycloak's) dumped into a directory of its own, with the stack's kept files (the secret key without which the
 * stored signing secrets cannot be read, Keycloak's admin password, the pathway's start date); and that directory
 * loaded into a fresh stack. Each database is dumped in one snapshot, but not all at one instant, and the broker's log
 * is not in the backup: take it when the stack is quiet (every consumer caught up).
 */
public final class Backup {

    /** {@code backups/<UTC time>} in the run directory. */
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backup() {
    }

    /** A new directory for a backup taken now, under {@code <runDir>/backups}. */
    public static Path newDirectory(Path runDir, Instant now) {
        return runDir.resolve("backups").resolve(NAME.format(now));
    }

    /**
     * Dumps every database the stack describes into {@code dir} (created, readable by its owner alone), with the
     * stack's kept files.
     */
    public static BackupManifest take(StackDescription stack, String password, Path dir, PrintStream progress) {
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Map<String, BackupManifest.Database> databases = new LinkedHashMap<>();
            for (Map.Entry<String, String> database : stack.databases().entrySet()) {
                long t0 = System.nanoTime();
                PostgresLogin login = new PostgresLogin(database.getValue(), stack.databaseUser(), password);
                try (Connection connection = login.connect()) {
                    BackupManifest.Database dump = DatabaseDump.dump(connection, dir.resolve(database.getKey()));
                    databases.put(database.getKey(), dump);
                    progress.printf("  %-12s %4d tables %8d rows  %5.1f s%n", database.getKey(), dump.tables().size(), dump.rows(),
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            if (stack.data() != null) {
                StackData.copyFiles(stack.data(), dir);
            }
            BackupManifest manifest = new BackupManifest(Instant.now(), databases);
            manifest.write(dir);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup to " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump the stack's databases: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a stack with {@code options} and, when they name a backup ({@link StackOptions#restoring}), loads it
     * ({@link #restore}); a failure stops the stack.
     */
    public static Stack start(Layout layout, StackSettings settings, StackOptions options, Map<String, String> env,
                              PrintStream progress) {
        Stack stack = Stack.start(layout, settings, options, env, progress);
        if (options.restoreFrom() != null) {
            progress.println("Restoring the backup in " + options.restoreFrom() + " ...");
            try {
                restore(stack, options.restoreFrom(), progress);
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }
        return stack;
    }

    /**
     * Loads the backup in {@code dir} into a stack started fresh on it ({@link org.pathway.local.stack.StackOptions#restoring}:
     * its kept files already adopted): the services and Keycloak stopped, each database's rows replaced by the
     * backup's, and they started again.
     */
    public static void restore(Stack stack, Path dir, PrintStream progress) {
        BackupManifest manifest;
        try {
            manifest = BackupManifest.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("not a backup: " + dir, e);
        }
        List<String> services = stack.serviceNames();
        services.forEach(stack::stop);
        stack.stop("keycloak");
        try {
            for (Map.Entry<String, BackupManifest.Database> database : manifest.databases().entrySet()) {
                long t0 = System.nanoTime();
                try (Connection connection = stack.postgres().adminLogin(database.getKey()).connect()) {
                    DatabaseDump.restore(connection, dir.resolve(database.getKey()), database.getValue());
                }
                progress.printf("  %-12s %8d rows restored  %5.1f s%n", database.getKey(), database.getValue().rows(),
                        (System.nanoTime() - t0) / 1e9);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup in " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore the backup in " + dir + ": " + e.getMessage(), e);
        }
        stack.startAgain("keycloak");
        services.parallelStream().forEach(stack::startAgain);
    }
}
