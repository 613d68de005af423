package org.pathway.referral.it;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Meters;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.action;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.it.ReferrerMessaging.accepted;
import static org.pathway.referral.it.ReferrerMessaging.messages;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;
import static org.pathway.referral.it.ReferrerMessaging.register;

/**
 * A message the receiver keeps refusing is dead-lettered once its next attempt would fall after the limit (here
 * 5 s after the change: attempts at about 0, 0.5, 1.5 and 3.5 s on an idle machine), stays visible with its attempts and last status,
 * and no longer holds up the referral's later messages.
 */
@QuarkusTest
@TestProfile(ShortRetriesNoStartDate.class)
class ReferrerMessageDeadLetterTest {

    private TestReceiver receiver;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeEach
    void receiver() {
        receiver = TestReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aMessageRefusedUntilTheLimitIsDeadLetteredAndTheNextOneStillGoes() {
        double dead = messagesBack("dead");
        double retrying = messagesBack("retrying");
        double delivered = messagesBack("delivered");
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        receiver.answer(500);
        String id = accepted(NORTH_LONDON, ods);

        await().atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(
                messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().extract().path("items[0].state")));
        int attempts = messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items[0].lastStatus", equalTo(500))
                .body("items[0].lastError", equalTo("http-500"))
                .body("items[0].nextAttemptAt", nullValue())
                .extract().path("items[0].attempts");
        assertThat(attempts).as("every attempt reached the receiver, and there was more than one")
                .isEqualTo(receiver.attemptsAbout(id).size()).isGreaterThan(1);

        receiver.answer(200);
        action(NORTH_LONDON, linkWorker(NORTH_LONDON), id, "close", "{\"reason\": \"other\"}").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 1);
        assertThat(receiver.receivedAbout(id).get(0).body()).contains("\"change\":\"closed\"");
        messages(NORTH_LONDON, linkWorker(NORTH_LONDON), id).then().statusCode(200)
                .body("items.state", org.hamcrest.Matchers.contains("DEAD", "DELIVERED"));
        // The meters of messages back (management port): each attempt counted by the state it left the message in.
        assertThat(messagesBack("dead")).isEqualTo(dead + 1);
        assertThat(messagesBack("retrying")).isEqualTo(retrying + attempts - 1);
        assertThat(messagesBack("delivered")).isEqualTo(delivered + 1);
    }

    private double messagesBack(String state) {
        return Meters.scrape(management).value("pathway_referrer_messages_total", "site", NORTH_LONDON, "state", state);
    }
}
