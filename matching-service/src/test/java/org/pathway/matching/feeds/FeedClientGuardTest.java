package org.pathway.matching.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathway.matching.config.MatchingConfig;
import org.pathway.matching.feeds.FeedServer.Answer;

/**
 * {@link FeedClient} with the SSRF guard as in production (nothing allowed) and as the feed tests run
 * it (their server's 127.0.0.1 allowed), against a real local HTTP server: a refused host is never
 * asked, and a redirect is checked like the first request.
 */
class FeedClientGuardTest {

    private static FeedServer server;

    @BeforeAll
    static void start() {
        server = FeedServer.start();
        server.serve("/services", page -> Answer.json("[]"));
        server.serve("/moved", page -> Answer.redirect("/services"));
        server.serve("/to-metadata", page -> Answer.redirect("http://169.254.169.254/latest/meta-data/"));
        server.serve("/to-localhost", page -> Answer.redirect(server.url("/services").replace("127.0.0.1", "localhost")));
        server.serve("/to-ftp", page -> Answer.redirect("ftp://example.org/services"));
        server.serve("/loop", page -> Answer.redirect("/loop"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void asInProductionAFeedOnTheLoopbackIsNeverAsked() {
        FeedClient client = new FeedClient(config(Set.of()));

        assertThatThrownBy(() -> client.get(URI.create(server.url("/services")), null))
                .isInstanceOf(FeedUnavailable.class)
                .hasMessageStartingWith("must not name a loopback address (127.0.0.1)");
        assertThat(server.received("/services")).isEmpty();
    }

    @Test
    void redirectsAreFollowedOnlyToHostsAFeedMayName() {
        FeedClient client = new FeedClient(config(Set.of("127.0.0.1")));

        assertThat(client.get(URI.create(server.url("/moved")), null)).isInstanceOf(FeedResponse.Page.class);
        assertThatThrownBy(() -> client.get(URI.create(server.url("/to-metadata")), null))
                .hasMessage("must not name a link-local address (169.254.169.254)");
        assertThatThrownBy(() -> client.get(URI.create(server.url("/to-localhost")), null))
                .hasMessage("must not name a local or cloud metadata host (localhost)");
        assertThatThrownBy(() -> client.get(URI.create(server.url("/to-ftp")), null))
                .hasMessage("redirected to a URL that is not http or https");
        assertThatThrownBy(() -> client.get(URI.create(server.url("/loop")), null))
                .hasMessage("more than " + FeedClient.MAX_REDIRECTS + " redirects");
    }

    private static MatchingConfig config(Set<String> allowed) {
        MatchingConfig.Feeds feeds = new MatchingConfig.Feeds() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration readTimeout() {
                return Duration.ofSeconds(5);
            }

            public int attempts() {
                return 1;
            }

            public Duration backoff() {
                return Duration.ofMillis(10);
            }

            public int pageSize() {
                return 100;
            }

            public int maxPages() {
                return 10;
            }

            public int maxPageBytes() {
                return 1_000_000;
            }

            public Duration syncLease() {
                return Duration.ofMinutes(1);
            }

            public Optional<Set<String>> privateHostsAllowed() {
                return Optional.of(allowed);
            }
        };
        return new MatchingConfig() {
            public Paging paging() {
                throw new UnsupportedOperationException();
            }

            public Recommendations recommendations() {
                throw new UnsupportedOperationException();
            }

            public Feeds feeds() {
                return feeds;
            }
        };
    }
}
