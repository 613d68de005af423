package org.pathway.local.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;

/**
 * The database ceilings: per worker one JDBC connection running, in a scratch copy of a site schema's tables,
 * the statements the service's transaction runs, with nothing else (no HTTP, no token, no Hibernate, no pool).
 *
 * <p>Referral intake (referral-service {@code IntakeAttempt}): look up the Idempotency-Key, the external reference
 * and an active referral of the NHS number; insert the referral, its idempotency key, its two outbox events
 * (ReferralReceived, ReferralAccepted) and its audit row; commit. The relay's later {@code update outbox set
 * sent_at} is not part of it (nor of the figure it is compared with: the 201 comes before the relay).
 *
 * <p>Attendance batch (engagement-service {@code AttendanceIntake}): 100 attendance rows ({@code on conflict do
 * nothing}) and their 100 outbox events in one transaction; not the participant locks and re-evaluation.
 */
final class DatabaseCeiling {

    static final List<String> REFERRAL_TABLES = List.of("referral", "idempotency_key", "audit", "outbox");
    static final List<String> REFERRAL_EXTRA = List.of(
            "alter table %s.idempotency_key add foreign key (referral_id) references %1$s.referral (id)");
    static final List<String> ATTENDANCE_TABLES = List.of("attendance", "outbox");

    /** About the size of a ReferralReceived / ReferralAccepted payload (coarse attributes only). */
    private static final String REFERRAL_EVENT = "{\"participantId\":\"%s\",\"referralId\":\"%s\",\"referredAt\":\"%s\","
            + "\"ageAtReferral\":14,\"gender\":\"female\",\"ethnicCategory\":\"A\",\"postcodeDistrict\":\"N1\","
            + "\"deprivationDecile\":null,\"presentingNeeds\":[\"anxiety\"],\"severity\":\"moderate\","
            + "\"riskLevel\":\"low\",\"interests\":[\"art\",\"music\"],\"accessibilityNeeds\":[],"
            + "\"languagePreference\":\"en\",\"consentResearch\":true,\"waitingListSince\":\"%s\"}";
    private static final String ATTENDANCE_EVENT = "{\"participantId\":\"%s\",\"placementId\":\"%s\",\"providerId\":"
            + "\"%s\",\"providerEventId\":\"%s\",\"sessionDate\":\"%s\",\"status\":\"attended\","
            + "\"costPerSessionPence\":500,\"recordedAt\":\"%s\"}";

    static final String INSERT_REFERRAL = """
            insert into referral (id, participant_id, external_reference, request_fingerprint, status, intake_status,
                nhs_number, given_name, family_name, date_of_birth, postcode, contact_phone, contact_email, guardian_name,
                guardian_phone, guardian_relationship, referrer_name, referrer_email, notes, referrer_organisation_code,
                age_at_referral, gender, ethnic_category, postcode_district, language_preference, presenting_needs,
                interests, accessibility_needs, severity, risk_level, consent_young_person, consent_guardian,
                consent_gillick_competent, consent_research, referred_at, waiting_list_since, received_at, arm, version)
            values (?, ?, ?, ?, 'ACCEPTED', 'ACCEPTED', ?, 'Bench', 'Person', ?, 'N1 9GU', '07700900123', null,
                'Guardian Bench', '07700900456', 'parent', 'Bench Clinician', 'bench@example.nhs.uk',
                'pathway bench (synthetic test data)', 'RBENCH', 14, 'female', 'A', 'N1', 'en', ?, ?, ?, 'moderate',
                'low', true, true, null, true, ?, ?, ?, 'pathway', 0)""";
    /** The chassis' {@code Outbox} statement; the bench has no trace to pass on. */
    static final String INSERT_OUTBOX = """
            insert into outbox (event_id, topic, event_type, site_id, source, participant_id, occurred_at, payload,
                traceparent) values (?, ?, ?, ?, ?, ?, ?, ?, null)""";
    static final String INSERT_IDEMPOTENCY_KEY =
            "insert into idempotency_key (key, request_fingerprint, referral_id, response_status, created_at) values (?, ?, ?, 201, ?)";
    static final String INSERT_AUDIT =
            "insert into audit (at, actor, roles, site_id, referral_id, participant_id, action) values (?, ?, ?, ?, ?, ?, 'CREATE')";
    static final String INSERT_ATTENDANCE = """
            insert into attendance (provider_id, event_id, placement_id, participant_id, session_date, status,
                recorded_at) values (?, ?, ?, ?, ?, 'attended', ?) on conflict (provider_id, event_id) do nothing""";

