package org.pathway.local.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tokens from Keycloak by the password grant of the public client {@code pathway-cli}, one per demo user, cached and
 * fetched again when less than a minute (or a fifth of its lifetime) is left. Safe for concurrent use.
 */
public final class KeycloakTokenSource implements TokenSource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MINIMUM_LEFT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 3;

    private final URI keycloak;
    private final String password;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    public KeycloakTokenSource(URI keycloak) {
        this(keycloak, DemoUsers.PASSWORD, Clock.systemUTC());
    }

    KeycloakTokenSource(URI keycloak, String password, Clock clock) {
        this.keycloak = keycloak;
        this.password = password;
        this.clock = clock;
    }

    @Override
    public String accessToken(String user) {
        return cache.compute(user, (name, cached) -> cached != null && cached.freshAt(clock.instant()) ? cached : fetch(name))
                .value();
    }

    /** The token endpoint of a realm: {@code <keycloak>/realms/<realm>/protocol/openid-connect/token}. */
    public static URI tokenEndpoint(URI keycloak, String realm) {
        String base = keycloak.toString().replaceAll("/+$", "");
        return URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    private Token fetch(String user) {
        String realm = DemoUsers.realmOf(user);
        String form = Map.of("grant_type", "password", "client_id", DemoUsers.CLIENT_ID, "username", user, "password", password,
                        "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint(keycloak, realm))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant requestedAt = clock.instant();
        HttpResponse<String> response = send(request, user);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + " from realm " + realm + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return Token.parse(response.body(), requestedAt);
    }

    /** A busy machine can keep a cold Keycloak from answering its first logins in time: try again, a few times. */
    private HttpResponse<String> send(HttpRequest request, String user) {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching a token for " + user, e);
            }
        }
        throw new IllegalStateException("Keycloak at " + keycloak + " did not answer " + ATTEMPTS + " token requests for " + user
                + " (is the stack up?): " + last, last);
    }

    /** An access token and when to stop using it. */
    record Token(String value, Instant renewAfter) {

        static Token parse(String body, Instant requestedAt) {
            try {
                JsonNode json = JSON.readTree(body);
                long lifetime = json.path("expires_in").asLong(60);
                long margin = Math.max(MINIMUM_LEFT.toSeconds(), lifetime / 5);
                return new Token(json.path("access_token").asText(), requestedAt.plusSeconds(Math.max(0, lifetime - margin)));
            } catch (IOException e) {
                throw new IllegalStateException("unreadable token response from Keycloak", e);
            }
        }

        boolean freshAt(Instant now) {
            return now.isBefore(renewAfter);
        }
    }
}
