package org.pathway.referral.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.testkit.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.it.ReferrerMessaging.bodyFrom;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;
import static org.pathway.referral.it.ReferrerMessaging.register;

/**
 * What the referrer hears from the rest of the platform's events (placements and engagement topics, through the
 * inbox): placed with the activity category only, disengaged, and on closure the sessions attended and the
 * outcome scores at baseline and latest. Another site's event about the participant changes nothing here.
 */
@QuarkusTest
class ReferrerMessageEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestReceiver receiver;

    @BeforeEach
    void receiver() {
        receiver = TestReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void placedDisengagedAndClosedCarryWhatTheEventsSaid() throws Exception {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        var created = org.pathway.referral.Referrals.post(NORTH_LONDON, bodyFrom(ods)).then().statusCode(201).extract();
        String id = created.path("id");
        String participant = created.path("participantId");

        String confirmed = """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"green-gym",
                 "activityCategory":"nature","costPerSessionPence":850,"confirmedAt":"%s"}"""
                .formatted(participant, UUID.randomUUID(), UUID.randomUUID(), Instant.now());
        send(Topics.PLACEMENTS, "pathway.placement.confirmed.v1", NORTH_LONDON, participant, confirmed);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(id).size() == 2);
        for (String status : new String[] {"attended", "attended", "missed", "attended"}) {
            send(Topics.ENGAGEMENT, "pathway.attendance.recorded.v1", NORTH_LONDON, participant, """
                    {"participantId":"%s","placementId":"%s","providerId":"green-gym","providerEventId":"%s",
                     "sessionDate":"%s","status":"%s","costPerSessionPence":850,"recordedAt":"%s"}"""
                    .formatted(participant, UUID.randomUUID(), UUID.randomUUID(), LocalDate.now(), status, Instant.now()));
        }
        outcome(participant, "baseline", "2026-09-01", 20.0);
        outcome(participant, "3m", "2026-12-01", 24.0);
        send(Topics.ENGAGEMENT, "pathway.engagement.changed.v1", NORTH_LONDON, participant, """
                {"participantId":"%s","previousStatus":"ENGAGED","status":"DISENGAGED","changedAt":"%s",
                 "sessionsAttended":3,"sessionsMissed":1}""".formatted(participant, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(id).size() == 3);

        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "close", "{\"reason\": \"completed\"}").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 4);

        var received = receiver.receivedAbout(id);
        JsonNode placed = JSON.readTree(received.get(1).body());
        assertThat(placed.get("change").asText()).isEqualTo("placed");
        assertThat(placed.get("activityCategory").asText()).isEqualTo("nature");
        assertThat(received.get(1).body()).doesNotContain("green-gym");
        assertThat(JSON.readTree(received.get(2).body()).get("change").asText()).isEqualTo("disengaged");
        JsonNode closed = JSON.readTree(received.get(3).body());
        assertThat(closed.get("change").asText()).isEqualTo("closed");
        assertThat(closed.get("sessionsAttended").asInt()).isEqualTo(3);
        JsonNode swemwbs = closed.get("outcomes").get(0);
        assertThat(swemwbs.get("instrument").asText()).isEqualTo("SWEMWBS");
        assertThat(swemwbs.at("/baseline/timepoint").asText()).isEqualTo("baseline");
        assertThat(swemwbs.at("/baseline/scores/rawTotal").asDouble()).isEqualTo(20.0);
        assertThat(swemwbs.at("/latest/timepoint").asText()).isEqualTo("3m");
        assertThat(swemwbs.at("/latest/scores/rawTotal").asDouble()).isEqualTo(24.0);
    }

    @Test
    void anEventFromAnotherSiteAboutTheParticipantSendsNothing() {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        var created = org.pathway.referral.Referrals.post(NORTH_LONDON, bodyFrom(ods)).then().statusCode(201).extract();
        String id = created.path("id");
        String participant = created.path("participantId");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 1);

        send(Topics.PLACEMENTS, "pathway.placement.confirmed.v1", CARDIFF_VALE, participant, """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"p1",
                 "activityCategory":"sport","costPerSessionPence":500,"confirmedAt":"%s"}"""
                .formatted(participant, UUID.randomUUID(), UUID.randomUUID(), Instant.now()));
        // then one at the right site, on the same partition: it must be the next (and only other) message
        send(Topics.PLACEMENTS, "pathway.placement.confirmed.v1", NORTH_LONDON, participant, """
                {"participantId":"%s","placementId":"%s","activityId":"%s","providerId":"p1",
                 "activityCategory":"arts","costPerSessionPence":500,"confirmedAt":"%s"}"""
                .formatted(participant, UUID.randomUUID(), UUID.randomUUID(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.receivedAbout(id).size() >= 2);

        assertThat(receiver.receivedAbout(id)).extracting(r -> r.body().contains("\"activityCategory\":\"arts\""))
                .containsExactly(false, true);
        assertThat(receiver.receivedAbout(id)).noneMatch(r -> r.body().contains("sport"));
    }

    private static void outcome(String participant, String timepoint, String completedAt, double rawTotal) {
        send(Topics.ENGAGEMENT, "pathway.outcome.recorded.v1", NORTH_LONDON, participant, """
                {"participantId":"%s","outcomeId":"%s","instrument":"SWEMWBS","timepoint":"%s","completedAt":"%s",
                 "scores":{"rawTotal":%s,"metricScore":19.98}}"""
                .formatted(participant, UUID.randomUUID(), timepoint, completedAt, rawTotal));
    }

    private static void send(String topic, String type, String siteId, String participantId, String data) {
        TestKafka.send(topic, participantId, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_type", type,
                "ce_source", "/sites/" + siteId + "/test",
                "ce_siteid", siteId,
                "ce_subject", participantId,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }
}
