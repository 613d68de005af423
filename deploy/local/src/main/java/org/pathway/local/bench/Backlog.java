package org.pathway.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the consumers have worked off what earlier phases sent: referral-service's outbox has nothing unsent
 * and no consumer's inbox (matching and engagement in the site's schema, reporting's central one) has grown for
 * a while. Phases that measure latency start only then, so they do not queue behind an earlier phase's events.
 */
final class Backlog {

    private final Map<String, String> databases;
    private final String user;
    private final String password;
    private final String siteSchema;

    Backlog(Map<String, String> databases, String user, String password, String site) {
        this.databases = databases;
        this.user = user;
        this.password = password;
        this.siteSchema = "site_" + site.replace('-', '_');
    }

    /** Waits until quiet (or the timeout); returns the seconds waited, negative when it timed out. */
    double awaitQuiet(Duration quietFor, Duration timeout) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        Map<String, Long> last = null;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, Long> now = counts();
            boolean unsent = now.entrySet().stream().anyMatch(e -> e.getKey().endsWith(".unsent") && e.getValue() > 0);
            if (!now.equals(last) || unsent) {
                last = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince >= quietFor.toNanos()) {
                return (stableSince - t0) / 1e9;
            }
            Thread.sleep(250);
        }
        return -(System.nanoTime() - t0) / 1e9;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("referral.unsent", count("referral", "select count(*) from " + siteSchema + ".outbox where sent_at is null"));
        counts.put("matching.unsent", count("matching", "select count(*) from " + siteSchema + ".outbox where sent_at is null"));
        counts.put("matching.inbox", count("matching", "select count(*) from " + siteSchema + ".inbox"));
        counts.put("engagement.unsent", count("engagement", "select count(*) from " + siteSchema + ".outbox where sent_at is null"));
        counts.put("engagement.inbox", count("engagement", "select count(*) from " + siteSchema + ".inbox"));
        counts.put("reporting.inbox", count("reporting", "select count(*) from public.inbox"));
        return counts;
    }

    private long count(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(databases.get(database), user, password);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
