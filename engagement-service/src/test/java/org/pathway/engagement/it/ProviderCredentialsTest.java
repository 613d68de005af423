package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathway.testkit.Tokens;

@QuarkusTest
class ProviderCredentialsTest {

    private static final String PATH = "/sites/{site}/providers/{provider}/credentials";

    @Test
    void aSiteAdminGetsTheSecretOnceAndOnlyItsCiphertextIsStored() {
        String provider = Fixtures.provider();
        String secret = given().auth().oauth2(Tokens.site(NORTH_LONDON, "admin-1", "site-admin"))
                .post(PATH, NORTH_LONDON, provider)
                .then().statusCode(201)
                .header("Cache-Control", "no-store")
                .body("providerId", equalTo(provider))
                .body("secret", startsWith("whsec_"))
                .extract().path("secret");

        String stored = Fixtures.text("select current_secret from " + schema(NORTH_LONDON)
                + ".provider_credential where provider_id = ?", provider);
        assertThat(stored).isNotBlank().doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()));
    }

    @Test
    void onlyTheSitesAdminsMayIssueSecrets() {
        String provider = Fixtures.provider();
        given().post(PATH, NORTH_LONDON, provider).then().statusCode(401);
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "worker-1", "link-worker"))
                .post(PATH, NORTH_LONDON, provider).then().statusCode(403);
        given().auth().oauth2(Tokens.site("cardiff-vale", "admin-2", "site-admin"))
                .post(PATH, NORTH_LONDON, provider).then().statusCode(403);
        given().auth().oauth2(Tokens.platform("admin-3", "platform-admin"))
                .post(PATH, NORTH_LONDON, provider).then().statusCode(403);
        assertThat(Fixtures.count("select count(*) from " + schema(NORTH_LONDON)
                + ".provider_credential where provider_id = ?", provider)).isZero();
    }

    @Test
    void aProviderIdMustBeASlug() {
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "admin-1", "site-admin"))
                .post(PATH, NORTH_LONDON, "Green_Gym")
                .then().statusCode(422).body("errors[0].field", equalTo("providerId"));
    }

    @Test
    void afterRotationTheOldSecretWorksUntilItsGracePeriodEnds() throws SQLException {
        String provider = Fixtures.provider();
        String first = Fixtures.issueSecret(NORTH_LONDON, provider);
        String second = Fixtures.issueSecret(NORTH_LONDON, provider);
        assertThat(second).isNotEqualTo(first);
        UUID placement = Fixtures.placed(NORTH_LONDON, Fixtures.participant(), provider, Instant.now());
        String today = LocalDate.now().toString();

        postSigned(NORTH_LONDON, provider, first, body(placement, today)).then().statusCode(200);
        postSigned(NORTH_LONDON, provider, second, body(placement, today)).then().statusCode(200);

        try (Connection c = Fixtures.db().getConnection(); PreparedStatement ps = c.prepareStatement("update "
                + schema(NORTH_LONDON) + ".provider_credential set previous_expires_at = now() - interval '1 second'"
                + " where provider_id = ?")) {
            ps.setString(1, provider);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        postSigned(NORTH_LONDON, provider, first, body(placement, today)).then().statusCode(401);
        postSigned(NORTH_LONDON, provider, second, body(placement, today)).then().statusCode(200);
    }

    @Test
    void aThirdSecretRetiresTheFirstAtOnce() {
        String provider = Fixtures.provider();
        String first = Fixtures.issueSecret(NORTH_LONDON, provider);
        Fixtures.issueSecret(NORTH_LONDON, provider);
        String third = Fixtures.issueSecret(NORTH_LONDON, provider);
        UUID placement = Fixtures.placed(NORTH_LONDON, Fixtures.participant(), provider, Instant.now());
        String today = LocalDate.now().toString();

        postSigned(NORTH_LONDON, provider, first, body(placement, today)).then().statusCode(401);
        postSigned(NORTH_LONDON, provider, third, body(placement, today)).then().statusCode(200);
    }

    private static String body(UUID placement, String today) {
        return attendanceBody(List.of(item("att-" + UUID.randomUUID(), placement, today, "attended")));
    }
}
