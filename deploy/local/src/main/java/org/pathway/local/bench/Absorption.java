package org.pathway.local.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.security.Roles;
import org.pathway.local.drill.KafkaProbe;
import org.pathway.local.identity.DemoUsers;

/**
 * The whole platform's throughput (issue 22 point 4): referrals offered at a fixed rate (open loop) for a window,
 * each followed by its events through matching, engagement and reporting; the stack has absorbed that rate when,
 * within {@link #CAUGHT_UP} of the window's end, every referral has been answered {@code 201 ACCEPTED}, no
 * service's outbox holds an unsent event and every consumer group's lag is back to 0.
 */
final class Absorption {

    /** How soon after the window everything must be through. */
    static final Duration CAUGHT_UP = Duration.ofSeconds(5);
    /** How long to keep looking after a rate was missed, to say how far behind the stack was. */
    static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final long POLL_MILLIS = 100;

    private final Http http;
    private final URI referrals;
    private final String referrer;
    private final ReferralBodies bodies;
    private final Backlog backlog;
    private final KafkaProbe kafka;

    Absorption(Http http, URI referral, String site, ReferralBodies bodies, Backlog backlog, KafkaProbe kafka) {
        this.http = http;
        this.referrals = referral.resolve("/sites/" + site + "/referrals");
        this.referrer = DemoUsers.atSite(Roles.REFERRER, site);
        this.bodies = bodies;
        this.backlog = backlog;
        this.kafka = kafka;
    }

    /**
     * One offered rate's outcome.
     *
     * @param offered         referrals due in the window
     * @param accepted        answered {@code 201 ACCEPTED}
     * @param failed          answered otherwise, or not at all
     * @param late            sent more than 100 ms after their time (the load generator itself fell behind)
     * @param caughtUpSeconds from the window's end until everything was through; NaN when not within the patience
     * @param intake          the referrals' answers: accepted per second of the window, and their latencies
     */
    record Step(double rate, double windowSeconds, long offered, long accepted, long failed, long late,
                double caughtUpSeconds, Measurement intake) {

        /** Absorbed: every referral accepted, sent on time, and everything through within {@link #CAUGHT_UP}. */
        boolean absorbed() {
            return failed == 0 && accepted == offered && late <= offered / 100
                    && caughtUpSeconds <= CAUGHT_UP.toNanos() / 1e9;
        }

        String text() {
            String through = Double.isNaN(caughtUpSeconds) ? "not through after " + PATIENCE.toSeconds() + " s"
                    : String.format("through %.1f s after the window", caughtUpSeconds);
            return String.format("%s referrals/s for %.0f s: %d of %d accepted, %d failed, %d sent late; %s: %s",
                    Format.rate(rate), windowSeconds, accepted, offered, failed, late, through,
                    absorbed() ? "absorbed" : "NOT absorbed");
        }
    }

    Step run(double perSecond, Duration window) throws InterruptedException {
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Latencies latencies = new Latencies();
        Pacer pacer = new Pacer(perSecond, System.nanoTime() + 200_000_000L);
        long offered = pacer.count(window);
        Thread sender = new Thread(() -> {
            for (long i = 0; i < offered; i++) {
                if (pacer.awaitTurn(i) > 100_000_000L) {
                    late.incrementAndGet();
                }
                send(latencies, accepted, failed);
            }
        }, "bench-absorb-pacer");
        sender.setDaemon(true);
        sender.start();
        long windowEnds = pacer.dueAt(offered);
        long deadline = windowEnds + PATIENCE.toNanos();
        double caughtUp = Double.NaN;
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() >= windowEnds && accepted.get() + failed.get() >= offered && throughEverywhere()) {
                caughtUp = Math.max(0, (System.nanoTime() - windowEnds) / 1e9);
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        sender.join(1000);
        long unanswered = Math.max(0, offered - accepted.get() - failed.get());
        double seconds = window.toNanos() / 1e9;
        Measurement intake = new Measurement("absorbed at " + Format.rate(perSecond) + "/s offered", "referrals",
                accepted.get(), failed.get() + unanswered, seconds, 1, latencies.summary());
        return new Step(perSecond, seconds, offered, accepted.get(), failed.get() + unanswered, late.get(), caughtUp, intake);
    }

    private boolean throughEverywhere() {
        boolean unsent = backlog.counts().entrySet().stream()
                .anyMatch(e -> e.getKey().endsWith(".unsent") && e.getValue() != 0);
        if (unsent) {
            return false;
        }
        try {
            return kafka.lag().values().stream().allMatch(behind -> behind == 0);
        } catch (Exception notReadable) {
            return false;
        }
    }

    private void send(Latencies latencies, AtomicLong accepted, AtomicLong failed) {
        long t0 = System.nanoTime();
        http.postAsync(referrals, referrer, bodies.next().json(),
                        Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString()))
                .whenComplete((response, error) -> {
                    if (error == null) {
                        latencies.recordNanos(System.nanoTime() - t0);
                    }
                    if (error == null && response.status() == 201
                            && "ACCEPTED".equals(response.json().path("status").asText())) {
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
    }
}
