package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.engagement.api.AttendanceWebhookResource;
import org.pathway.engagement.api.CredentialsResource;
import org.pathway.engagement.api.OutcomeReadResource;
import org.pathway.engagement.api.ParticipantResource;
import org.pathway.testkit.RouteMatrix;
import org.pathway.testkit.RouteMatrix.Route;
import org.pathway.testkit.Tokens;

/**
 * Every site-scoped route of the service that names a participant, found from the resource classes, for
 * each role that may call it, with a pseudonym the site does not have: one nobody has, and one another
 * site referred. Each answers 404 problem+json and stores nothing, publishes nothing, at either site.
 */
@QuarkusTest
class SiteScopedRouteMatrixTest {

    private static final Class<?>[] RESOURCES = {
        ParticipantResource.class, OutcomeReadResource.class, CredentialsResource.class, AttendanceWebhookResource.class};

    /**
     * Routes that name a provider, not a participant, and why a provider id unknown here is not a 404:
     * engagement learns of no site's providers, and a provider is enrolled here by its first secret.
     */
    private static final Map<String, String> PROVIDER_ROUTES = Map.of(
            "POST /sites/{siteId}/providers/{providerId}/credentials",
            "issuing the first secret is what makes a provider known to this service",
            "POST /sites/{siteId}/providers/{providerId}/attendance",
            "no token: an unknown provider fails the signature (401), so the answer does not reveal which exist");

    private static final String NOBODYS = "nobody's";
    private static final String ANOTHER_SITES = "another site's";

    /** What the service may store about a participant at a site; each must stay untouched. */
    private static final List<String> TABLES = List.of("participant", "participant_status", "attendance",
            "link_worker_session", "outcome", "placement", "outbox");

    static List<Route> participantRoutes() {
        return RouteMatrix.siteScopedRoutesWithIds(RESOURCES).stream()
                .filter(route -> route.idParameters().equals(List.of("participantId")))
                .toList();
    }

    /** Route, role, and whose pseudonym: plain strings, so each case crosses into the test's class loader. */
    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : participantRoutes()) {
            for (String role : new TreeSet<>(route.roles())) {
                for (String whose : List.of(NOBODYS, ANOTHER_SITES)) {
                    cases.add(Arguments.of(route.toString(), role, whose));
                }
            }
        }
        return cases.stream();
    }

    @Test
    void everyRouteWithAnIdIsInTheMatrixOrNamesAProviderForAReasonGiven() {
        List<Route> routes = RouteMatrix.siteScopedRoutesWithIds(RESOURCES);
        List<Route> participantRoutes = participantRoutes();
        assertThat(routes).filteredOn(route -> !participantRoutes.contains(route))
                .extracting(Route::toString)
                .containsExactlyInAnyOrderElementsOf(PROVIDER_ROUTES.keySet());
        assertThat(participantRoutes).extracting(Route::toString).containsExactly(
                "GET /sites/{siteId}/participants/{participantId}/engagement",
                "POST /sites/{siteId}/participants/{participantId}/link-worker-sessions",
                "GET /sites/{siteId}/participants/{participantId}/outcomes",
                "POST /sites/{siteId}/participants/{participantId}/outcomes");
        assertThat(cases()).as("routes × roles × (nobody's, another site's)").hasSize(12);
    }

    @ParameterizedTest(name = "{0} as {1} with {2} pseudonym")
    @MethodSource("cases")
    void aPseudonymTheSiteHasNotIsNotFoundAndLeavesNothingBehind(String routeName, String role, String whose) {
        Route route = participantRoutes().stream().filter(r -> r.toString().equals(routeName)).findFirst()
                .orElseThrow();
        String participantId = whose.equals(NOBODYS) ? Fixtures.participant() : Fixtures.referred(CARDIFF_VALE);
        List<Long> before = stored(participantId);

        request(route, role).request(route.method(), route.uri(NORTH_LONDON, participantId))
                .then().statusCode(404).contentType("application/problem+json");

        assertThat(stored(participantId)).as("rows and outbox entries of the pseudonym at both sites")
                .isEqualTo(before);
        assertThat(before.subList(0, TABLES.size())).as("nothing of it at " + NORTH_LONDON).containsOnly(0L);
    }

    private static RequestSpecification request(Route route, String role) {
        RequestSpecification request = given().auth().oauth2(Tokens.site(NORTH_LONDON, "matrix-" + role, role));
        return route.takesBody() ? request.contentType(ContentType.JSON).body(validBody(route)) : request;
    }

    /** A body the route would accept for a participant of the site, so only the pseudonym is wrong. */
    private static String validBody(Route route) {
        String yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1).toString();
        if (route.path().endsWith("/outcomes")) {
            return "{\"instrument\":\"ONS4\",\"timepoint\":\"baseline\",\"completedAt\":\"" + yesterday
                    + "\",\"items\":[5,5,5,5]}";
        }
        return "{\"date\":\"" + yesterday + "\",\"minutes\":30,\"mode\":\"phone\"}";
    }

    /** Per table, at north-london then cardiff-vale: the pseudonym's rows. */
    private static List<Long> stored(String participantId) {
        List<Long> counts = new ArrayList<>();
        for (String site : List.of(NORTH_LONDON, CARDIFF_VALE)) {
            for (String table : TABLES) {
                counts.add(Fixtures.count("select count(*) from " + schema(site) + "." + table
                        + " where participant_id = ?", participantId));
            }
        }
        return counts;
    }
}
