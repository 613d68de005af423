package org.pathway.referral.it;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.body;
import static org.pathway.referral.Referrals.post;
import static org.pathway.referral.Referrals.youngPerson;

@QuarkusTest
class ReferralIdempotencyTest {

    private static final int PARALLEL = 12;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sameKeyAndBodyAnswers200WithTheOriginalBody() {
        var body = body();
        String key = UUID.randomUUID().toString();
        Response first = post(NORTH_LONDON, body, key);
        first.then().statusCode(201);

        Response replay = post(NORTH_LONDON, body, key);

        replay.then().statusCode(200).header("Location", equalTo(first.header("Location")));
        assertThat(replay.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    }

    @Test
    void sameKeyWithADifferentBodyIs409() {
        String key = UUID.randomUUID().toString();
        post(NORTH_LONDON, body(), key).then().statusCode(201);

        post(NORTH_LONDON, body(), key).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void sameExternalReferenceAndBodyAnswers200EvenWithoutAKey() {
        var body = body();
        Response first = post(NORTH_LONDON, body);
        first.then().statusCode(201);

        Response replay = post(NORTH_LONDON, body, UUID.randomUUID().toString());

        replay.then().statusCode(200);
        assertThat(replay.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    }

    @Test
    void sameExternalReferenceWithADifferentBodyIs409() {
        var body = body();
        post(NORTH_LONDON, body).then().statusCode(201);
        body.put("notes", "A different note");

        post(NORTH_LONDON, body).then().statusCode(409);
    }

    @Test
    void aReplayAnswersAsAtIntakeAfterTheReferralMovedOn() {
        var body = body();
        String key = UUID.randomUUID().toString();
        Response first = post(NORTH_LONDON, body, key);
        Referrals.action(NORTH_LONDON, Referrals.linkWorker(NORTH_LONDON), first.path("id"), "close",
                "{\"reason\": \"completed\"}").then().statusCode(200);

        post(NORTH_LONDON, body, key).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void concurrentIdenticalRequestsMakeExactlyOneReferral() throws Exception {
        var body = body();
        String key = UUID.randomUUID().toString();

        String token = Referrals.referrer(NORTH_LONDON);

        List<Response> responses = concurrently(() -> Referrals.as(token).header("Idempotency-Key", key)
                .body(body.toString()).post("/sites/north-london/referrals"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 201);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
        assertThat(responses).extracting(r -> (String) r.path("id")).containsOnly(responses.get(0).<String>path("id"));
        assertThat(count("external_reference = ?", body.get("externalReference").asText())).isEqualTo(1);
    }

    @Test
    void concurrentReferralsOfOnePersonAcceptOnlyOne() throws Exception {
        String nhsNumber = Referrals.nhsNumber();
        String token = Referrals.referrer(NORTH_LONDON);

        List<Response> responses = concurrently(() -> Referrals.as(token)
                .body(body(b -> youngPerson(b).put("nhsNumber", nhsNumber)).toString())
                .post("/sites/north-london/referrals"));

        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(responses).extracting(r -> (String) r.path("status")).containsOnlyOnce("ACCEPTED");
        assertThat(responses).filteredOn(r -> "DECLINED".equals(r.path("status")))
                .extracting(r -> (String) r.path("declineReason")).containsOnly("DUPLICATE_ACTIVE_REFERRAL");
        assertThat(count("nhs_number = ? and status = 'ACCEPTED'", nhsNumber)).isEqualTo(1);
    }

    private static List<Response> concurrently(Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String where, String value) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from site_north_london.referral where " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
