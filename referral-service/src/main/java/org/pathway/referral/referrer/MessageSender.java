package org.pathway.referral.referrer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pathway.referral.config.ReferrerConfig;

/** POSTs one message to a referrer's endpoint and says what came of it; the answer's body is never read. */
@ApplicationScoped
public class MessageSender {

    /** What one attempt came to: delivered, or why not (an HTTP status or a short error code). */
    public record Attempt(boolean delivered, Integer status, String error) {

        /**
         * 2xx is delivered; so is 409, which a BaRS receiver answers to an {@code X-Request-Id} it has already
         * processed (this message, whose earlier answer was lost). Everything else is tried again.
         */
        static Attempt of(int status) {
            boolean delivered = status / 100 == 2 || status == 409;
            return new Attempt(delivered, status, delivered ? null : "http-" + status);
        }
    }

    private final HttpClient client;
    private final ReferrerConfig config;

    public MessageSender(ReferrerConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.messages().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Attempt send(String endpoint, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(config.messages().timeout())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return Attempt.of(client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Attempt(false, null, "timeout");
        } catch (IOException e) {
            return new Attempt(false, null, "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        }
    }
}
