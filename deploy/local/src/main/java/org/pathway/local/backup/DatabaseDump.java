package org.pathway.local.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * One database's rows, written and read with PostgreSQL's {@code COPY} (text format, one file per table) through
 * the JDBC driver, and its sequences' values. The schema is not in the dump: a restore goes into a database the same
 * build made (the services' migrations, Keycloak's), which a fresh stack has. (No {@code pg_dump} of PostgreSQL 17 is
 * on these machines: the embedded server's binaries have none, and Debian's {@code pg_dump} 15 refuses a newer
 * server.)
 */
final class DatabaseDump {

    /** Every ordinary table (partitions included) outside PostgreSQL's own schemas. */
    private static final String TABLES = """
            select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
            order by 1, 2""";
    /** Stored columns, in order (generated columns are computed again on restore). */
    private static final String COLUMNS = """
            select a.attname from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = ? and c.relname = ? and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
            order by a.attnum""";
    private static final String SEQUENCES = """
            select schemaname, sequencename, last_value from pg_sequences
            where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2""";

    private DatabaseDump() {
    }

    /** Writes every table's rows to {@code dir} in one snapshot of the database (a repeatable-read transaction). */
    static BackupManifest.Database dump(Connection connection, Path dir) throws SQLException, IOException {
        Files.createDirectories(dir);
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        CopyManager copy = connection.unwrap(BaseConnection.class).getCopyAPI();
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (BackupManifest.Table table : tables(connection)) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(table.file()))) {
                long rows = copy.copyOut("copy " + table.qualified() + " (" + table.columnList() + ") to stdout", out);
                tables.add(table.withRows(rows));
            }
        }
        List<BackupManifest.Sequence> sequences = sequences(connection);
        connection.commit();
        return new BackupManifest.Database(tables, sequences);
    }

    /**
     * Replaces every row of the database with the dump's, in one transaction: the tables emptied, the rows copied in
     * (foreign keys and triggers off meanwhile: needs a superuser), the sequences set. Fails, changing nothing, when
     * the database lacks a table or column of the dump (a backup of another build).
     */
    static void restore(Connection connection, Path dir, BackupManifest.Database dump) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            List<BackupManifest.Table> present = tables(connection);
            Set<String> missing = new LinkedHashSet<>(dump.tables().stream().map(BackupManifest.Table::withoutRows).map(String::valueOf).toList());
            present.stream().map(String::valueOf).forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the database has not the tables and columns of the backup (a backup of another build?): "
                        + missing);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                if (!present.isEmpty()) {
                    statement.execute("truncate " + String.join(", ", present.stream().map(BackupManifest.Table::qualified).toList()));
                }
            }
            CopyManager copy = connection.unwrap(BaseConnection.class).getCopyAPI();
            for (BackupManifest.Table table : dump.tables()) {
                try (InputStream in = Files.newInputStream(dir.resolve(table.file()))) {
                    copy.copyIn("copy " + table.qualified() + " (" + table.columnList() + ") from stdin", in);
                }
            }
            for (BackupManifest.Sequence sequence : dump.sequences()) {
                if (sequence.lastValue() == null) {
                    // Never used in the backup: back to its start, as new.
                    try (Statement restart = connection.createStatement()) {
                        restart.execute("alter sequence " + sequence.qualified() + " restart");
                    }
                    continue;
                }
                try (PreparedStatement set = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
                    set.setString(1, sequence.qualified());
                    set.setLong(2, sequence.lastValue());
                    set.execute();
                }
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static List<BackupManifest.Table> tables(Connection connection) throws SQLException {
        List<BackupManifest.Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(new BackupManifest.Table(rows.getString(1), rows.getString(2), List.of(), null));
            }
        }
        List<BackupManifest.Table> withColumns = new ArrayList<>();
        try (PreparedStatement columns = connection.prepareStatement(COLUMNS)) {
            for (BackupManifest.Table table : tables) {
                columns.setString(1, table.schema());
                columns.setString(2, table.name());
                List<String> names = new ArrayList<>();
                try (ResultSet rows = columns.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                withColumns.add(new BackupManifest.Table(table.schema(), table.name(), names, null));
            }
        }
        return withColumns;
    }

    private static List<BackupManifest.Sequence> sequences(Connection connection) throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SEQUENCES)) {
            while (rows.next()) {
                long last = rows.getLong(3);
                Long lastValue = rows.wasNull() ? null : last;
                sequences.add(new BackupManifest.Sequence(rows.getString(1), rows.getString(2), lastValue));
            }
        }
        return sequences;
    }
}
