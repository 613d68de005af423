package org.pathway.local.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;

/**
 * Referrals offered to one site at a fixed rate for a window (open loop: each goes when due, without waiting for
 * earlier answers), counting the answers: accepted ({@code 201 ACCEPTED}), failed (answered otherwise, or an error),
 * and those sent more than 100 ms after their time (the load generator itself fell behind), with the intake
 * latencies of the answered ones. The phases that offer load this way ({@link Absorption}, {@link EndToEnd}) watch
 * what follows.
 */
final class OpenLoopReferrals {

    /** Later than this after its time, a referral counts as sent late. */
    private static final long LATE_NANOS = 100_000_000L;
    /** How far ahead of the first referral the schedule starts, for the sender thread to be up. */
    private static final long LEAD_NANOS = 200_000_000L;

    /** What a caller does with an accepted answer; {@code false} counts it as failed after all. */
    @FunctionalInterface
    interface OnAccepted {
        boolean take(JsonNode answer, long answeredNanos);
    }

    private final Http http;
    private final URI referrals;
    private final String referrer;
    private final ReferralBodies bodies;

    OpenLoopReferrals(Http http, URI referral, String site, ReferralBodies bodies) {
        this.http = http;
        this.referrals = referral.resolve("/sites/" + site + "/referrals");
        this.referrer = DemoUsers.atSite(Roles.REFERRER, site);
        this.bodies = bodies;
    }

    /** Starts offering {@code perSecond} referrals for {@code window} on a thread of that name; returns at once. */
    Run start(double perSecond, Duration window, String threadName, OnAccepted onAccepted) {
        return new Run(new Pacer(perSecond, System.nanoTime() + LEAD_NANOS), window, threadName, onAccepted);
    }

    /** One window's referrals, on their way. */
    final class Run {

        private final Pacer pacer;
        private final long offered;
        private final OnAccepted onAccepted;
        private final Thread sender;
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong late = new AtomicLong();
        private final Latencies intake = new Latencies();

        private Run(Pacer pacer, Duration window, String threadName, OnAccepted onAccepted) {
            this.pacer = pacer;
            this.offered = pacer.count(window);
            this.onAccepted = onAccepted;
            this.sender = new Thread(() -> {
                for (long i = 0; i < offered; i++) {
                    if (pacer.awaitTurn(i) > LATE_NANOS) {
                        late.incrementAndGet();
                    }
                    send();
                }
            }, threadName);
            sender.setDaemon(true);
            sender.start();
        }

        /** Referrals due in the window. */
        long offered() {
            return offered;
        }

        /** When the window ends: the time the first referral after it would be due (System.nanoTime() scale). */
        long windowEnds() {
            return pacer.dueAt(offered);
        }

        long accepted() {
            return accepted.get();
        }

        long failed() {
            return failed.get();
        }

        long late() {
            return late.get();
        }

        /** Every referral offered has had its answer (or its error). */
        boolean allAnswered() {
            return accepted.get() + failed.get() >= offered;
        }

        /** The sender is still sending (some referrals are not yet due). */
        boolean sending() {
            return sender.isAlive();
        }

        /** Waits up to a second for the sender to finish. */
        void join() throws InterruptedException {
            sender.join(1000);
        }

        /** Referrals not answered at all (yet). */
        long unanswered() {
            return Math.max(0, offered - accepted.get() - failed.get());
        }

        /** The answered referrals' latencies, from sending to the answer. */
        Latencies intake() {
            return intake;
        }

        private void send() {
            String json = bodies.next().json();
            long t0 = System.nanoTime();
            http.postAsync(referrals, referrer, json, Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString()))
                    .whenComplete((response, error) -> {
                        long t1 = System.nanoTime();
                        if (error != null) {
                            failed.incrementAndGet();
                            return;
                        }
                        intake.recordNanos(t1 - t0);
                        JsonNode answer = response.json();
                        if (response.status() == 201 && "ACCEPTED".equals(answer.path("status").asText())
                                && onAccepted.take(answer, t1)) {
                            accepted.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    });
        }
    }
}
