package org.pathway.local.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.local.identity.TokenSource;
import org.pathway.local.stack.PathwayService;
import org.pathway.local.stack.Readiness;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackSettings;

/** What a drill works with: the stack it may damage, the broker's admin view, tokens, and the settings. */
final class DrillContext {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Stack stack;
    private final KafkaProbe kafka;
    private final TokenSource tokens;
    private final DrillSettings settings;

    DrillContext(Stack stack, KafkaProbe kafka, TokenSource tokens, DrillSettings settings) {
        this.stack = stack;
        this.kafka = kafka;
        this.tokens = tokens;
        this.settings = settings;
    }

    Stack stack() {
        return stack;
    }

    KafkaProbe kafka() {
        return kafka;
    }

    DrillSettings settings() {
        return settings;
    }

    List<PathwayService> services() {
        return PathwayService.all(stack.settings());
    }

    /** Waits until every service answers {@code /q/health/ready} (which covers its database and Kafka). */
    Duration awaitServicesReady(Duration timeout) {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        for (PathwayService service : services()) {
            while (!Readiness.answers200(service.readiness())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.name() + " not ready again after " + timeout.toSeconds() + " s");
                }
                sleep(Duration.ofMillis(250));
            }
        }
        return DrillLog.since(t0);
    }

    /**
     * How many referrals referral-service holds over the demo sites (its list's {@code total}, as link workers read
     * it): proof that intake goes on while the broker is down. -1 if it cannot answer.
     */
    long referralsStored() {
        long total = referralsStoredOnce();
        return total >= 0 ? total : referralsStoredOnce();
    }

    private long referralsStoredOnce() {
        long total = 0;
        for (String site : StackSettings.DEMO_SITES) {
            URI uri = stack.endpoints().referral().resolve("/sites/" + site + "/referrals?page=0&size=1");
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + tokens.accessToken("link-worker-" + site))
                        .header("Accept", "application/json").GET().build();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return -1;
                }
                total += JSON.readTree(response.body()).path("total").asLong();
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return total;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
