package org.pathway.local.bench;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;

/**
 * End-to-end latency: referrals offered at a fixed rate (open loop), each timed from its {@code 201} until
 * reporting-service counts it, that is until its row in the research store ({@code participant}, keyed by the
 * pseudonymous participant id the {@code 201} answers) has both {@code referred_at} (ReferralReceived) and
 * {@code accepted_at} (ReferralAccepted) — what the uptake report counts as referred and accepted. The store is
 * read directly over JDBC every {@link #POLL_MILLIS} ms, so a latency is at most that much late.
 */
final class EndToEnd {

    static final long POLL_MILLIS = 20;
    static final String COUNTED = """
            select participant_id from participant
            where site_id = ? and participant_id = any (?) and referred_at is not null and accepted_at is not null""";

    private final Http http;
    private final URI referrals;
    private final String referrer;
    private final ReferralBodies bodies;
    private final String reportingUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String site;

    EndToEnd(Http http, URI referral, String site, ReferralBodies bodies, String reportingUrl, String dbUser,
             String dbPassword) {
        this.http = http;
        this.referrals = referral.resolve("/sites/" + site + "/referrals");
        this.referrer = DemoUsers.atSite(Roles.REFERRER, site);
        this.site = site;
        this.bodies = bodies;
        this.reportingUrl = reportingUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    record Result(Measurement endToEnd, Measurement intake, long offered, long late, long notCounted,
                  double drainSeconds) {
    }

    Result run(double perSecond, Duration window, Duration drainTimeout) throws SQLException, InterruptedException {
        Latencies endToEnd = new Latencies();
        Latencies intake = new Latencies();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong counted = new AtomicLong();
        AtomicLong late = new AtomicLong();
        Pacer pacer = new Pacer(perSecond, System.nanoTime() + 200_000_000L);
        long offered = pacer.count(window);
        try (Connection store = DriverManager.getConnection(reportingUrl, dbUser, dbPassword);
             PreparedStatement query = store.prepareStatement(COUNTED)) {
            // Open loop: each request goes when due, without waiting for earlier answers (asynchronous sends).
            Thread sender = new Thread(() -> {
                for (long i = 0; i < offered; i++) {
                    if (pacer.awaitTurn(i) > 100_000_000L) {
                        late.incrementAndGet();
                    }
                    send(intake, pending, accepted, failed);
                }
            }, "bench-e2e-pacer");
            sender.setDaemon(true);
            sender.start();
            long sendingEnds = pacer.dueAt(offered);
            long deadline = sendingEnds + drainTimeout.toNanos();
            while (System.nanoTime() < deadline) {
                poll(query, store, pending, endToEnd, counted);
                if (!sender.isAlive() && pending.isEmpty() && accepted.get() + failed.get() >= offered) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            sender.join(1000);
            // Those never counted enter the percentiles with the time waited so far: a lower bound of theirs.
            long now = System.nanoTime();
            pending.values().forEach(answered -> endToEnd.recordNanos(now - answered));
            double drain = Math.max(0, (System.nanoTime() - sendingEnds) / 1e9);
            double seconds = window.toNanos() / 1e9;
            return new Result(
                    new Measurement("end-to-end (201 → counted in reporting)", "referrals", counted.get(), pending.size(),
                            seconds, 1, endToEnd.summary()),
                    new Measurement("intake at " + Format.rate(perSecond) + "/s offered", "referrals", accepted.get(),
                            failed.get(), seconds, 1, intake.summary()),
                    offered, late.get(), pending.size(), drain);
        }
    }

    private void send(Latencies intake, Map<String, Long> pending, AtomicLong accepted, AtomicLong failed) {
        ReferralBodies.Referral referral = bodies.next();
        long t0 = System.nanoTime();
        http.postAsync(referrals, referrer, referral.json(), Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString()))
                .whenComplete((response, error) -> {
                    long t1 = System.nanoTime();
                    if (error != null) {
                        failed.incrementAndGet();
                        return;
                    }
                    intake.recordNanos(t1 - t0);
                    String participant = response.json().path("participantId").asText("");
                    if (response.status() == 201 && "ACCEPTED".equals(response.json().path("status").asText())
                            && !participant.isEmpty()) {
                        pending.put(participant, t1);
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
    }

    private void poll(PreparedStatement query, Connection store, Map<String, Long> pending, Latencies endToEnd,
                      AtomicLong counted) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(pending.keySet());
        for (int from = 0; from < ids.size(); from += 2000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 2000));
            Array array = store.createArrayOf("text", chunk.toArray(new String[0]));
            query.setString(1, site);
            query.setArray(2, array);
            try (ResultSet rows = query.executeQuery()) {
                long now = System.nanoTime();
                while (rows.next()) {
                    Long answered = pending.remove(rows.getString(1));
                    if (answered != null) {
                        endToEnd.recordNanos(now - answered);
                        counted.incrementAndGet();
                    }
                }
            }
        }
    }

    /** How many of the site's participants reporting-service counts as referred and accepted. */
    static long countedAtSite(String reportingUrl, String user, String password, String site) throws SQLException {
        try (Connection store = DriverManager.getConnection(reportingUrl, user, password);
             PreparedStatement query = store.prepareStatement(
                     "select count(*) from participant where site_id = ? and referred_at is not null and accepted_at is not null")) {
            query.setString(1, site);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