    private DatabaseCeiling() {
    }

    /** A worker's connection and statements, prepared once. */
    static final class ReferralWriter implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement findKey;
        private final PreparedStatement findReference;
        private final PreparedStatement findActive;
        private final PreparedStatement insertReferral;
        private final PreparedStatement insertKey;
        private final PreparedStatement insertOutbox;
        private final PreparedStatement insertAudit;
        private final String site;
        private final ReferralBodies bodies;

        ReferralWriter(ScratchSchema schema, String site, ReferralBodies bodies) throws SQLException {
            this.connection = schema.connectToScratch();
            this.site = site;
            this.bodies = bodies;
            findKey = connection.prepareStatement("select request_fingerprint, referral_id from idempotency_key where key = ?");
            findReference = connection.prepareStatement("select id, request_fingerprint from referral where external_reference = ?");
            findActive = connection.prepareStatement(
                    "select exists (select 1 from referral where nhs_number = ? and status in ('ACCEPTED', 'CONTACTED'))");
            insertReferral = connection.prepareStatement(INSERT_REFERRAL);
            insertKey = connection.prepareStatement(INSERT_IDEMPOTENCY_KEY);
            insertOutbox = connection.prepareStatement(INSERT_OUTBOX);
            insertAudit = connection.prepareStatement(INSERT_AUDIT);
        }

