package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

@QuarkusTest
class WithdrawalTest {

    private static final List<String> RECORD_TABLES = List.of("attendance", "link_worker_session", "outcome",
            "placement");

    private Fixtures.Placed placed;
    private final String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

    @BeforeEach
    void participantWithRecordsOfEveryKind() {
        placed = Fixtures.placedWithSecret(NORTH_LONDON, Instant.now());
        postBatch(attendanceBody(List.of(
                item("att-" + UUID.randomUUID(), placed.placement(), today, "attended")))).then().statusCode(200)
                .body("accepted", equalTo(1));
        postSession().then().statusCode(201);
        postOutcome("baseline").then().statusCode(201);
        RECORD_TABLES.forEach(table -> assertThat(records(table)).as(table).isEqualTo(1));
    }

    @Test
    void withdrawalOfAllConsentErasesTheParticipantsRecordsAndRefusesNewOnes() {
        Fixtures.referralWithdrawn(NORTH_LONDON, placed.participant(), "all");
        awaitWithdrawn("all");

        RECORD_TABLES.forEach(table -> assertThat(records(table)).as(table).isZero());
        postSession().then().statusCode(409);
        postOutcome("3m").then().statusCode(409);
        postBatch(attendanceBody(List.of(
                item("att-" + UUID.randomUUID(), placed.placement(), today, "attended")))).then().statusCode(200)
                .body("accepted", equalTo(0)).body("rejected[0].reason", equalTo("UNKNOWN_PLACEMENT"));
        given().auth().oauth2(linkWorker())
                .get("/sites/{site}/participants/{id}/engagement", NORTH_LONDON, placed.participant())
                .then().statusCode(200).body("status", nullValue()).body("sessionsAttended", equalTo(0))
                .body("linkWorkerSessions", equalTo(0));

        // A placed.placement() announced after the withdrawal is not taken up either.
        UUID late = UUID.randomUUID();
        Fixtures.placementConfirmed(NORTH_LONDON, placed.participant(), late, placed.provider(), Instant.now());
        String marker = Fixtures.participant();
        Fixtures.placed(NORTH_LONDON, marker, placed.provider(), Instant.now());
        assertThat(records("placement")).isZero();
    }

    @Test
    void withdrawalOfFutureConsentKeepsTheRecordsAndRefusesNewOnes() {
        Fixtures.referralWithdrawn(NORTH_LONDON, placed.participant(), "future");
        awaitWithdrawn("future");

        RECORD_TABLES.forEach(table -> assertThat(records(table)).as(table).isEqualTo(1));
        postSession().then().statusCode(409);
        postOutcome("3m").then().statusCode(409);
        String refused = "att-" + UUID.randomUUID();
        postBatch(attendanceBody(List.of(item(refused, placed.placement(), today, "missed"))))
                .then().statusCode(200)
                .body("accepted", equalTo(0))
                .body("rejected[0].eventId", equalTo(refused))
                .body("rejected[0].reason", equalTo("PARTICIPANT_WITHDRAWN"));
        assertThat(records("attendance")).isEqualTo(1);
    }

    private void awaitWithdrawn(String scope) {
        Fixtures.await(() -> scope.equals(Fixtures.text("select withdrawn_scope from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", placed.participant())), "withdrawal applied");
    }

    private long records(String table) {
        return Fixtures.count("select count(*) from " + schema(NORTH_LONDON) + "." + table
                + " where participant_id = ?", placed.participant());
    }

    private Response postSession() {
        return given().auth().oauth2(linkWorker()).contentType(ContentType.JSON)
                .body("{\"date\":\"" + today + "\",\"minutes\":30,\"mode\":\"phone\"}")
                .post("/sites/{site}/participants/{id}/link-worker-sessions", NORTH_LONDON, placed.participant());
    }

    private Response postOutcome(String timepoint) {
        return given().auth().oauth2(linkWorker()).contentType(ContentType.JSON)
                .body("{\"instrument\":\"ONS4\",\"timepoint\":\"" + timepoint + "\",\"completedAt\":\"" + today
                        + "\",\"items\":[5,5,5,5]}")
                .post("/sites/{site}/participants/{id}/outcomes", NORTH_LONDON, placed.participant());
    }

    private static String linkWorker() {
        return Tokens.site(NORTH_LONDON, "worker-1", "link-worker");
    }

    /** Posts the batch as the placed participant's provider, signed with its secret. */
    private Response postBatch(String body) {
        return postSigned(NORTH_LONDON, placed.provider(), placed.secret(), body);
    }
}
