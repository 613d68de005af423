package org.pathway.matching.feeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pathway.matching.config.MatchingConfig;

/**
 * Fetches feed pages over HTTP: a connect timeout and a read timeout, retries with exponential
 * back-off on network errors, {@code 429} and {@code 5xx} (never on other {@code 4xx}: asking again
 * would get the same answer), a conditional GET when the last sync kept the page's validators, and
 * a size limit per page. Every request, redirects included (followed here, at most
 * {@value #MAX_REDIRECTS}), goes only to a host {@link FeedHosts} allows: a feed naming or redirecting
 * to a loopback, private, link-local or metadata address is refused without being asked.
 */
@ApplicationScoped
public class FeedClient {

    private static final Logger LOG = Logger.getLogger(FeedClient.class);

    static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final MatchingConfig.Feeds config;
    private final HttpClient http;

    public FeedClient(MatchingConfig config) {
        this.config = config.feeds();
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The page, or {@link FeedResponse.NotModified}; {@link FeedUnavailable} once every try failed, or
     * at once when the host (or a redirect's) is one a feed may not be read from.
     */
    public FeedResponse get(URI uri, PageValidators previous) {
        URI target = uri;
        for (int redirects = 0; ; redirects++) {
            Optional<String> refused = FeedHosts.refusal(target, allowedPrivateHosts());
            if (refused.isPresent()) {
                throw new FeedUnavailable(refused.get());
            }
            FeedResponse response = tryGet(target, previous);
            if (!(response instanceof FeedResponse.Redirect redirect)) {
                return response;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new FeedUnavailable("more than " + MAX_REDIRECTS + " redirects");
            }
            target = target.resolve(redirect.location());
        }
    }

    private Set<String> allowedPrivateHosts() {
        return config.privateHostsAllowed().orElse(Set.of());
    }

    private FeedResponse tryGet(URI uri, PageValidators previous) {
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
                Optional<String> location = response.headers().firstValue("Location");
                if (REDIRECTS.contains(status) && location.isPresent()) {
                    response.body().close();
                    return redirect(location.get());
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

    private static FeedResponse.Redirect redirect(String location) {
        try {
            URI to = new URI(location.trim());
            String scheme = to.getScheme() == null ? "http" : to.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedUnavailable("redirected to a URL that is not http or https");
            }
            return new FeedResponse.Redirect(to);
        } catch (URISyntaxException e) {
            throw new FeedUnavailable("redirected to an invalid URL");
        }
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
