package org.pathway.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.count;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.postWithHeader;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Meters;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.webhook.WebhookSignature;

@QuarkusTest
class AttendanceWebhookTest {

    private Fixtures.Placed placed;

    @TestHTTPResource(value = "/", management = true)
    URL management;
    private String today;

    @BeforeEach
    void placedParticipantWithAProviderSecret() {
        placed = Fixtures.placedWithSecret(NORTH_LONDON, Instant.now());
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    @Test
    void aValidlySignedBatchIsStoredAndAnnounced() {
        String eventId = "att-" + UUID.randomUUID();
        postBatch(attendanceBody(List.of(item(eventId, placed.placement(), today, "attended"))))
                .then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(0)).body("rejected", hasSize(0));

        assertThat(attendanceRows(eventId)).isEqualTo(1);
        ConsumerRecord<String, String> recorded = Fixtures.awaitEngagementEvents(placed.participant(),
                "pathway.attendance.recorded.v1", 1).get(0);
        Fixtures.assertSchemaValid(recorded);
        assertThat(recorded.value()).contains("\"providerEventId\":\"" + eventId + "\"")
                .contains("\"costPerSessionPence\":850");
    }

    @Test
    void signaturesThatDoNotHoldAreUnauthorizedAndStoreNothing() {
        String eventId = "att-" + UUID.randomUUID();
        String body = attendanceBody(List.of(item(eventId, placed.placement(), today, "attended")));
        long now = Instant.now().getEpochSecond();
        Meters before = Meters.scrape(management);

        expect401(postSignedAs(WebhookSignature.header("whsec_wrong", now, body), body));
        expect401(postSignedAs(signed(now, body),
                body.replace("attended", "missed")));
        expect401(postSignedAs(signed(now - 310, body), body));
        expect401(postSignedAs(signed(now + 310, body), body));
        expect401(postSignedAs(null, body));
        expect401(postSignedAs("t=" + now + ",v1=not-hex", body));
        expect401(postWithHeader(NORTH_LONDON, "unknown-provider",
                signed(now, body), body));

        assertThat(attendanceRows(eventId)).isZero();
        // Each refusal counted on the management port by its reason (an unknown provider is a mismatch too).
        Meters after = Meters.scrape(management);
        Map<String, Integer> expected = Map.of("mismatch", 3, "stale", 2, "missing", 1, "malformed", 1);
        expected.forEach((reason, count) -> assertThat(refusals(after, reason) - refusals(before, reason))
                .as("refusals for %s", reason).isEqualTo((double) count));
    }

    @Test
    void aTimestampJustInsideTheWindowIsAccepted() {
        String body = attendanceBody(List.of(item("att-" + UUID.randomUUID(), placed.placement(), today, "attended")));
        String header = signed(Instant.now().getEpochSecond() - 290, body);
        postSignedAs(header, body).then().statusCode(200).body("accepted", equalTo(1));
    }

    @Test
    void aReplayedEventIdIsADuplicateAndChangesNothing() {
        String eventId = "att-" + UUID.randomUUID();
        String body = attendanceBody(List.of(item(eventId, placed.placement(), today, "attended")));
        postBatch(body).then().statusCode(200).body("accepted", equalTo(1));

        String replay = attendanceBody(List.of(item(eventId, placed.placement(), today, "missed")));
        postBatch(replay).then().statusCode(200)
                .body("accepted", equalTo(0)).body("duplicates", equalTo(1));

        assertThat(attendanceRows(eventId)).isEqualTo(1);
        assertThat(storedStatus(eventId)).isEqualTo("attended");
    }

