package org.pathway.referral.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.referral.Referrals.CARDIFF_VALE;
import static org.pathway.referral.Referrals.NORTH_LONDON;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.referral.Referrals;
import org.pathway.referral.api.AuditResource;
import org.pathway.referral.api.ReferralLifecycleResource;
import org.pathway.referral.api.ReferralResource;
import org.pathway.referral.referrer.ReferrerMessagesResource;
import org.pathway.testkit.RouteMatrix.Route;
import org.pathway.testkit.RouteMatrix;
import org.pathway.testkit.Tokens;

/**
 * Every site-scoped route of the service that names a referral, found from the resource classes themselves: for
 * an id the site does not hold (one no site holds, and one another site holds), each role the route lets in gets
 * 404 problem+json, and nothing is stored or published. An id that is no UUID is a 400 naming the parameter.
 * A route added later is in the matrix without anyone listing it; one that takes a body needs a valid body here
 * (the test fails until it has one), so that the 404 is not hidden behind a 422.
 */
@QuarkusTest
class SiteScopedRouteMatrixTest {

    private static final List<Route> ROUTES = RouteMatrix.siteScopedRoutesWithIds(
            ReferralResource.class, ReferralLifecycleResource.class, AuditResource.class,
            ReferrerMessagesResource.class);

    /** A valid body per route that takes one, by handler. */
    private static final Map<String, String> BODIES = Map.of(
            "ReferralLifecycleResource#contact", "{\"contactedAt\": \"2026-11-21T10:15:00Z\", \"method\": \"phone\"}",
            "ReferralLifecycleResource#decline", "{\"reason\": \"Busy with exams\"}",
            "ReferralLifecycleResource#withdraw", "{\"scope\": \"all\"}",
            "ReferralLifecycleResource#close", "{\"reason\": \"completed\"}");

    /** A referral held at cardiff-vale, made once for every case. */
    private static String cardiffReferral;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMatrixCoversEveryRouteThatNamesAReferral() {
        assertThat(ROUTES).extracting(Route::toString).containsExactly(
                "GET /sites/{siteId}/referrals/{id}",
                "POST /sites/{siteId}/referrals/{id}/close",
                "POST /sites/{siteId}/referrals/{id}/contact",
                "POST /sites/{siteId}/referrals/{id}/decline",
                "GET /sites/{siteId}/referrals/{id}/messages",
                "POST /sites/{siteId}/referrals/{id}/withdraw");
        assertThat(cases()).hasSize(24);
    }

    static Stream<Arguments> cases() {
        return ROUTES.stream().flatMap(route -> route.roles().stream().flatMap(role -> Stream.of(
                Arguments.of(route, role, "unknown everywhere"),
                Arguments.of(route, role, "held by cardiff-vale"))));
    }

    @ParameterizedTest(name = "{0} as {1}, id {2} → 404")
    @MethodSource("cases")
    void anIdTheSiteDoesNotHoldIs404AndChangesNothing(Route route, String role, String which) throws SQLException {
        String id = which.equals("unknown everywhere") ? UUID.randomUUID().toString() : cardiffReferral();
        long[] before = stored();

        send(route, role, route.uriWithEveryId(NORTH_LONDON, id)).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));

        assertThat(stored()).as("referral, idempotency_key, audit, outbox and referrer_message rows of both sites").containsExactly(before);
    }

    static Stream<Route> routes() {
        return ROUTES.stream();
    }

    @ParameterizedTest(name = "{0} with an id that is no UUID → 400")
    @MethodSource("routes")
    void anIdThatIsNoUuidIs400NamingTheParameter(Route route) {
        String role = route.roles().iterator().next();

        send(route, role, route.uriWithEveryId(NORTH_LONDON, "not-a-uuid")).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(route.idParameters().get(0)));
    }

    @Test
    void pageAndSizeThatAreNoWholeNumberInRangeAre400NamingThem() {
        String admin = Tokens.site(NORTH_LONDON, "matrix-admin", "site-admin");
        for (String list : List.of("/sites/north-london/referrals", "/sites/north-london/audit")) {
            Referrals.as(admin).queryParam("page", "abc").get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("page"));
            Referrals.as(admin).queryParam("size", "1e9").get(list).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains("size"));
        }
    }

    private static Response send(Route route, String role, String uri) {
        var request = Referrals.as(Tokens.site(NORTH_LONDON, "matrix-" + role, role));
        if (route.takesBody()) {
            String body = BODIES.get(route.handler());
            assertThat(body).as("a valid body for " + route.handler()).isNotNull();
            request = request.body(body);
        }
        return request.request(route.method(), uri);
    }

    private static synchronized String cardiffReferral() {
        if (cardiffReferral == null) {
            cardiffReferral = Referrals.accepted(CARDIFF_VALE);
        }
        return cardiffReferral;
    }

    /** What a request could leave behind at either site. */
    private long[] stored() throws SQLException {
        String[] tables = {"referral", "idempotency_key", "audit", "outbox", "referrer_message"};
        long[] counts = new long[tables.length * 2];
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            int i = 0;
            for (String schema : new String[] {"site_north_london", "site_cardiff_vale"}) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from " + schema + "." + table)) {
                        rs.next();
                        counts[i++] = rs.getLong(1);
                    }
                }
            }
        }
        return counts;
    }
}
