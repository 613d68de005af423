package org.pathway.referral.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.it.ReferrerMessaging.accepted;
import static org.pathway.referral.it.ReferrerMessaging.odsCode;
import static org.pathway.referral.it.ReferrerMessaging.register;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.chassis.webhook.SignatureResult;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.referral.TestSettings;
import org.pathway.testkit.Tokens;

/**
 * Rotating the key of referrers' signing secrets: the service has the original key (id 0, TestSettings) and a new
 * newest one {@code k2}; stored secrets still under the original key (one as written before key ids existed) are
 * re-encrypted onto {@code k2}, and messages afterwards are still signed with the referrer's unchanged secret.
 */
@QuarkusTest
@TestProfile(SecretKeyRotationTest.NewKeyAdded.class)
class SecretKeyRotationTest {

    private static final String PATH = "/admin/secret-keys/re-encryption";

    public static class NewKeyAdded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("referrer.secret-keys", "k2=ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=");
        }
    }

    @Inject
    AgroalDataSource dataSource;

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
    void storedSecretsMoveToTheNewKeyAndMessagesAreStillSignedWithTheReferrersSecret() throws SQLException {
        String legacyOds = odsCode();
        String legacySecret = register(NORTH_LONDON, legacyOds, receiver.endpoint(), "json").then().statusCode(201)
                .extract().path("signingSecret");
        String v2Ods = odsCode();
        String v2Secret = register(NORTH_LONDON, v2Ods, receiver.endpoint(), "json").then().statusCode(201)
                .extract().path("signingSecret");
        storeUnderOriginalKey(legacyOds, legacySecret, true);
        storeUnderOriginalKey(v2Ods, v2Secret, false);
        List<String> before = stored();
        assertThat(before).noneMatch(s -> s.startsWith("v2:k2:"));

        given().auth().oauth2(Tokens.platform("ops", "platform-admin")).post(PATH)
                .then().statusCode(200)
                .body("keyId", equalTo("k2"))
                .body("sites.north-london.reencrypted", equalTo(before.size()))
                .body("sites.north-london.alreadyCurrent", equalTo(0));
        assertThat(stored()).hasSize(before.size()).allMatch(s -> s.startsWith("v2:k2:"));

        String id = accepted(NORTH_LONDON, legacyOds);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.receivedAbout(id).size() == 1);
        TestReceiver.Received message = receiver.receivedAbout(id).get(0);
        assertThat(WebhookSignature.verify(message.signature(), message.body().getBytes(StandardCharsets.UTF_8),
                List.of(WebhookSignature.secretBytes(legacySecret)), Instant.now(), WebhookSignature.DEFAULT_TOLERANCE))
                .isEqualTo(SignatureResult.VALID);
    }

    @Test
    void onlyAPlatformAdminMayReencrypt() {
        given().post(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "admin-1", "site-admin")).post(PATH).then().statusCode(403);
    }

    /** The row as the original key wrote it: {@code v2:0:...}, or without a prefix as before key ids. */
    private void storeUnderOriginalKey(String ods, String secret, boolean legacy) throws SQLException {
        String stored = SecretCipher.fromBase64Key(TestSettings.SECRET_KEY)
                .encrypt(secret, NORTH_LONDON + "/referrer/" + ods);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update site_north_london.referring_organisation set signing_secret = ? where ods_code = ?")) {
            ps.setString(1, legacy ? stored.substring("v2:0:".length()) : stored);
            ps.setString(2, ods);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private List<String> stored() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select signing_secret from site_north_london.referring_organisation where signing_secret is not null")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
