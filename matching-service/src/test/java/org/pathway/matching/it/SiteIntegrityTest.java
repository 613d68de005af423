package org.pathway.matching.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.pathway.matching.it.Api.CARDIFF_VALE;
import static org.pathway.matching.it.Api.NORTH_LONDON;
import static org.pathway.matching.it.Api.activity;
import static org.pathway.matching.it.Api.createActivity;
import static org.pathway.matching.it.Api.linkWorker;
import static org.pathway.matching.it.Api.place;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathway.matching.api.ActivityResource;
import org.pathway.matching.api.DirectoryFeedResource;
import org.pathway.matching.api.PlacementResource;
import org.pathway.matching.api.RecommendationResource;
import org.pathway.testkit.RouteMatrix;
import org.pathway.testkit.RouteMatrix.Route;
import org.pathway.testkit.Tokens;

/**
 * A site answers only for what it holds. Every site-scoped route that names a record answers 404
 * problem+json for an id the site does not know, whether it belongs to another site or to none, and
 * stores and publishes nothing. The routes are read from the resource classes, so a route added
 * later is in the matrix without anyone listing it.
 */
@QuarkusTest
class SiteIntegrityTest {

    private static final String SITE = NORTH_LONDON;
    private static final String OTHER_SITE = CARDIFF_VALE;
    private static final List<Route> ROUTES = RouteMatrix.siteScopedRoutesWithIds(
            ActivityResource.class, PlacementResource.class, RecommendationResource.class,
            DirectoryFeedResource.class);

    /** A valid body for each route that reads one, so that only the id can make it fail. */
    private static final Map<String, Object> BODIES = Map.of(
            "ActivityResource#update", activity("Matrix club"),
            "ActivityResource#review", Map.of("approved", true, "minAge", 11, "maxAge", 18, "category", "arts"),
            "PlacementResource#end", Map.of("reason", "completed"));

