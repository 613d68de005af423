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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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

    private final OpenLoopReferrals referrals;
    private final String reportingUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String site;

    EndToEnd(Http http, URI referral, String site, ReferralBodies bodies, String reportingUrl, String dbUser,
             String dbPassword) {
        this.referrals = new OpenLoopReferrals(http, referral, site, bodies);
        this.site = site;
        this.reportingUrl = reportingUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    record Result(Measurement endToEnd, Measurement intake, long offered, long late, long notCounted,
                  double drainSeconds) {
    }

    Result run(double perSecond, Duration window, Duration drainTimeout) throws SQLException, InterruptedException {
        Latencies endToEnd = new Latencies();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        AtomicLong counted = new AtomicLong();
        try (Connection store = DriverManager.getConnection(reportingUrl, dbUser, dbPassword);
             PreparedStatement query = store.prepareStatement(COUNTED)) {
            // Each accepted referral waits in pending, from its answer, until the store counts it.
            OpenLoopReferrals.Run sent = referrals.start(perSecond, window, "bench-e2e-pacer", (answer, answered) -> {
                String participant = answer.path("participantId").asText("");
                if (participant.isEmpty()) {
                    return false;
                }
                pending.put(participant, answered);
                return true;
            });
            long sendingEnds = sent.windowEnds();
            long deadline = sendingEnds + drainTimeout.toNanos();
            while (System.nanoTime() < deadline) {
                poll(query, store, pending, endToEnd, counted);
                if (!sent.sending() && pending.isEmpty() && sent.allAnswered()) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            sent.join();
            // Those never counted enter the percentiles with the time waited so far: a lower bound of theirs.
            long now = System.nanoTime();
            pending.values().forEach(answered -> endToEnd.recordNanos(now - answered));
            double drain = Math.max(0, (System.nanoTime() - sendingEnds) / 1e9);
            double seconds = window.toNanos() / 1e9;
            return new Result(
                    new Measurement("end-to-end (201 → counted in reporting)", "referrals", counted.get(), pending.size(),
                            seconds, 1, endToEnd.summary()),
                    new Measurement("intake at " + Format.rate(perSecond) + "/s offered", "referrals", sent.accepted(),
                            sent.failed(), seconds, 1, sent.intake().summary()),
                    sent.offered(), sent.late(), pending.size(), drain);
        }
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
