package org.pathway.local.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.identity.TokenSource;
import org.pathway.local.stack.PathwayService;
import org.pathway.local.stack.Readiness;
import org.pathway.local.stack.Stack;
import org.pathway.local.stack.StackSettings;

/** What a drill works with: the stack it may damage, the broker's admin view, tokens, and the settings. */
record DrillContext(Stack stack, KafkaProbe kafka, TokenSource tokens, DrillSettings settings) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    List<PathwayService> services() {
        return PathwayService.all(stack.settings());
    }

    /** Waits until every service answers {@code /q/health/ready} (which covers its database and Kafka). */
    Duration awaitServicesReady(Duration timeout) {
        long t0 = System.nanoTime();
        for (PathwayService service : services()) {
            if (!Readiness.awaitHttp(service.readiness(), timeout.minus(DrillLog.since(t0)))) {
                throw new IllegalStateException(service.name() + " not ready again after " + timeout.toSeconds() + " s");
            }
        }
        return DrillLog.since(t0);
    }

    /**
     * After a fault every service felt: waits until each is ready again and every consumer group has caught up,
     * logging both recoveries, timed from {@code since} ({@code fromWhat}: "the restart").
     */
    void awaitRecovery(DrillLog log, long since, String fromWhat) {
        awaitServicesReady(settings.recoveryTimeout());
        log.recovered("every service ready again (from " + fromWhat + ")", DrillLog.since(since));
        awaitCaughtUp(log, since, "every consumer group caught up after the restart",
                "consumers caught up (lag 0), from " + fromWhat);
    }

    /**
     * Waits until every consumer group has taken in everything on its topics: the drill's check {@code check}, and,
     * when it holds, the recovery {@code recovered} timed from {@code since}.
     */
    boolean awaitCaughtUp(DrillLog log, long since, String check, String recovered) {
        Duration caughtUp = kafka.awaitCaughtUp(settings.recoveryTimeout());
        log.check(caughtUp != null, check);
        if (caughtUp != null) {
            log.recovered(recovered, DrillLog.since(since));
        }
        return caughtUp != null;
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
                        .header("Authorization", "Bearer " + tokens.accessToken(DemoUsers.atSite(Roles.LINK_WORKER, site)))
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
