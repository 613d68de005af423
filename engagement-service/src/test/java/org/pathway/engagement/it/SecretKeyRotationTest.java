package org.pathway.engagement.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.pathway.engagement.it.Fixtures.CARDIFF_VALE;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.webhook.SecretCipher;
import org.pathway.testkit.Tokens;

/**
 * Rotating the key of provider secrets while providers keep posting: the service runs with the original key
 * ({@code PATHWAY_SECRET_KEY}, id 0, from TestSettings) and a new one {@code k2} that is the newest; the stored
 * secrets are still under the original key (some as written before key ids existed). Re-encryption then moves
 * every one onto {@code k2} while webhooks signed with the providers' unchanged secrets keep arriving.
 */
@QuarkusTest
@TestProfile(SecretKeyRotationTest.NewKeyAdded.class)
class SecretKeyRotationTest {

    static final String ORIGINAL_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEW_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    private static final String PATH = "/admin/secret-keys/re-encryption";

    public static class NewKeyAdded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("engagement.secret-keys", "k2=" + NEW_KEY);
        }
    }

    @Test
    void providersKeepPostingWhileEveryStoredSecretMovesToTheNewKey() throws Exception {
        String today = LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        List<String> sites = List.of(NORTH_LONDON, NORTH_LONDON, NORTH_LONDON, CARDIFF_VALE);
        List<Fixtures.Placed> placed = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Fixtures.Placed p = Fixtures.placedWithSecret(sites.get(i), Instant.now());
            placed.add(p);
            storeUnderOriginalKey(sites.get(i), p.provider(), p.secret(), i % 2 == 0, i == 0);
        }
        List<String> before = storedSecrets();
        assertThat(before).as("before: every stored secret under the original key")
                .noneMatch(s -> s.startsWith("v2:k2:"));
        long northLondon = rows(NORTH_LONDON);
        long cardiffVale = rows(CARDIFF_VALE);

        AtomicBoolean posting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService providers = Executors.newFixedThreadPool(placed.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Fixtures.Placed p = placed.get(i);
            String site = sites.get(i);
            running.add(providers.submit(() -> {
                int n = 0;
                while (posting.get()) {
                    String body = attendanceBody(List.of(item("rot-" + p.provider() + "-" + n++, p.placement(), today,
                            "attended")));
                    statuses.add(postSigned(site, p.provider(), p.secret(), body).statusCode());
                }
            }));
        }
        Fixtures.await(() -> statuses.size() >= 2 * placed.size(), "providers posting before the rotation");
        given().auth().oauth2(Tokens.platform("ops", "platform-admin"))
                .post(PATH)
                .then().statusCode(200)
                .body("keyId", equalTo("k2"))
                .body("sites.north-london.reencrypted", equalTo((int) northLondon))
                .body("sites.north-london.alreadyCurrent", equalTo(0))
                .body("sites.cardiff-vale.reencrypted", equalTo((int) cardiffVale));
        int afterRotation = statuses.size();
        Fixtures.await(() -> statuses.size() >= afterRotation + 2 * placed.size(), "providers posting after it");
        posting.set(false);
        for (Future<?> provider : running) {
            provider.get(60, TimeUnit.SECONDS);
        }
        providers.shutdown();

        assertThat(statuses).as("webhooks posted before, during and after the rotation: none refused")
                .containsOnly(200);
        assertThat(storedSecrets()).hasSize(before.size()).allMatch(s -> s.startsWith("v2:k2:"));
        given().auth().oauth2(Tokens.platform("ops", "platform-admin"))
                .post(PATH)
                .then().statusCode(200)
                .body("sites.north-london.reencrypted", equalTo(0))
                .body("sites.north-london.alreadyCurrent", equalTo((int) northLondon));
    }

    @Test
    void onlyAPlatformAdminMayReencrypt() {
        given().post(PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.site(NORTH_LONDON, "admin-1", "site-admin")).post(PATH).then().statusCode(403);
        given().auth().oauth2(Tokens.platform("r", "researcher")).post(PATH).then().statusCode(403);
    }

    /**
     * Rewrites the provider's row as the original key wrote it: as {@code v2:0:...}, or (legacy) without a prefix;
     * the first provider also gets a previous secret, as after a provider-secret rotation.
     */
    private static void storeUnderOriginalKey(String site, String provider, String secret, boolean legacy,
                                              boolean withPrevious) throws SQLException {
        SecretCipher original = SecretCipher.fromBase64Key(ORIGINAL_KEY);
        String aad = site + "/" + provider;
        String current = original.encrypt(secret, aad);
        try (Connection c = Fixtures.db().getConnection(); PreparedStatement ps = c.prepareStatement("update "
                + schema(site) + ".provider_credential set current_secret = ?, previous_secret = ?, "
                + "previous_expires_at = ? where provider_id = ?")) {
            ps.setString(1, legacy ? current.substring("v2:0:".length()) : current);
            ps.setString(2, withPrevious ? original.encrypt("whsec_previous", aad) : null);
            ps.setObject(3, withPrevious ? java.sql.Timestamp.from(Instant.now().plusSeconds(3600)) : null);
            ps.setString(4, provider);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static long rows(String site) {
        return Fixtures.count("select count(*) from " + schema(site) + ".provider_credential");
    }

    /** Every stored provider secret (current and previous), at both sites. */
    private static List<String> storedSecrets() {
        List<String> all = new ArrayList<>();
        for (String site : List.of(NORTH_LONDON, CARDIFF_VALE)) {
            all.addAll(Fixtures.texts("select current_secret from " + schema(site) + ".provider_credential"));
            all.addAll(Fixtures.texts("select previous_secret from " + schema(site)
                    + ".provider_credential where previous_secret is not null"));
        }
        return all;
    }
}