        /** One intake transaction; true when it committed. */
        boolean write() throws SQLException {
            ReferralBodies.Referral referral = bodies.next();
            String key = UUID.randomUUID().toString();
            UUID id = UUID.randomUUID();
            String participant = "P-" + id.toString().replace("-", "").substring(0, 16).toUpperCase();
            // The service stores a SHA-256 of the canonical body: 64 hex characters.
            String fingerprint = String.format("%064x", referral.json().hashCode() & 0xffffffffL);
            Instant now = Instant.now();
            Timestamp at = Timestamp.from(now);
            LocalDate today = LocalDate.now();
            try {
                exhaust(findKey, key);
                exhaust(findReference, referral.externalReference());
                exhaust(findActive, referral.nhsNumber());
                int p = 1;
                insertReferral.setObject(p++, id);
                insertReferral.setString(p++, participant);
                insertReferral.setString(p++, referral.externalReference());
                insertReferral.setString(p++, fingerprint);
                insertReferral.setString(p++, referral.nhsNumber());
                insertReferral.setDate(p++, Date.valueOf(today.minusYears(14)));
                insertReferral.setArray(p++, connection.createArrayOf("text", new String[] {"anxiety"}));
                insertReferral.setArray(p++, connection.createArrayOf("text", new String[] {"art", "music"}));
                insertReferral.setArray(p++, connection.createArrayOf("text", new String[0]));
                insertReferral.setDate(p++, Date.valueOf(today.minusDays(1)));
                insertReferral.setDate(p++, Date.valueOf(today.minusDays(30)));
                insertReferral.setTimestamp(p, at);
                insertReferral.executeUpdate();
                insertKey.setString(1, key);
                insertKey.setString(2, fingerprint);
                insertKey.setObject(3, id);
                insertKey.setTimestamp(4, at);
                insertKey.executeUpdate();
                String payload = REFERRAL_EVENT.formatted(participant, id, today.minusDays(1), today.minusDays(30));
                outbox(EventType.REFERRAL_RECEIVED, participant, payload, at);
                outbox(EventType.REFERRAL_ACCEPTED, participant, payload, at);
                insertAudit.setTimestamp(1, at);
                insertAudit.setString(2, DemoUsers.atSite(Roles.REFERRER, site));
                insertAudit.setString(3, Roles.REFERRER);
                insertAudit.setString(4, site);
                insertAudit.setObject(5, id);
                insertAudit.setString(6, participant);
                insertAudit.executeUpdate();
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        private void outbox(EventType type, String participant, String payload, Timestamp at) throws SQLException {
            DatabaseCeiling.outbox(insertOutbox, type, site, "referral-service", participant, payload, at);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** A worker's connection for attendance batches. */
    static final class AttendanceWriter implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement insertAttendance;
        private final PreparedStatement insertOutbox;
        private final String site;
        private final List<UUID> placements = new ArrayList<>();
        private final List<String> participants = new ArrayList<>();

        AttendanceWriter(ScratchSchema schema, String site, int batch) throws SQLException {
            this.connection = schema.connectToScratch();
            this.site = site;
            for (int i = 0; i < batch; i++) {
                placements.add(UUID.randomUUID());
                participants.add("P-BENCH" + String.format("%09d", i));
            }
            insertAttendance = connection.prepareStatement(INSERT_ATTENDANCE);
            insertOutbox = connection.prepareStatement(INSERT_OUTBOX);
        }

        /** One batch transaction of {@code placements.size()} events; true when every row went in. */
        boolean write(long batchNumber) throws SQLException {
            Timestamp at = Timestamp.from(Instant.now());
            LocalDate day = LocalDate.now().minusDays(batchNumber % 365);
            int inserted = 0;
            try {
                for (int i = 0; i < placements.size(); i++) {
                    String eventId = "bench-" + batchNumber + "-" + i;
                    insertAttendance.setString(1, "bench-provider");
                    insertAttendance.setString(2, eventId);
                    insertAttendance.setObject(3, placements.get(i));
                    insertAttendance.setString(4, participants.get(i));
                    insertAttendance.setDate(5, Date.valueOf(day));
                    insertAttendance.setTimestamp(6, at);
                    inserted += insertAttendance.executeUpdate();
                    outbox(insertOutbox, EventType.ATTENDANCE_RECORDED, site, "engagement-service", participants.get(i),
                            ATTENDANCE_EVENT.formatted(participants.get(i), placements.get(i), "bench-provider", eventId,
                                    day, at.toInstant()), at);
                }
                connection.commit();
                return inserted == placements.size();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private static void outbox(PreparedStatement insertOutbox, EventType type, String site, String service,
                               String participant, String payload, Timestamp at) throws SQLException {
        insertOutbox.setObject(1, UUID.randomUUID());
        insertOutbox.setString(2, type.topic());
        insertOutbox.setString(3, type.type());
        insertOutbox.setString(4, site);
        insertOutbox.setString(5, CloudEvents.source(site, service));
        insertOutbox.setString(6, participant);
        insertOutbox.setTimestamp(7, at);
        insertOutbox.setString(8, payload);
        insertOutbox.executeUpdate();
    }

    private static void exhaust(PreparedStatement statement, String parameter) throws SQLException {
        statement.setString(1, parameter);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    /** Runs {@code concurrency} writers for the window; each worker opens its own connection first. */
    static <W extends AutoCloseable> Measurement run(String name, String unit, int perItem, int concurrency,
                                                      Duration warmUp, Duration window, WriterFactory<W> factory,
                                                      WriterStep<W> step) {
        List<W> writers = new ArrayList<>();
        try {
            for (int i = 0; i < concurrency; i++) {
                writers.add(factory.open());
            }
            return ClosedLoop.run(name, unit, perItem, concurrency, warmUp, window,
                    (worker, sequence) -> step.write(writers.get(worker), sequence));
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        } finally {
            for (W writer : writers) {
                try {
                    writer.close();
                } catch (Exception ignored) {
                    // The scratch schema goes anyway.
                }
            }
        }
    }

    interface WriterFactory<W> {
        W open() throws SQLException;
    }

    interface WriterStep<W> {
        boolean write(W writer, long sequence) throws Exception;
    }
}
