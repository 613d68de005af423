package org.pathway.local.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class KeycloakTokenSourceTest {

    private static final Instant REQUESTED = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void renewsAFifthOfTheLifetimeBeforeExpiry() {
        KeycloakTokenSource.Token token = KeycloakTokenSource.Token.parse("{\"access_token\":\"abc\",\"expires_in\":1800}", REQUESTED);

        assertThat(token.value()).isEqualTo("abc");
        assertThat(token.freshAt(REQUESTED.plusSeconds(1439))).isTrue();
        assertThat(token.freshAt(REQUESTED.plusSeconds(1440))).isFalse();
    }

    @Test
    void renewsShortLivedTokensAtLeastAMinuteBeforeExpiry() {
        KeycloakTokenSource.Token token = KeycloakTokenSource.Token.parse("{\"access_token\":\"abc\",\"expires_in\":90}", REQUESTED);

        assertThat(token.freshAt(REQUESTED.plusSeconds(29))).isTrue();
        assertThat(token.freshAt(REQUESTED.plusSeconds(30))).isFalse();
    }

    @Test
    void asksTheRealmsOwnTokenEndpoint() {
        assertThat(KeycloakTokenSource.tokenEndpoint(URI.create("http://localhost:8180/"), "site-cardiff-vale"))
                .hasToString("http://localhost:8180/realms/site-cardiff-vale/protocol/openid-connect/token");
    }
}
