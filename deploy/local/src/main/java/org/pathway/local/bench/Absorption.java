package org.pathway.local.bench;

import java.net.URI;
import java.time.Duration;

import org.pathway.local.drill.KafkaProbe;

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

    private final OpenLoopReferrals referrals;
    private final Backlog backlog;
    private final KafkaProbe kafka;

    Absorption(Http http, URI referral, String site, ReferralBodies bodies, Backlog backlog, KafkaProbe kafka) {
        this.referrals = new OpenLoopReferrals(http, referral, site, bodies);
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
        OpenLoopReferrals.Run sent = referrals.start(perSecond, window, "bench-absorb-pacer", (answer, at) -> true);
        long offered = sent.offered();
        long windowEnds = sent.windowEnds();
        long deadline = windowEnds + PATIENCE.toNanos();
        double caughtUp = Double.NaN;
        while (System.nanoTime() < deadline) {
            if (System.nanoTime() >= windowEnds && sent.allAnswered() && throughEverywhere()) {
                caughtUp = Math.max(0, (System.nanoTime() - windowEnds) / 1e9);
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        sent.join();
        long accepted = sent.accepted();
        long failed = sent.failed() + sent.unanswered();
        double seconds = window.toNanos() / 1e9;
        Measurement intake = new Measurement("absorbed at " + Format.rate(perSecond) + "/s offered", "referrals",
                accepted, failed, seconds, 1, sent.intake().summary());
        return new Step(perSecond, seconds, offered, accepted, failed, sent.late(), caughtUp, intake);
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
}
