package org.pathway.matching.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.recommendationsPath;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.matching.feeds.FeedPages;
import org.pathway.matching.feeds.FeedPages.RealPage;
import org.pathway.matching.feeds.FeedServer;

/**
 * The issue's "done when": a site whose catalogue came from real council directory feeds (North
 * Lincolnshire and Bristol, the first 50 services of each, {@code src/test/resources/real-feeds/}), synced
 * from a local HTTP server serving them as ORUK v1 and HSDS 3.0 pages, recommends a 12-year-old
 * nothing whose ages or text say it is for adults or over-16s. Those 29 services were found by
 * reading each one ({@code adults-or-over-16.csv}), not by the code under test. Before the
 * screening, every service without stated ages became "0–25" and all of them could be.
 */
@QuarkusTest
class RealFeedRecommendationTest {

    private static final String SITE = CARDIFF_VALE;
    private static FeedServer server;

    @BeforeAll
    static void startServer() {
        server = FeedServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void recommendsA12YearOldNothingForAdultsOrOver16sFromRealFeeds() {
        List<RealPage> pages = FeedPages.READ_BY_HAND;
        server.serve("/north-lincolnshire", FeedPages.orukV1(FeedPages.services(pages.get(0)), 20, 738));
        server.serve("/bristol", FeedPages.hsds3(FeedPages.services(pages.get(1)), 25, 874));
        for (String path : List.of("/north-lincolnshire", "/bristol")) {
            JsonPath report = Feeds.report(SITE, Feeds.create(SITE, server.url(path), "auto", "manual"));
            assertThat(report.getString("status")).as(path).isEqualTo("completed");
            assertThat(report.getInt("fetched")).as(path).isEqualTo(50);
        }
        String participant = ReferralEvents.newParticipantId();
        ReferralEvents.accepted(SITE, participant, 12, List.of("art", "football", "games"), "CF24", List.of(), "en");
        Api.awaitProfile(SITE, participant);

        List<String> recommended = linkWorker(SITE).get(recommendationsPath(SITE, participant) + "?limit=50")
                .then().statusCode(200).extract().jsonPath().getList("activityId", String.class);

        Set<String> adultsOrOver16 = adultsOrOver16();
        List<String> fromTheFeeds = new ArrayList<>();
        for (String id : recommended) {
            JsonPath activity = linkWorker(SITE).get("/sites/" + SITE + "/activities/" + id).then().statusCode(200)
                    .extract().jsonPath();
            String externalId = activity.getString("externalId");
            assertThat(adultsOrOver16).as(activity.getString("name")).doesNotContain(String.valueOf(externalId));
            assertThat(activity.getBoolean("needsReview")).as(activity.getString("name")).isFalse();
            if (externalId != null && pageIds().contains(externalId)) {
                fromTheFeeds.add(activity.getString("name") + " (" + activity.getString("ageEvidence") + ")");
            }
        }
        assertThat(fromTheFeeds).as("children's services of the feeds are still recommended")
                .anyMatch(s -> s.startsWith("Archaeology and History Club"));
    }

    private static Set<String> pageIds() {
        Set<String> ids = new HashSet<>();
        for (RealPage page : FeedPages.READ_BY_HAND) {
            FeedPages.services(page).forEach(service -> ids.add(service.get("id").asText()));
        }
        return ids;
    }

    private static Set<String> adultsOrOver16() {
        return resource("adults-or-over-16.csv").lines().filter(l -> !l.startsWith("#") && !l.startsWith("id,"))
                .map(l -> l.split(",")[0]).collect(Collectors.toSet());
    }

    private static String resource(String name) {
        try (InputStream in = RealFeedRecommendationTest.class.getResourceAsStream("/real-feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
