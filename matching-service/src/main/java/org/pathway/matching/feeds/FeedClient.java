package org.pathway.matching.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.pathway.matching.config.MatchingConfig;

/**
 * Fetches feed pages over HTTP: a connect timeout and a read timeout, retries with exponential
 * back-off on network errors, {@code 429} and {@code 5xx} (never on other {@code 4xx}: asking again
 * would get the same answer), a conditional GET when the last sync kept the page's validators, and
 * a size limit per page.
 */
@ApplicationScoped
public class FeedClient {

    private static final Logger LOG = Logger.getLogger(FeedClient.class);

    private final MatchingConfig.Feeds config;
    private final HttpClient http;

    public FeedClient(MatchingConfig config) {
        this.config = config.feeds();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The page, or {@link FeedResponse.NotModified}; {@link FeedUnavailable} once every try failed. */
    public FeedResponse get(URI uri, PageValidators previous) {
        String lastFailure = null;
        int tries = 0;
        for (int attempt = 1; attempt <= config.attempts(); attempt++) {
            tries = attempt;
            if (attempt > 1) {
                pause(Backoff.delayBefore(attempt, config.backoff()));
            }
            try {
                HttpResponse<InputStream> response = http.send(request(uri, previous),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status == 304 && previous != null && previous.any()) {
                    response.body().close();
                    return new FeedResponse.NotModified();
                }
                if (status >= 200 && status < 300) {
                    return new FeedResponse.Page(read(response.body()),
                            response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null));
                }
                response.body().close();
                lastFailure = "HTTP " + status;
                if (!Backoff.worthRetrying(status)) {
                    break;
                }
            } catch (HttpTimeoutException e) {
                lastFailure = "no answer within " + config.readTimeout().toSeconds() + " s";
            } catch (IOException e) {
                lastFailure = "unreachable (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedUnavailable("interrupted");
            }
            LOG.debugf("Feed page %s, try %d: %s", uri, attempt, lastFailure);
        }
        throw new FeedUnavailable(lastFailure + " (" + tries + (tries == 1 ? " try)" : " tries)"));
    }

    private HttpRequest request(URI uri, PageValidators previous) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(config.readTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "Pathway matching-service (Open Referral UK feed sync)");
        if (previous != null && previous.etag() != null) {
            request.header("If-None-Match", previous.etag());
        }
        if (previous != null && previous.lastModified() != null) {
            request.header("If-Modified-Since", previous.lastModified());
        }
        return request.build();
    }

    private byte[] read(InputStream body) throws IOException {
        try (body) {
            byte[] bytes = body.readNBytes(config.maxPageBytes() + 1);
            if (bytes.length > config.maxPageBytes()) {
                throw new FeedUnavailable("page larger than " + config.maxPageBytes() + " bytes");
            }
            return bytes;
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailable("interrupted");
        }
    }
}