    /** What the site's tables hold: a changed count or time after a request means it stored something. */
    private static final String STATE = """
            select (select count(*) from %1$s.activity), (select sum(places_taken) from %1$s.activity),
                   (select max(updated_at) from %1$s.activity), (select count(*) from %1$s.placement),
                   (select max(ended_at) from %1$s.placement), (select count(*) from %1$s.participant_profile),
                   (select max(updated_at) from %1$s.participant_profile),
                   (select count(*) from %1$s.participant_tombstone), (select count(*) from %1$s.outbox),
                   (select count(*) from %1$s.directory_feed), (select max(last_sync_started_at) from %1$s.directory_feed),
                   (select count(*) from %1$s.feed_sync)""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMatrixHasEveryRouteThatNamesARecordInItsPath() {
        assertThat(ROUTES).extracting(Route::toString).containsExactly(
                "GET /sites/{siteId}/activities/{id}",
                "PUT /sites/{siteId}/activities/{id}",
                "POST /sites/{siteId}/activities/{id}/review",
                "DELETE /sites/{siteId}/directory-feeds/{id}",
                "GET /sites/{siteId}/directory-feeds/{id}",
                "POST /sites/{siteId}/directory-feeds/{id}/sync",
                "GET /sites/{siteId}/directory-feeds/{id}/syncs",
                "GET /sites/{siteId}/participants/{participantId}/placements",
                "GET /sites/{siteId}/participants/{participantId}/recommendations",
                "POST /sites/{siteId}/placements/{id}/end");
        assertThat(ROUTES.stream().mapToInt(r -> r.roles().size()).sum() * 2).as("cases").isEqualTo(28);
    }

    @TestFactory
    Stream<DynamicTest> anIdUnknownAtTheSiteIs404AndChangesNothing() {
        Records elsewhere = Records.at(OTHER_SITE);
        return ROUTES.stream().flatMap(route -> route.roles().stream().flatMap(role -> Stream.of(
                dynamicTest(route + " as " + role + ", an id known nowhere",
                        () -> answers404(route, role, Records::unknown)),
                dynamicTest(route + " as " + role + ", an id of " + OTHER_SITE,
                        () -> answers404(route, role, elsewhere::of)))));
    }

    /** The one route that names its records in the body: a booking at the site for another site's records. */
    @Test
    void aBookingOfAParticipantOrActivityUnknownAtTheSiteIs404AndBooksNothing() throws SQLException {
        Records here = Records.at(SITE);
        Records elsewhere = Records.at(OTHER_SITE);
        for (String[] booking : List.of(
                new String[] {Records.unknown("participant"), here.activity()},
                new String[] {elsewhere.participant(), here.activity()},
                new String[] {here.participant(), Records.unknown("activity")},
                new String[] {here.participant(), elsewhere.activity()})) {
            List<Object> before = state();
            place(SITE, booking[0], booking[1]).statusCode(404).contentType("application/problem+json");
            assertThat(state()).as("nothing stored or published").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} {1} → 400 naming {2}")
    @CsvSource(textBlock = """
            GET,  /activities?page=abc,                         page
            GET,  /activities?size=1e9,                         size
            GET,  /activities/not-a-uuid,                       id
            PUT,  /activities/6f1c2d4e-0000-4000-8000-00000000001, id
            POST, /activities/not-a-uuid/review,                id
            POST, /placements/not-a-uuid/end,                   id
            GET,  /participants/P-0000000000000000/recommendations?limit=abc, limit
            """)
    void aParameterThatCannotBeConvertedIs400NamingIt(String method, String path, String parameter) {
        linkWorker(SITE).body(Map.of()).request(method, "/sites/" + SITE + path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    private void answers404(Route route, String role, Function<String, String> idOfKind) throws SQLException {
        String[] ids = route.idParameters().stream().map(p -> idOfKind.apply(kindOf(route, p))).toArray(String[]::new);
        RequestSpecification request = given().auth().oauth2(Tokens.site(SITE, "worker-" + SITE, role))
                .contentType(ContentType.JSON);
        if (route.takesBody()) {
            assertThat(BODIES).as("a valid body for " + route.handler()).containsKey(route.handler());
            request.body(BODIES.get(route.handler()));
        }
        List<Object> before = state();
        request.request(route.method(), route.uri(SITE, ids)).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(state()).as("nothing stored or published").isEqualTo(before);
    }

    /** The kind of record an id parameter names: the collection it follows ({@code /activities/{id}}). */
    private static String kindOf(Route route, String idParameter) {
        String before = route.path().substring(0, route.path().indexOf("{" + idParameter + "}") - 1);
        String collection = before.substring(before.lastIndexOf('/') + 1);
        return switch (collection) {
            case "activities" -> "activity";
            case "participants" -> "participant";
            case "placements" -> "placement";
            case "directory-feeds" -> "feed";
            default -> throw new AssertionError(route + ": the matrix does not know the records of /" + collection);
        };
    }

    private List<Object> state() throws SQLException {
        List<Object> state = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String schema : List.of("site_north_london", "site_cardiff_vale")) {
                try (ResultSet rs = s.executeQuery(STATE.formatted(schema))) {
                    rs.next();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        state.add(rs.getObject(i));
                    }
                }
            }
        }
        return state;
    }

    /** A participant with a place on an activity, and a directory feed, held by one site. */
    private record Records(String participant, String activity, String placement, String feed) {

        static Records at(String site) {
            String participant = ReferralEvents.newParticipantId();
            ReferralEvents.accepted(site, participant, 14, List.of("art"), "CF24", List.of(), "en");
            Api.awaitProfile(site, participant);
            String activity = createActivity(site, Api.activity("Held at " + site));
            String placement = place(site, participant, activity).statusCode(201).extract().path("id");
            String feed = Feeds.create(site, "https://" + site + ".example.org/services", "auto", "manual");
            return new Records(participant, activity, placement, feed);
        }

        String of(String kind) {
            return switch (kind) {
                case "participant" -> participant;
                case "activity" -> activity;
                case "feed" -> feed;
                default -> placement;
            };
        }

        static String unknown(String kind) {
            return kind.equals("participant") ? ReferralEvents.newParticipantId() : UUID.randomUUID().toString();
        }
    }
}
