package org.pathway.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.pathway.chassis.config.PathwayConfig;
import org.pathway.chassis.metrics.RelayFailures;
import org.pathway.chassis.tenancy.SiteIds;
import org.pathway.chassis.tenancy.Sites;
import org.pathway.chassis.tracing.EventTracing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes outbox rows to Kafka and marks them sent only after the broker acknowledged them.
 * One thread ({@link RelayThread}); it runs as soon as a transaction with events commits (see {@link Outbox}) and
 * otherwise every {@code pathway.outbox.idle-poll}, which is what recovers after a broker outage. A pass after such a
 * commit drains only the schemas whose transactions woke it (a site's request need not poll every other site's
 * outbox); every schema is drained at least once per idle poll, and in the pass after a failed one.
 * Rows go out in id order with an idempotent producer ({@code acks=all}), so one participant's
 * events keep their order; a row the broker did not acknowledge stays unsent and a later pass sends it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final Sites sites;
    private final PathwayConfig config;
    private final Map<String, Object> kafkaConfig;
    private final RelayThread thread;
    private final RelayFailures failures;
    private final EventTracing tracing;
    private final Set<String> woken = ConcurrentHashMap.newKeySet();
    private volatile boolean everySchemaNext = true;
    /** When the last pass over every schema started ({@link System#nanoTime()}); the relay thread's own. */
    private long everySchemaAt;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, Sites sites, PathwayConfig config,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, RelayFailures failures,
                       EventTracing tracing) {
        this.failures = failures;
        this.dataSource = dataSource;
        this.tracing = tracing;
        this.sites = sites;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.thread = new RelayThread("outbox-relay", config.outbox().idlePoll(), LOG,
                "Outbox relay cannot publish yet (%s); events stay in the outbox and are retried",
                "Outbox relay publishing again");
    }

    void start(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        OutboxPublisher publisher = new OutboxPublisher(dataSource, producer, config.outbox().batchSize(), tracing);
        List<String> schemas = sites.schemaPerSite() ? sites.schemas() : List.of(SiteIds.NO_SITE_SCHEMA);
        long idlePoll = config.outbox().idlePoll().toNanos();
        thread.start(() -> {
            long now = System.nanoTime();
            boolean every = everySchemaNext || now - everySchemaAt >= idlePoll;
            if (every) {
                everySchemaNext = false;
                everySchemaAt = now;
            }
            for (String schema : schemas) {
                // Unmarked before the drain: a commit during it marks the schema again for the next pass.
                if (woken.remove(schema) | every) {
                    drain(publisher, schema);
                }
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        thread.stop();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void drain(OutboxPublisher publisher, String schema) {
        try {
            failures.publishing(schema, () -> publisher.drain(schema));
        } catch (RuntimeException e) {
            everySchemaNext = true;
            throw e;
        }
    }

    /** Asks the relay to run a pass over every schema now. */
    public void wake() {
        everySchemaNext = true;
        thread.wake();
    }

    /** Asks the relay to drain the site's outbox now (a transaction that appended to it committed). */
    public void wake(String siteId) {
        woken.add(sites.schemaPerSite() ? SiteIds.schemaOf(siteId) : SiteIds.NO_SITE_SCHEMA);
        thread.wake();
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.keySet().removeIf(k -> k.startsWith("group.") || k.startsWith("auto.offset"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        // While the broker is away, sends already handed to the producer are retried by the
        // producer itself, with their original sequence numbers, so the broker drops any copy it
        // already wrote; giving up early and re-sending the row as a new record is what would
        // publish it twice (a write that landed but whose ack was lost). So the delivery timeout is
        // long (Kafka's default, two minutes), requests are retried quickly, and only an outage
        // longer than that ends the pass (the rows stay unsent and a later pass sends them).
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.service() + "-outbox-relay");
        return props;
    }
}
