package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

@QuarkusTest
class PlacementConcurrencyTest {

    private static final int REQUESTS = 50;
    private static final int CAPACITY = 5;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fiftyConcurrentRequestsForFivePlacesGetExactlyFive() throws Exception {
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String id = ReferralEvents.newParticipantId();
            ReferralEvents.accepted(NORTH_LONDON, id, 14, List.of("football"), "N7", List.of(), "en");
            participants.add(id);
        }
        participants.forEach(p -> Api.awaitProfile(NORTH_LONDON, p));
        Map<String, Object> body = activity("Five-a-side");
        body.put("capacity", CAPACITY);
        String activity = createActivity(NORTH_LONDON, body);
        String token = Tokens.site(NORTH_LONDON, "worker-north-london", "link-worker");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String participant : participants) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                            .body(Map.of("participantId", participant, "activityId", activity))
                            .post("/sites/north-london/placements").statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> byStatus = statuses.stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 5L, 409, 45L));
        } finally {
            pool.shutdownNow();
        }

        linkWorker(NORTH_LONDON).get("/sites/north-london/activities/" + activity).then()
                .body("placesTaken", equalTo(CAPACITY))
                .body("placesLeft", equalTo(0));
        assertThat(confirmedPlacements(UUID.fromString(activity))).isEqualTo(CAPACITY);
    }

    private long confirmedPlacements(UUID activity) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from site_north_london.placement where activity_id = ? and status = 'CONFIRMED'")) {
            ps.setObject(1, activity);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