    @Test
    void theSameEventPostedTwiceConcurrentlyIsStoredOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String eventId = "att-" + UUID.randomUUID();
            String body = attendanceBody(List.of(item(eventId, placed.placement(), today, "attended")));
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return postBatch(body);
                }));
            }
            start.countDown();
            int accepted = 0;
            int duplicates = 0;
            for (CompletableFuture<Response> post : posts) {
                Response response = post.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                accepted += response.<Integer>path("accepted");
                duplicates += response.<Integer>path("duplicates");
            }
            assertThat(accepted).isEqualTo(1);
            assertThat(duplicates).isEqualTo(1);
            assertThat(attendanceRows(eventId)).isEqualTo(1);
        }
    }

    @Test
    void unknownPlacementsAndOtherProvidersPlacementsAreRejectedPerItem() {
        String otherProvider = Fixtures.provider();
        UUID othersPlacement = Fixtures.placed(NORTH_LONDON, Fixtures.participant(), otherProvider, Instant.now());
        String good = "att-" + UUID.randomUUID();
        String unknown = "att-" + UUID.randomUUID();
        String others = "att-" + UUID.randomUUID();
        String invalid = "att-" + UUID.randomUUID();
        String body = attendanceBody(List.of(
                item(good, placed.placement(), today, "attended"),
                item(unknown, UUID.randomUUID(), today, "attended"),
                item(others, othersPlacement, today, "attended"),
                item(invalid, placed.placement(), today, "sort-of"),
                "{\"eventId\":\"att-shape\",\"placementId\":\"not-a-uuid\",\"sessionDate\":\"" + today
                        + "\",\"status\":\"attended\"}"));

        postBatch(body).then().statusCode(200)
                .body("accepted", equalTo(1))
                .body("rejected.eventId", org.hamcrest.Matchers.contains(unknown, others, invalid, "att-shape"))
                .body("rejected.reason", org.hamcrest.Matchers.contains(
                        "UNKNOWN_PLACEMENT", "UNKNOWN_PLACEMENT", "INVALID", "INVALID"));
        assertThat(attendanceRows(others)).isZero();
    }

    @Test
    void aMixedBatchIsJudgedItemByItemAndEachStoredSessionIsAnnouncedOnce() {
        String yesterday = LocalDate.parse(today).minusDays(1).toString();
        String stored = "att-" + UUID.randomUUID();
        postBatch(attendanceBody(List.of(
                item(stored, placed.placement(), yesterday, "attended"),
                item("att-" + UUID.randomUUID(), placed.placement(), yesterday, "attended"))))
                .then().statusCode(200).body("accepted", equalTo(2));
        String withdrawn = Fixtures.participant();
        UUID withdrawnPlacement = Fixtures.placed(NORTH_LONDON, withdrawn, placed.provider(), Instant.now());
        Fixtures.referralWithdrawn(NORTH_LONDON, withdrawn, "future");
        Fixtures.await(() -> "future".equals(Fixtures.text("select withdrawn_scope from " + schema(NORTH_LONDON)
                + ".participant_status where participant_id = ?", withdrawn)), "withdrawal applied");
        String connecting = Fixtures.participant();
        UUID connectingPlacement = Fixtures.placed(NORTH_LONDON, connecting, placed.provider(), Instant.now());
        String missing = Fixtures.participant();
        UUID missingPlacement = Fixtures.placed(NORTH_LONDON, missing, placed.provider(), Instant.now());

        String engaging = "att-" + UUID.randomUUID();
        String unknown = "att-" + UUID.randomUUID();
        String refused = "att-" + UUID.randomUUID();
        String twice = "att-" + UUID.randomUUID();
        String invalid = "att-" + UUID.randomUUID();
        String missed = "att-" + UUID.randomUUID();
        postBatch(attendanceBody(List.of(
                item(engaging, placed.placement(), today, "attended"),
                item(unknown, UUID.randomUUID(), today, "attended"),
                item(stored, placed.placement(), today, "missed"),
                item(refused, withdrawnPlacement, today, "attended"),
                item(twice, connectingPlacement, today, "attended"),
                item(invalid, placed.placement(), today, "sort-of"),
                item(twice, connectingPlacement, today, "missed"),
                item(missed, missingPlacement, today, "missed"))))
                .then().statusCode(200)
                .body("accepted", equalTo(3))
                .body("duplicates", equalTo(2))
                .body("rejected.eventId", org.hamcrest.Matchers.contains(unknown, refused, invalid))
                .body("rejected.reason", org.hamcrest.Matchers.contains(
                        "UNKNOWN_PLACEMENT", "PARTICIPANT_WITHDRAWN", "INVALID"));

        for (String eventId : List.of(engaging, stored, twice, missed)) {
            assertThat(attendanceRows(eventId)).as(eventId).isEqualTo(1);
            assertThat(recordedEvents(eventId)).as("attendance events of " + eventId).isEqualTo(1);
        }
        for (String eventId : List.of(unknown, refused, invalid)) {
            assertThat(attendanceRows(eventId)).as(eventId).isZero();
            assertThat(recordedEvents(eventId)).as("attendance events of " + eventId).isZero();
        }
        assertThat(storedStatus(stored)).isEqualTo("attended");
        assertThat(storedStatus(twice)).isEqualTo("attended");

        assertThat(statusRow(placed.participant())).isEqualTo("ENGAGED 3 0");
        assertThat(statusRow(connecting)).isEqualTo("CONNECTED 1 0");
        assertThat(statusRow(missing)).isEqualTo("null 0 1");
        assertThat(statusChanges(placed.participant())).containsExactly("CONNECTED", "ENGAGED");
        assertThat(statusChanges(connecting)).containsExactly("CONNECTED");
        assertThat(statusChanges(missing)).isEmpty();
        assertThat(statusChanges(withdrawn)).isEmpty();
    }

    @Test
    void concurrentBatchesOverTheSameParticipantsInOppositeOrdersAllComplete() throws Exception {
        List<UUID> placements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            placements.add(Fixtures.placed(NORTH_LONDON, Fixtures.participant(), placed.provider(), Instant.now()));
        }
        for (int round = 0; round < 5; round++) {
            List<String> forwards = new ArrayList<>();
            List<String> backwards = new ArrayList<>();
            for (int i = 0; i < placements.size(); i++) {
                forwards.add(item("att-" + UUID.randomUUID(), placements.get(i), today, "attended"));
                backwards.add(0, item("att-" + UUID.randomUUID(), placements.get(i), today, "attended"));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> posts = new ArrayList<>();
            for (List<String> items : List.of(forwards, backwards)) {
                posts.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return postBatch(attendanceBody(items));
                }));
            }
            start.countDown();
            for (CompletableFuture<Response> post : posts) {
                Response response = post.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.<Integer>path("accepted")).isEqualTo(placements.size());
            }
        }
    }

    @Test
    void aBatchOf500IsAcceptedAnd501IsTooLarge() {
        List<String> items = new ArrayList<>();
        String prefix = "att-" + UUID.randomUUID() + "-";
        for (int i = 0; i < 500; i++) {
            items.add(item(prefix + i, placed.placement(), LocalDate.parse(today).minusDays(i % 200).toString(),
                    i % 3 == 0 ? "missed" : "attended"));
        }
        postBatch(attendanceBody(items)).then().statusCode(200)
                .body("accepted", equalTo(500));

        items.add(item(prefix + 500, placed.placement(), today, "attended"));
        postBatch(attendanceBody(items)).then().statusCode(413)
                .contentType(containsString("application/problem+json"));
        assertThat(attendanceRows(prefix + 500)).isZero();
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        for (String body : List.of("{\"events\": [", "[]", "{\"events\": {}}", "")) {
            postBatch(body).then().statusCode(400)
                    .contentType(containsString("application/problem+json"));
        }
    }

    @Test
    void aProvidersSecretForOneSiteIsUselessAtAnother() {
        UUID cardiffPlacement = Fixtures.placed(CARDIFF_VALE, Fixtures.participant(), placed.provider(), Instant.now());
        String eventId = "att-" + UUID.randomUUID();
        String body = attendanceBody(List.of(item(eventId, cardiffPlacement, today, "attended")));

        expect401(postSigned(CARDIFF_VALE, placed.provider(), placed.secret(), body));
        assertThat(count("select count(*) from " + schema(CARDIFF_VALE) + ".attendance where event_id = ?",
                eventId)).isZero();

        String cardiffSecret = Fixtures.issueSecret(CARDIFF_VALE, placed.provider());
        assertThat(cardiffSecret).isNotEqualTo(placed.secret());
        postSigned(CARDIFF_VALE, placed.provider(), cardiffSecret, body).then().statusCode(200)
                .body("accepted", equalTo(1));
    }

    @Test
    void anUnhostedSiteIsRefused() {
        String body = attendanceBody(List.of(item("att-x", placed.placement(), today, "attended")));
        postSigned("swansea-bay", placed.provider(), placed.secret(), body).then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(401), equalTo(403)));
    }

    private long attendanceRows(String eventId) {
        return count("select count(*) from " + schema(NORTH_LONDON)
                + ".attendance where provider_id = ? and event_id = ?", placed.provider(), eventId);
    }

    private String storedStatus(String eventId) {
        return Fixtures.text("select status from " + schema(NORTH_LONDON)
                + ".attendance where provider_id = ? and event_id = ?", placed.provider(), eventId);
    }

    /** How many {@code attendance.recorded} events the outbox holds for the placed.provider()'s event id. */
    private long recordedEvents(String eventId) {
        return count("select count(*) from " + schema(NORTH_LONDON) + ".outbox"
                + " where event_type = 'pathway.attendance.recorded.v1' and payload like ?",
                "%\"providerEventId\":\"" + eventId + "\"%");
    }

    /** The statuses of the placed.participant()'s {@code engagement.changed} events in the outbox, in order. */
    private List<String> statusChanges(String participantId) {
        return Fixtures.texts("select payload from " + schema(NORTH_LONDON) + ".outbox"
                + " where event_type = 'pathway.engagement.changed.v1' and participant_id = ? order by id", participantId)
                .stream().map(payload -> EventJson.read(payload, EngagementChanged.class).status()).toList();
    }

    /** Status, sessions attended and missed, as one string. */
    private String statusRow(String participantId) {
        return Fixtures.text("select coalesce(status, 'null') || ' ' || sessions_attended || ' ' || sessions_missed"
                + " from " + schema(NORTH_LONDON) + ".participant_status where participant_id = ?", participantId);
    }

    private static void expect401(Response response) {
        response.then().statusCode(401).contentType(containsString("application/problem+json"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Posts the batch as the placed participant's provider, signed with its secret. */
    private Response postBatch(String body) {
        return postSigned(NORTH_LONDON, placed.provider(), placed.secret(), body);
    }

    private static double refusals(Meters meters, String reason) {
        return meters.value("pathway_webhook_refusals_total", "site", NORTH_LONDON, "reason", reason);
    }

    private Response postSignedAs(String signature, String body) {
        return postWithHeader(NORTH_LONDON, placed.provider(), signature, body);
    }

    /** The provider's signature of the body at {@code unixSeconds}. */
    private String signed(long unixSeconds, String body) {
        return WebhookSignature.header(placed.secret(), unixSeconds, body);
    }
}
