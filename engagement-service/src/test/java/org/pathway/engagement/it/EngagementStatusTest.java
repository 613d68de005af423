package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.pathway.engagement.domain.DisengagementCheck;
import org.pathway.testkit.Tokens;

@QuarkusTest
class EngagementStatusTest {

    private static final String CHANGED = "pathway.engagement.changed.v1";

    @Inject
    DisengagementCheck check;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void webhooksMoveTheStatusThroughConnectedEngagedSustainedAndDisengaged() {
        Fixtures.Placed placed = Fixtures.placedWithSecret(NORTH_LONDON, Instant.now());
        String participant = placed.participant();

        post(NORTH_LONDON, placed, 30, "attended");
        assertStatus(NORTH_LONDON, participant, "CONNECTED");
        post(NORTH_LONDON, placed, 29, "attended", "attended");
        assertStatus(NORTH_LONDON, participant, "ENGAGED");
        post(NORTH_LONDON, placed, 27, "cancelled", "attended", "attended", "attended");
        assertStatus(NORTH_LONDON, participant, "SUSTAINED");
        post(NORTH_LONDON, placed, 10, "missed", "missed", "missed");
        assertStatus(NORTH_LONDON, participant, "DISENGAGED");

        List<ConsumerRecord<String, String>> changes = Fixtures.awaitEngagementEvents(participant, CHANGED, 4);
        assertThat(changes).extracting(ConsumerRecord::value).satisfiesExactly(
                v -> assertThat(v).contains("\"status\":\"CONNECTED\"").doesNotContain("previousStatus"),
                v -> assertThat(v).contains("\"previousStatus\":\"CONNECTED\"", "\"status\":\"ENGAGED\""),
                v -> assertThat(v).contains("\"previousStatus\":\"ENGAGED\"", "\"status\":\"SUSTAINED\""),
                v -> assertThat(v).contains("\"previousStatus\":\"SUSTAINED\"", "\"status\":\"DISENGAGED\"",
                        "\"sessionsAttended\":6", "\"sessionsMissed\":3"));
        changes.forEach(Fixtures::assertSchemaValid);

        given().auth().oauth2(Tokens.site(NORTH_LONDON, "worker-1", "link-worker"))
                .get("/sites/{site}/participants/{id}/engagement", NORTH_LONDON, participant)
                .then().statusCode(200)
                .body("status", equalTo("DISENGAGED"))
                .body("sessionsAttended", equalTo(6))
                .body("sessionsMissed", equalTo(3))
                .body("sessionsCancelled", equalTo(1))
                .body("lastAttendedOn", equalTo(today.minusDays(24).toString()));
    }

    @Test
    void thresholdsComeFromTheSitesConfiguration() {
        // TestSettings: cardiff-vale engages after 2 attended sessions
        Fixtures.Placed placed = Fixtures.placedWithSecret(CARDIFF_VALE, Instant.now());

        post(CARDIFF_VALE, placed, 3, "attended", "attended");
        assertStatus(CARDIFF_VALE, placed.participant(), "ENGAGED");
    }

    @Test
    void whileAnotherReplicaRunsTheCheckForTheSiteThisOneLeavesItAlone() throws Exception {
        Instant placedAt = Instant.now();
        String participant = connectedAtNorthLondon(placedAt).participant();

        try (java.sql.Connection otherReplica = Fixtures.db().getConnection()) {
            checkLock(otherReplica, "pg_advisory_lock");
            check.runAt(placedAt.plus(Duration.ofDays(40)));
            assertStatus(NORTH_LONDON, participant, "CONNECTED");
            checkLock(otherReplica, "pg_advisory_unlock");
        }
        check.runAt(placedAt.plus(Duration.ofDays(40)));
        assertStatus(NORTH_LONDON, participant, "DISENGAGED");
    }

    /** A participant placed at {@code placedAt} whose provider reported one attended session today. */
    private Fixtures.Placed connectedAtNorthLondon(Instant placedAt) {
        Fixtures.Placed placed = Fixtures.placedWithSecret(NORTH_LONDON, placedAt);
        post(NORTH_LONDON, placed, 0, "attended");
        assertStatus(NORTH_LONDON, placed.participant(), "CONNECTED");
        return placed;
    }

