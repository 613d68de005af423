package org.pathway.referral.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.webhook.SignatureResult;
import org.pathway.chassis.webhook.WebhookSignature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.it.ReferrerMessaging.accepted;
import static org.pathway.referral.it.ReferrerMessaging.messages;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;
import static org.pathway.referral.it.ReferrerMessaging.register;

/**
 * Messages back to the referrer, delivered to a receiver on this machine: how fast after the change, exactly once
 * after the receiver was down for a real minute (TestSettings: retries after 1 s doubling to 4 s), in order per
 * referral, signed, and with no identifier of the young person.
 */
@QuarkusTest
class ReferrerMessagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTACT = "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"phone\"}";

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
    void anAcceptedReferralReachesTheReceiverSignedAndWithoutIdentifiers() throws Exception {
        String ods = odsCode();
        String secret = register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("format", equalTo("json")).extract().path("signingSecret");
        assertThat(secret).startsWith("whsec_");

        Instant changed = Instant.now();
        var posted = ReferrerMessaging.bodyFrom(ods);
        String id = org.pathway.referral.Referrals.post(NORTH_LONDON, posted).then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 1);
        TestReceiver.Received message = receiver.receivedAbout(id).get(0);
        long latencyMillis = Duration.between(changed, message.at()).toMillis();
        System.out.printf("referrer message latency (POST sent → receiver got the message): %d ms%n", latencyMillis);

        assertThat(message.contentType()).startsWith("application/json");
        assertThat(WebhookSignature.verify(message.signature(), message.body().getBytes(StandardCharsets.UTF_8),
                List.of(WebhookSignature.secretBytes(secret)), Instant.now(), WebhookSignature.DEFAULT_TOLERANCE))
                .isEqualTo(SignatureResult.VALID);
        JsonNode body = JSON.readTree(message.body());
        assertThat(body.get("change").asText()).isEqualTo("accepted");
        assertThat(body.get("referralId").asText()).isEqualTo(id);
        assertThat(body.get("organisationCode").asText()).isEqualTo(ods);
        assertThat(body.get("snomedCode").asText()).isEqualTo("871731000000106");
        assertThat(message.correlationId()).isEqualTo(id);
        JsonNode youngPerson = posted.get("youngPerson");
        for (String identifying : List.of("nhsNumber", "givenName", "familyName", "dateOfBirth", "postcode")) {
            assertThat(message.body()).doesNotContain(youngPerson.get(identifying).asText());
        }
        assertThat(message.body()).doesNotContain(posted.get("externalReference").asText());

        messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].change", equalTo("accepted"))
                .body("items[0].state", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].requestId", equalTo(message.requestId()));
    }

    @Test
    void afterTheReceiverWasDownForAMinuteTheMessageArrivesExactlyOnce() throws InterruptedException {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "bars").then().statusCode(201);
        receiver.down();

        String id = accepted(NORTH_LONDON, ods);
        Instant downSince = Instant.now();
        Thread.sleep(Duration.ofSeconds(60).toMillis());

        messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items[0].state", equalTo("PENDING"))
                .body("items[0].lastError", equalTo("unreachable"))
                .body("items[0].attempts", greaterThan(5));
        receiver.up();
        System.out.printf("receiver was down for %d s%n", Duration.between(downSince, Instant.now()).toSeconds());

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.receivedAbout(id).size() == 1);
        // Long enough for any second copy: two of the longest back-offs.
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(10))
                .until(() -> receiver.attemptsAbout(id).size() == 1);
        int attempts = messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("DELIVERED"))
                .body("items[0].requestId", equalTo(receiver.receivedAbout(id).get(0).requestId()))
                .extract().path("items[0].attempts");
        System.out.printf("delivered exactly once after %d attempts%n", attempts);
    }

    @Test
    void aReferralsMessagesArriveInOrderEvenWhenTheFirstIsRetried() {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        receiver.answer(503);

        String id = accepted(NORTH_LONDON, ods);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "contact", CONTACT).then().statusCode(200);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "close", "{\"reason\": \"moved-away\"}")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.attemptsAbout(id).size() >= 2);
        receiver.answer(200);

        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.receivedAbout(id).size() == 3);
        assertThat(receiver.receivedAbout(id)).extracting(r -> change(r.body()))
                .containsExactly("accepted", "contacted", "closed");
        assertThat(receiver.attemptsAbout(id).stream().filter(r -> !r.accepted()).map(r -> change(r.body())))
                .as("only the first message was tried while the receiver refused it")
                .containsOnly("accepted");
        assertThat(receiver.receivedAbout(id)).extracting(TestReceiver.Received::requestId).doesNotHaveDuplicates();
        messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items.change", org.hamcrest.Matchers.contains("accepted", "contacted", "closed"))
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED")))
                .body("items.lastStatus", org.hamcrest.Matchers.everyItem(equalTo(200)));
    }

    @Test
    void aClosureTellsTheReasonAndAYoungPersonsDeclineTheSnomedCode() throws Exception {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        String closed = accepted(NORTH_LONDON, ods);
        String declined = accepted(NORTH_LONDON, ods);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), closed, "close", "{\"reason\": \"completed\"}")
                .then().statusCode(200);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), declined, "decline", "{\"reason\": \"Busy with exams\"}")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(closed).size() == 2
                && receiver.receivedAbout(declined).size() == 2);
        JsonNode closing = JSON.readTree(receiver.receivedAbout(closed).get(1).body());
        assertThat(closing.get("change").asText()).isEqualTo("closed");
        assertThat(closing.get("reason").asText()).isEqualTo("completed");
        assertThat(closing.get("sessionsAttended").asInt()).isZero();
        assertThat(closing.get("outcomes")).isEmpty();
        String decline = receiver.receivedAbout(declined).get(1).body();
        JsonNode declining = JSON.readTree(decline);
        assertThat(declining.get("reason").asText()).isEqualTo("YOUNG_PERSON_DECLINED");
        assertThat(declining.get("snomedCode").asText()).isEqualTo("871711000000103");
        assertThat(decline).as("the young person's own words stay at the site").doesNotContain("Busy with exams");
    }

    @Test
    void aReferralDeclinedAtIntakeTellsTheEligibilityReason() throws Exception {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        var body = ReferrerMessaging.bodyFrom(ods);
        body.put("severity", "severe");
        String id = org.pathway.referral.Referrals.post(NORTH_LONDON, body).then().statusCode(201)
                .body("status", equalTo("DECLINED")).extract().path("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 1);
        JsonNode message = JSON.readTree(receiver.receivedAbout(id).get(0).body());
        assertThat(message.get("change").asText()).isEqualTo("declined");
        assertThat(message.get("reason").asText()).isEqualTo("SEVERITY_NOT_MODERATE");
        assertThat(message.has("snomedCode")).isFalse();
    }

    @Test
    void anOrganisationThatIsNotRegisteredGetsNoMessage() {
        String id = accepted(NORTH_LONDON, odsCode());

        messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200).body("items", hasSize(0));
    }

    private static String change(String body) {
        try {
            return JSON.readTree(body).get("change").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
