package org.pathway.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OidcTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Map<String, String> config;
    private static String baseUrl;

    @BeforeAll
    static void startInfrastructure() {
        config = new PathwayInfrastructure().start();
        baseUrl = config.get("testkit.oidc.url");
    }

    @ParameterizedTest
    @CsvSource({
        "quarkus.oidc.north-london.auth-server-url, site-north-london",
        "quarkus.oidc.cardiff-vale.auth-server-url, site-cardiff-vale",
        "quarkus.oidc.platform.auth-server-url,     platform",
    })
    void configuresEachTrustedTenantWithItsRealm(String key, String realm) {
        assertThat(config.get(key)).isEqualTo(baseUrl + "/realms/" + realm).startsWith("http://localhost:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"north-london", "cardiff-vale", "platform", "rogue", "unpublished"})
    void publishesADistinctSigningKeyPerTenantInConfiguration(String tenant) {
        String key = config.get("testkit.oidc.key." + tenant);
        assertThat(key).isNotBlank();
        assertThat(config.entrySet()).filteredOn(e -> e.getKey().startsWith("testkit.oidc.key."))
                .filteredOn(e -> e.getValue().equals(key)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"site-north-london", "site-cardiff-vale", "platform", "rogue"})
    void servesDiscoveryAndJwksPerRealm(String realm) throws Exception {
        Map<String, Object> discovery = JsonUtil.parseJson(get("/realms/" + realm + "/.well-known/openid-configuration"));
        String issuer = baseUrl + "/realms/" + realm;
        assertThat(discovery).containsEntry("issuer", issuer)
                .containsEntry("jwks_uri", issuer + "/protocol/openid-connect/certs")
                .containsEntry("token_endpoint", issuer + "/protocol/openid-connect/token")
                .containsEntry("authorization_endpoint", issuer + "/protocol/openid-connect/auth")
                .containsEntry("id_token_signing_alg_values_supported", List.of("RS256"));

        JsonWebKeySet jwks = jwks(realm);
        assertThat(jwks.getJsonWebKeys()).singleElement().satisfies(key -> {
            assertThat(key.getKeyId()).isEqualTo(realm);
            assertThat(key.getKeyType()).isEqualTo("RSA");
        });
    }

    @Test
    void servesNoRealmForTheUnpublishedKey() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/unpublished/protocol/openid-connect/certs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"north-london, cardiff-vale", "cardiff-vale, north-london"})
    void siteTokenVerifiesAgainstItsOwnRealmOnly(String site, String otherSite) throws Exception {
        String token = Tokens.site(site, "worker-1", "referrer", "coordinator");

        JwtClaims claims = consumer("site-" + site).processToClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(baseUrl + "/realms/site-" + site);
        assertThat(claims.getSubject()).isEqualTo("worker-1");
        assertThat(claims.getClaimValueAsString("upn")).isEqualTo("worker-1");
        assertThat(claims.getClaimValueAsString("site")).isEqualTo(site);
        assertThat(claims.getStringListClaimValue("groups")).containsExactlyInAnyOrder("referrer", "coordinator");
        assertThat(kid(token)).isEqualTo("site-" + site);

        assertThatThrownBy(() -> consumer("site-" + otherSite).processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void platformTokenHasThePlatformIssuerAndNoSite() throws Exception {
        JwtClaims claims = consumer("platform").processToClaims(Tokens.platform("analyst", "researcher"));

        assertThat(claims.getIssuer()).isEqualTo(baseUrl + "/realms/platform");
        assertThat(claims.hasClaim("site")).isFalse();
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("researcher");
    }

    @Test
    void rogueTokenVerifiesOnlyAgainstTheRogueRealm() throws Exception {
        String token = Tokens.rogue("intruder", "researcher");

        assertThat(consumer("rogue").processToClaims(token).getIssuer()).isEqualTo(baseUrl + "/realms/rogue");
        assertThatThrownBy(() -> consumer("platform").processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void unpublishedKeyTokenClaimsTheSiteKeyIdButFailsItsJwks() throws Exception {
        String token = Tokens.unpublishedKey("north-london", "worker-1", "referrer");

        assertThat(kid(token)).isEqualTo("site-north-london");
        assertThatThrownBy(() -> consumer("site-north-london").processToClaims(token)).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void expiredTokenIsCorrectlySignedButExpired() throws Exception {
        String token = Tokens.expired("cardiff-vale", "worker-2", "referrer");

        assertThatThrownBy(() -> consumer("site-cardiff-vale").processToClaims(token))
                .isInstanceOfSatisfying(InvalidJwtException.class,
                        e -> assertThat(e.hasErrorCode(ErrorCodes.EXPIRED)).isTrue());
        assertThat(consumerIgnoringExpiry("site-cardiff-vale").processToClaims(token).getClaimValueAsString("site"))
                .isEqualTo("cardiff-vale");
    }

    private static JwtConsumer consumer(String realm) throws Exception {
        return builder(realm).setRequireExpirationTime().build();
    }

    private static JwtConsumer consumerIgnoringExpiry(String realm) throws Exception {
        return builder(realm).setSkipDefaultAudienceValidation().setEvaluationTime(null).setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(Integer.MAX_VALUE).build();
    }

    private static JwtConsumerBuilder builder(String realm) throws Exception {
        return new JwtConsumerBuilder()
                .setExpectedIssuer(baseUrl + "/realms/" + realm)
                .setSkipDefaultAudienceValidation()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks(realm).getJsonWebKeys()));
    }

    private static JsonWebKeySet jwks(String realm) throws Exception {
        return new JsonWebKeySet(get("/realms/" + realm + "/protocol/openid-connect/certs"));
    }

    private static String kid(String token) throws Exception {
        return JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