    private static void checkLock(java.sql.Connection c, String function) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, DisengagementCheck.lockName(NORTH_LONDON));
            ps.executeQuery().close();
        }
    }

    @Test
    void twentyEightDaysWithoutAttendanceWhilePlacedDisengagesOnTheScheduledCheck() {
        Instant placedAt = Instant.now();
        String participant = connectedAtNorthLondon(placedAt).participant();

        check.runAt(placedAt.plus(Duration.ofDays(27)));
        assertStatus(NORTH_LONDON, participant, "CONNECTED");

        assertThat(check.runAt(placedAt.plus(Duration.ofDays(28)))).isPositive();
        assertStatus(NORTH_LONDON, participant, "DISENGAGED");
        List<ConsumerRecord<String, String>> changes = Fixtures.awaitEngagementEvents(participant, CHANGED, 2);
        assertThat(changes.get(1).value()).contains("\"previousStatus\":\"CONNECTED\"", "\"status\":\"DISENGAGED\"");
        Fixtures.assertSchemaValid(changes.get(1));
    }

    @Test
    void aClosedReferralIsNotDisengagedByTime() {
        Instant placedAt = Instant.now();
        String participant = connectedAtNorthLondon(placedAt).participant();

        Fixtures.referralClosed(NORTH_LONDON, participant);
        Fixtures.await(() -> "t".equals(Fixtures.text("select closed from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", participant)), "closure applied");

        check.runAt(placedAt.plus(Duration.ofDays(60)));
        assertStatus(NORTH_LONDON, participant, "CONNECTED");
    }

    @Test
    void anEndedPlacementStopsTheClockAndANewOneRestartsIt() {
        Instant placedAt = Instant.now();
        Fixtures.Placed placed = connectedAtNorthLondon(placedAt);
        String participant = placed.participant();

        Fixtures.placementEnded(NORTH_LONDON, participant, placed.placement(), placed.provider());
        Fixtures.await(() -> Fixtures.text("select placed_since from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", participant) == null, "placement ended");
        check.runAt(placedAt.plus(Duration.ofDays(40)));
        assertStatus(NORTH_LONDON, participant, "CONNECTED");

        Instant placedAgain = placedAt.plus(Duration.ofDays(40));
        Fixtures.placed(NORTH_LONDON, participant, placed.provider(), placedAgain);
        check.runAt(placedAgain.plus(Duration.ofDays(27)));
        assertStatus(NORTH_LONDON, participant, "CONNECTED");
        check.runAt(placedAgain.plus(Duration.ofDays(28)));
        assertStatus(NORTH_LONDON, participant, "DISENGAGED");
    }

    @Test
    void aLateReportIsJudgedAsOfItsNewestSessionAndTheScheduledCheckThenAppliesTheTimeSince() {
        Fixtures.Placed placed = Fixtures.placedWithSecret(NORTH_LONDON, Instant.now().minus(Duration.ofDays(60)));
        String participant = placed.participant();

        post(NORTH_LONDON, placed, 50, "attended");
        assertStatus(NORTH_LONDON, participant, "CONNECTED");
        post(NORTH_LONDON, placed, 43, "attended");
        post(NORTH_LONDON, placed, 36, "attended");
        assertStatus(NORTH_LONDON, participant, "ENGAGED");

        assertThat(check.runAt(Instant.now())).isPositive();
        assertStatus(NORTH_LONDON, participant, "DISENGAGED");
        // Placed 60 days ago with nothing reported yet: disengaged by time at once.
        List<ConsumerRecord<String, String>> changes = Fixtures.awaitEngagementEvents(participant, CHANGED, 4);
        assertThat(changes).extracting(ConsumerRecord::value).satisfiesExactly(
                v -> assertThat(v).contains("\"status\":\"DISENGAGED\"").doesNotContain("previousStatus"),
                v -> assertThat(v).contains("\"previousStatus\":\"DISENGAGED\"", "\"status\":\"CONNECTED\""),
                v -> assertThat(v).contains("\"previousStatus\":\"CONNECTED\"", "\"status\":\"ENGAGED\""),
                v -> assertThat(v).contains("\"previousStatus\":\"ENGAGED\"", "\"status\":\"DISENGAGED\""));
    }

    @Test
    void aParticipantWithNothingRecordedIsNotYetConnected() {
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "admin-1", "site-admin"))
                .get("/sites/{site}/participants/{id}/engagement", NORTH_LONDON, Fixtures.referred(NORTH_LONDON))
                .then().statusCode(200)
                .body("status", nullValue())
                .body("sessionsAttended", equalTo(0));
    }

    /** Posts one event per status, on consecutive days starting {@code daysAgo} days before today. */
    private void post(String site, Fixtures.Placed placed, int daysAgo, String... statuses) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            items.add(item("att-" + UUID.randomUUID(), placed.placement(), today.minusDays(daysAgo - i).toString(),
                    statuses[i]));
        }
        postSigned(site, placed.provider(), placed.secret(), attendanceBody(items)).then().statusCode(200)
                .body("accepted", equalTo(statuses.length));
    }

    private void assertStatus(String site, String participant, String expected) {
        assertThat(Fixtures.text("select status from " + schema(site)
                + ".participant_status where participant_id = ?", participant)).isEqualTo(expected);
    }
}
