package org.pathway.chassis.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.tenancy.SiteIds;
import org.pathway.chassis.tenancy.Sites;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each site's outbox backlog, read every {@code pathway.pipeline.outbox-refresh} (one query on the unsent rows' partial
 * index per site, not one per scrape), as two gauges: {@code pathway.outbox.unsent} and
 * {@code pathway.outbox.oldest.unsent.age} (seconds), tagged {@code site}. The relay's health check reads the same.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String SQL = "select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)"
            + " from %s.outbox where sent_at is null";

    private final AgroalDataSource dataSource;
    private final Sites sites;
    private final PathwayConfig config;
    private final MeterRegistry registry;
    private final Map<String, Backlog> latest = new ConcurrentHashMap<>();

    public OutboxBacklog(AgroalDataSource dataSource, Sites sites, PathwayConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.sites = sites;
        this.config = config;
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent event) {
        if (!publishes()) {
            return;
        }
        for (String site : sites.ids()) {
            latest.put(site, Backlog.EMPTY);
            Gauge.builder("pathway.outbox.unsent", latest, rows -> rows.get(site).unsent())
                    .description("Events in the site's outbox not yet acknowledged by the broker")
                    .tag(SiteTag.NAME, site).register(registry);
            Gauge.builder("pathway.outbox.oldest.unsent.age", latest, rows -> rows.get(site).oldestAge().toMillis() / 1000.0)
                    .description("How long the site's oldest unsent outbox event has waited")
                    .baseUnit("seconds").tag(SiteTag.NAME, site).register(registry);
        }
        refresh();
    }

    @Scheduled(identity = "outbox-backlog", every = "${pathway.pipeline.outbox-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        if (publishes()) {
            refresh();
        }
    }

    /** Reads every site's backlog now. A site whose store cannot be read keeps its last reading. */
    public void refresh() {
        for (String site : sites.ids()) {
            try {
                latest.put(site, read(SiteIds.schemaOf(site)));
            } catch (SQLException e) {
                LOG.debugf("Outbox backlog of %s not read (%s)", site, e.getClass().getSimpleName());
            }
        }
    }

    /** The last reading of every site's backlog. */
    public Map<String, Backlog> latest() {
        return Map.copyOf(latest);
    }

    private boolean publishes() {
        return config.outbox().enabled() && sites.schemaPerSite();
    }

    private Backlog read(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SQL.formatted('"' + schema + '"'));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Backlog(rs.getLong(1), Duration.ofMillis(Math.round(rs.getDouble(2) * 1000)));
        }
    }
}
