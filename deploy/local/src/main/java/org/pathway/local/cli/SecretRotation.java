package org.pathway.local.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pathway.local.identity.TokenSource;

/**
 * Asks each service that keeps signing secrets (engagement: providers', referral: referrers') to re-encrypt them
 * under its newest key, as {@code platform-admin}: {@code POST <service>/admin/secret-keys/re-encryption}.
 */
final class SecretRotation {

    /** The services that store signing secrets. */
    static final List<String> SERVICES = List.of("engagement-service", "referral-service");
    static final String PATH = "/admin/secret-keys/re-encryption";
    static final String OPERATOR = "platform-admin";

    private final TokenSource tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SecretRotation(TokenSource tokens) {
        this.tokens = tokens;
    }

    /**
     * The answer of each service, in order.
     *
     * @throws IllegalStateException naming the service and its status when one does not answer 200
     */
    Map<String, String> run(Map<String, URI> services) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String service : SERVICES) {
            URI base = services.get(service);
            if (base == null) {
                throw new IllegalArgumentException("no URL for " + service);
            }
            HttpRequest request = HttpRequest.newBuilder(base.resolve(PATH))
                    .timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + tokens.accessToken(OPERATOR))
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(service + " did not answer at " + base, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(service + " answered " + response.statusCode() + " to POST " + PATH
                        + ": " + response.body());
            }
            answers.put(service, response.body());
        }
        return answers;
    }
}
