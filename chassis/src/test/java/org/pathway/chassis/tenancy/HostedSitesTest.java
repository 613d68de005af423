package org.pathway.chassis.tenancy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.inbox.ProbeRecords;
import org.pathway.testkit.TestKafka;
import org.pathway.testkit.Tokens;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A deployment that knows a site but does not host it ({@code pathway.hosted-sites}): the site's URLs answer 404
 * whoever asks, its schema is never created, and its events are skipped rather than dead-lettered. swansea-bay is
 * configured (as every deployment's shared configuration would name it) but hosted elsewhere in the probe's test
 * configuration (application.properties), so this runs in the same Quarkus application as every other test.
 */
@QuarkusTest
class HostedSitesTest {

    private static final String DLQ = "pathway.dlq.chassis-probe";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sites sites;

    @Test
    void onlyTheNamedSitesAreHosted() {
        assertThat(sites.ids()).containsExactly("cardiff-vale", "north-london");
        assertThat(sites.hostedElsewhere("swansea-bay")).isTrue();
        assertThat(sites.hostedElsewhere("north-london")).isFalse();
        assertThat(sites.find("swansea-bay")).isEmpty();
    }

    @Test
    void aSiteHostedElsewhereAnswersNotFoundWithOrWithoutAToken() {
        given().get("/sites/swansea-bay/settings")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker", "site-admin"))
                .get("/sites/swansea-bay/probe/notes")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"))
                .get("/sites/north-london/settings").then().statusCode(200);
        given().auth().oauth2(Tokens.site("north-london", "lw1", "link-worker"))
                .get("/sites/wrexham/settings").then().statusCode(403);
    }

    @Test
    void aSiteHostedElsewhereGetsNoSchema() throws SQLException {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select count(*) from information_schema.schemata where schema_name = ?")) {
            for (var expected : Map.of("site_swansea_bay", 0L, "site_north_london", 1L, "site_cardiff_vale", 1L).entrySet()) {
                ps.setString(1, expected.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(expected.getKey()).isEqualTo(expected.getValue());
                }
            }
        }
    }

    @Test
    void eventsOfASiteHostedElsewhereAreSkippedWhileUnknownSitesAreStillDeadLettered() {
        String participant = "P-00000000000000D4";
        UUID elsewhere = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, elsewhere, "swansea-bay", participant);
        UUID unknown = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, unknown, "wrexham", participant);
        // Same key, same partition: the swansea-bay event was settled before the wrexham one reached the DLQ.
        var dead = TestKafka.awaitRecords(DLQ, records -> ProbeRecords.ids(records).contains(unknown.toString()),
                Duration.ofSeconds(30));
        assertThat(ProbeRecords.ids(dead)).doesNotContain(elsewhere.toString());
    }
}
