package org.pathway.local.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.testkit.infra.Ports;
import org.pathway.testkit.infra.PostgresLogin;
import org.pathway.testkit.infra.PostgresServer;

/** A dump of one database by COPY, restored into another made by the same schema, on a real PostgreSQL 17. */
class DatabaseDumpTest {

    /** A site schema, a foreign key, an identity column, a generated column, text that needs escaping. */
    private static final String[] SCHEMA = {
        "create schema site_a",
        "create table site_a.referral (id bigint generated always as identity primary key, note text,"
                + " note_length int generated always as (length(note)) stored)",
        "create table site_a.event (id uuid primary key, referral_id bigint not null references site_a.referral (id), sent boolean)",
        "create sequence site_a.never_used",
    };

    @TempDir
    static Path dir;
    private static PostgresServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.start(Ports.free(), dir.resolve("pg"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRestoreReplacesEveryRowAndSetsTheSequences() throws Exception {
        PostgresLogin source = database("source");
        source.execute(SCHEMA);
        source.execute("insert into site_a.referral (note) values ('tab\there'), (E'line\\nbreak'), (null)",
                "insert into site_a.event values ('00000000-0000-0000-0000-000000000001', 2, true)");
        PostgresLogin target = database("target");
        target.execute(SCHEMA);
        target.execute("insert into site_a.referral (note) values ('made by the fresh stack')", "select nextval('site_a.never_used')");

        BackupManifest.Database dump;
        try (Connection connection = source.connect()) {
            dump = DatabaseDump.dump(connection, dir.resolve("dump"));
        }
        try (Connection connection = target.connect()) {
            DatabaseDump.restore(connection, dir.resolve("dump"), dump);
        }

        assertThat(dump.rows()).isEqualTo(4);
        assertThat(rows(target, "select id, note, note_length from site_a.referral order by id"))
                .isEqualTo(rows(source, "select id, note, note_length from site_a.referral order by id"))
                .containsExactly("1|tab\there|8", "2|line\nbreak|10", "3|null|null");
        assertThat(rows(target, "select * from site_a.event")).isEqualTo(rows(source, "select * from site_a.event"));
        target.execute("insert into site_a.referral (note) values ('after the restore')");
        assertThat(rows(target, "select max(id) from site_a.referral")).as("the sequence follows the restored rows")
                .containsExactly("4");
        assertThat(rows(target, "select nextval('site_a.never_used')")).as("a sequence the backup never used starts anew")
                .containsExactly("1");
    }

    @Test
    void aBackupOfAnotherSchemaIsRefusedAndChangesNothing() throws Exception {
        PostgresLogin source = database("newer");
        source.execute(SCHEMA);
        source.execute("alter table site_a.event add column reason text", "insert into site_a.referral (note) values ('x')");
        PostgresLogin target = database("older");
        target.execute(SCHEMA);
        target.execute("insert into site_a.referral (note) values ('kept')");

        BackupManifest.Database dump;
        try (Connection connection = source.connect()) {
            dump = DatabaseDump.dump(connection, dir.resolve("newer"));
        }
        try (Connection connection = target.connect()) {
            assertThatThrownBy(() -> DatabaseDump.restore(connection, dir.resolve("newer"), dump))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("site_a").hasMessageContaining("reason");
        }
        assertThat(rows(target, "select note from site_a.referral")).containsExactly("kept");
    }

    private static PostgresLogin database(String name) throws SQLException {
        server.superuser().execute("create database " + name);
        return new PostgresLogin(server.superuser().jdbcUrl(name), server.superuser().user(), server.superuser().password());
    }

    private static List<String> rows(PostgresLogin login, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = login.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
