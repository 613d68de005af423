package org.pathway.chassis.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SiteTenancyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ownSiteTokenReadsItsOwnSiteSettings() {
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"))
                .get("/sites/north-london/settings")
                .then().statusCode(200)
                .body("siteId", equalTo("north-london"))
                .body("nation", equalTo("england"))
                .body("minAge", equalTo(11))
                .body("pathwayStartDate", equalTo("2027-03-01"))
                .body("schemaVersion", equalTo("1"));
        given().auth().oauth2(Tokens.site("cardiff-vale", "lw2", "link-worker"))
                .get("/sites/cardiff-vale/settings")
                .then().statusCode(200)
                .body("nation", equalTo("wales"))
                .body("minAge", equalTo(8))
                .body("maxAge", equalTo(25))
                .body("pathwayStartDate", nullValue());
    }

    @Test
    void siteNotHostedHereIsForbiddenEvenWithAValidToken() {
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"))
                .get("/sites/wrexham/settings")
                .then().statusCode(403);
    }

    @Test
    void missingUntrustedUnpublishedOrExpiredTokensAreUnauthorizedWithAProblem() {
        unauthorized(given());
        unauthorized(given().auth().oauth2(Tokens.rogue("x", "link-worker")));
        unauthorized(given().auth().oauth2(Tokens.unpublishedKey("north-london", "x", "link-worker")));
        unauthorized(given().auth().oauth2(Tokens.expired("north-london", "x", "link-worker")));
        unauthorized(given().auth().oauth2("not-a-jwt"));
    }

    /** API.md: every error is problem+json; the challenge header stays. */
    private static void unauthorized(RequestSpecification request) {
        request.get("/sites/north-london/settings").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("type", equalTo("https://pathway.example/problems/unauthorized"))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void anotherSitesOrThePlatformsTokenIsForbiddenWithAProblem() {
        for (String token : List.of(Tokens.site("cardiff-vale", "lw2", "link-worker", "site-admin"),
                Tokens.platform("admin", "platform-admin", "researcher"))) {
            given().auth().oauth2(token).get("/sites/north-london/settings").then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("type", equalTo("https://pathway.example/problems/forbidden"));
        }
    }

    @Test
    void everyHostedSiteHasItsMigratedSchema() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (String schema : List.of("site_north_london", "site_cardiff_vale")) {
                assertThat(tables(c, schema)).contains("outbox", "inbox", "probe_effect", "probe_note", "flyway_schema_history");
            }
            assertThat(tables(c, "public")).doesNotContain("outbox", "probe_note");
        }
    }

    @Test
    void pooledConnectionsGoBackToThePublicSchemaAfterASiteRequest() throws SQLException {
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(Tokens.site("cardiff-vale", "lw2", "link-worker"))
                    .get("/sites/cardiff-vale/probe/notes").then().statusCode(200);
        }
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Connection c = dataSource.getConnection();
                borrowed.add(c);
                try (ResultSet rs = c.createStatement().executeQuery("select current_schema()")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("public");
                }
            }
        } finally {
            for (Connection c : borrowed) {
                c.close();
            }
        }
    }

    @Test
    void writesLandOnlyInTheCallersSiteSchema() throws SQLException {
        String note = "isolation-" + System.nanoTime();
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"))
                .contentType("application/json")
                .body("{\"note\":\"" + note + "\",\"participantId\":\"P-0000000000000001\"}")
                .post("/sites/north-london/probe").then().statusCode(201);
        try (Connection c = dataSource.getConnection()) {
            assertThat(count(c, "site_north_london", note)).isEqualTo(1);
            assertThat(count(c, "site_cardiff_vale", note)).isZero();
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var ps = c.prepareStatement("select table_name from information_schema.tables where table_schema = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static long count(Connection c, String schema, String note) throws SQLException {
        try (var ps = c.prepareStatement("select count(*) from " + schema + ".probe_note where text = ?")) {
            ps.setString(1, note);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
