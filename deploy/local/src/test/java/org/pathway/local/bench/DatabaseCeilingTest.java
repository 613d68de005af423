package org.pathway.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathway.chassis.migration.V0_1__Outbox_and_inbox;
import org.pathway.local.manifests.Repository;
import org.pathway.testkit.infra.Ports;
import org.pathway.testkit.infra.PostgresLogin;
import org.pathway.testkit.infra.PostgresServer;

/**
 * The ceilings' statements are copies of what the services run: they must still fit the schema the services' own
 * migrations make (read from the repository, with the chassis' outbox migration), so a column the service adds,
 * renames or starts filling at intake fails here until the copy follows.
 */
class DatabaseCeilingTest {

    private static final Pattern INSERT = Pattern.compile("insert into (\\w+) \\(([^)]*)\\)");

    @TempDir
    static Path dir;
    private static PostgresServer server;
    private static PostgresLogin admin;

    @BeforeAll
    static void migrateTheServicesSchemas() throws Exception {
        server = PostgresServer.start(Ports.free(), dir.resolve("postgres"));
        admin = server.superuser();
        migrate("referral_site", "referral-service");
        migrate("engagement_site", "engagement-service");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void intakeWritesEveryColumnReferralServiceFillsWhenItAcceptsAReferral() throws SQLException {
        assertThat(unwritten("referral_site", "referral", DatabaseCeiling.INSERT_REFERRAL))
                .as("referral columns an accepted referral's intake leaves to later steps (decline, contact, close, "
                        + "withdrawal, erasure); any other is one the ceiling's copy must write")
                .containsExactlyInAnyOrder("decline_reason", "intake_decline_reason", "decline_note", "contacted_at",
                        "contact_method", "closed_at", "close_reason", "withdrawn_at", "withdrawal_scope", "erased_at");
        assertThat(unwritten("referral_site", "idempotency_key", DatabaseCeiling.INSERT_IDEMPOTENCY_KEY)).isEmpty();
        assertThat(unwritten("referral_site", "audit", DatabaseCeiling.INSERT_AUDIT)).containsExactly("id");
        assertThat(unwritten("referral_site", "outbox", DatabaseCeiling.INSERT_OUTBOX))
                .as("the outbox id is an identity; sent_at is the relay's").containsExactlyInAnyOrder("id", "sent_at");
    }

    @Test
    void attendanceBatchWritesEveryColumnOfAnAttendanceRow() throws SQLException {
        assertThat(unwritten("engagement_site", "attendance", DatabaseCeiling.INSERT_ATTENDANCE)).containsExactly("seq");
    }

    @Test
    void intakeTransactionCommitsInAScratchCopyOfReferralServiceTables() throws SQLException {
        try (ScratchSchema scratch = ScratchSchema.create(admin.url(), admin.user(), admin.password(),
                "bench_scratch_intake_test", "referral_site", DatabaseCeiling.REFERRAL_TABLES, DatabaseCeiling.REFERRAL_EXTRA);
             DatabaseCeiling.ReferralWriter writer = new DatabaseCeiling.ReferralWriter(scratch, "north-london",
                     new ReferralBodies("north-london", "test", 100_000_000L, LocalDate.now()))) {
            assertThat(writer.write()).isTrue();
            assertThat(writer.write()).isTrue();
            assertThat(count(scratch.name() + ".referral")).isEqualTo(2);
            assertThat(count(scratch.name() + ".idempotency_key")).isEqualTo(2);
            assertThat(count(scratch.name() + ".outbox")).isEqualTo(4);
            assertThat(count(scratch.name() + ".audit")).isEqualTo(2);
        }
    }

    @Test
    void attendanceBatchCommitsInAScratchCopyOfEngagementServiceTables() throws SQLException {
        try (ScratchSchema scratch = ScratchSchema.create(admin.url(), admin.user(), admin.password(),
                "bench_scratch_attendance_test", "engagement_site", DatabaseCeiling.ATTENDANCE_TABLES, List.of());
             DatabaseCeiling.AttendanceWriter writer = new DatabaseCeiling.AttendanceWriter(scratch, "north-london", 3)) {
            assertThat(writer.write(1)).isTrue();
            assertThat(count(scratch.name() + ".attendance")).isEqualTo(3);
            assertThat(count(scratch.name() + ".outbox")).isEqualTo(3);
        }
    }

    /**
     * Runs the service's migrations, after the chassis' own, in a schema of their own (created, and the default), as
     * the service does at start-up in each site's schema.
     */
    private static void migrate(String schema, String service) {
        Path migrations = Repository.ROOT.resolve(service).resolve("src/main/resources/db/migration");
        assertThat(migrations).isDirectory();
        Flyway.configure().dataSource(admin.url(), admin.user(), admin.password()).schemas(schema)
                .locations("filesystem:" + migrations).javaMigrations(new V0_1__Outbox_and_inbox())
                .load().migrate();
    }

    /** The table's columns that the insert statement does not name. */
    private static Set<String> unwritten(String schema, String table, String insert) throws SQLException {
        Matcher statement = INSERT.matcher(insert.replaceAll("\\s+", " "));
        assertThat(statement.find()).as("an insert statement: " + insert).isTrue();
        assertThat(statement.group(1)).isEqualTo(table);
        List<String> written = Arrays.stream(statement.group(2).split(",")).map(String::trim).toList();
        Set<String> columns = columns(schema, table);
        assertThat(columns).as("columns of " + schema + "." + table).containsAll(written);
        Set<String> unwritten = new TreeSet<>(columns);
        written.forEach(unwritten::remove);
        return unwritten;
    }

    private static Set<String> columns(String schema, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select column_name from information_schema.columns where table_schema = '"
                     + schema + "' and table_name = '" + table + "'")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        return columns;
    }

    private static long count(String table) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(admin.url(), admin.user(), admin.password());
    }
}
