package org.pathway.referral.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.testkit.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.as;
import static org.pathway.referral.Referrals.linkWorker;
import static org.pathway.referral.Referrals.referrer;
import static org.pathway.referral.Referrals.siteAdmin;
import static org.pathway.referral.it.ReferrerMessaging.accepted;
import static org.pathway.referral.it.ReferrerMessaging.messages;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;
import static org.pathway.referral.it.ReferrerMessaging.register;

/** Who may register referrers and read a referral's messages, field errors, and the site boundary. */
@QuarkusTest
class ReferrerMessagesAccessTest {

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
    void registeringAgainKeepsTheSecretAndAnswers200() {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201).body("$", hasKey("signingSecret"));

        register(NORTH_LONDON, ods, "https://trust.example.nhs.uk/hooks", "json").then().statusCode(200)
                .body("endpoint", equalTo("https://trust.example.nhs.uk/hooks"))
                .body("$", not(hasKey("signingSecret")));
        register(NORTH_LONDON, ods, receiver.endpoint(), "bars").then().statusCode(200).body("format", equalTo("bars"))
                .body("$", not(hasKey("signingSecret")));
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(200)
                .body("$", hasKey("signingSecret"));
    }

    @Test
    void concurrentFirstRegistrationsMakeOneOrganisationOne201AndOneSecret() throws Exception {
        String ods = odsCode();
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    gate.await();
                    return register(NORTH_LONDON, ods, receiver.endpoint(), "json");
                }));
            }
            gate.countDown();
            List<Integer> statuses = new ArrayList<>();
            int secrets = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                secrets += response.jsonPath().getString("signingSecret") == null ? 0 : 1;
            }
            assertThat(statuses).containsOnly(201, 200).filteredOn(status -> status == 201).hasSize(1);
            assertThat(secrets).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(200).body("$", not(hasKey("signingSecret")));
    }

    @ParameterizedTest(name = "PUT /referrers/{0} {1} → 422 naming {2}")
    @CsvSource(delimiter = '|', value = {
            "rwx   | {\"endpoint\": \"https://a.nhs.uk/x\", \"format\": \"json\"}       | odsCode",
            "RWX   | {\"endpoint\": \"http://a.nhs.uk/x\", \"format\": \"json\"}        | endpoint",
            "RWX   | {\"endpoint\": \"not a url\", \"format\": \"bars\"}                | endpoint",
            "RWX   | {\"format\": \"bars\"}                                            | endpoint",
            "RWX   | {\"endpoint\": \"https://a.nhs.uk/x\", \"format\": \"xml\"}        | format",
            "RWX   | {}                                                               | endpoint,format"})
    void aBadRegistrationIs422NamingTheField(String ods, String body, String fields) {
        as(siteAdmin(NORTH_LONDON)).body(body).put("/sites/north-london/referrers/" + ods).then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains(fields.split(",")));
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        as(siteAdmin(NORTH_LONDON)).body("{\"endpoint\": ").put("/sites/north-london/referrers/RWX").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} may not register a referrer")
    @CsvSource({"link-worker", "referrer", "researcher"})
    void onlyASiteAdminRegisters(String role) {
        as(Tokens.site(NORTH_LONDON, "someone", role)).body("{\"endpoint\": \"https://a.nhs.uk/x\", \"format\": \"json\"}")
                .put("/sites/north-london/referrers/" + odsCode()).then().statusCode(403);
        given().contentType("application/json").body("{\"endpoint\": \"https://a.nhs.uk/x\", \"format\": \"json\"}")
                .put("/sites/north-london/referrers/" + odsCode()).then().statusCode(401);
    }

    @Test
    void theReferrerOfTheSameOrganisationReadsTheMessagesOthersDoNot() {
        String ods = odsCode();
        register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
        String id = accepted(NORTH_LONDON, ods);

        messages(NORTH_LONDON, OrganisationTokens.referrer(NORTH_LONDON, ods), id).then().statusCode(200)
                .body("items", hasSize(1));
        messages(NORTH_LONDON, siteAdmin(NORTH_LONDON), id).then().statusCode(200).body("items", hasSize(1));
        messages(NORTH_LONDON, OrganisationTokens.referrer(NORTH_LONDON, odsCode()), id).then().statusCode(403)
                .contentType("application/problem+json");
        messages(NORTH_LONDON, referrer(NORTH_LONDON), id).then().statusCode(403);
    }

    @Test
    void anotherSitesTokenAndIdsReachNothing() {
        String ods = odsCode();
        TestReceiver cardiffReceiver = TestReceiver.start();
        try {
            register(NORTH_LONDON, ods, receiver.endpoint(), "json").then().statusCode(201);
            register(CARDIFF_VALE, ods, cardiffReceiver.endpoint(), "json").then().statusCode(201);
            String cardiff = accepted(CARDIFF_VALE, ods);
            String north = accepted(NORTH_LONDON, ods);
            await().atMost(Duration.ofSeconds(10)).until(() -> cardiffReceiver.receivedAbout(cardiff).size() == 1
                    && receiver.receivedAbout(north).size() == 1);

            assertThat(receiver.receivedAbout(cardiff)).as("north-london's registration gets no cardiff-vale message")
                    .isEmpty();
            assertThat(cardiffReceiver.receivedAbout(north)).isEmpty();
            messages(NORTH_LONDON, linkWorker(NORTH_LONDON), cardiff).then().statusCode(404)
                    .contentType("application/problem+json");
            messages(NORTH_LONDON, OrganisationTokens.referrer(NORTH_LONDON, ods), cardiff).then().statusCode(404);
            messages(NORTH_LONDON, linkWorker(CARDIFF_VALE), north).then().statusCode(403);
            messages(NORTH_LONDON, OrganisationTokens.referrer(CARDIFF_VALE, ods), north).then().statusCode(403);
            as(siteAdmin(CARDIFF_VALE)).body("{\"endpoint\": \"https://evil.example.com/x\", \"format\": \"json\"}")
                    .put("/sites/north-london/referrers/" + ods).then().statusCode(403);
            messages(NORTH_LONDON, linkWorker(NORTH_LONDON), north).then().statusCode(200)
                    .body("items[0].state", equalTo("DELIVERED"));
        } finally {
            cardiffReceiver.close();
        }
    }
}
