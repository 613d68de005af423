package org.pathway.chassis.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.tenancy.Sites;

import java.nio.charset.StandardCharsets;

/**
 * {@code pathway.inbox.events} (counter, tags {@code consumer}, {@code topic}, {@code site}, {@code outcome}): how each
 * consumed event ended: {@code applied} (its effect committed), {@code duplicate} (seen before, nothing changed) or
 * {@code dead-lettered} (poison, or failing after its retries, handed to the channel's dead-letter topic). Events of
 * sites hosted by another deployment are skipped and not counted.
 */
@ApplicationScoped
public class InboxMeters {

    static final String NAME = "pathway.inbox.events";

    private final Sites sites;
    private final MeterRegistry registry;

    public InboxMeters(Sites sites, MeterRegistry registry) {
        this.sites = sites;
        this.registry = registry;
    }

    /** Counts events of one site read from one topic that were applied, and those that were duplicates. */
    public void settled(String consumer, String topic, String siteId, int applied, int duplicates) {
        counter(consumer, topic, siteId, "applied").increment(applied);
        counter(consumer, topic, siteId, "duplicate").increment(duplicates);
    }

    /** Counts one record that goes to the dead-letter topic; its site is read from its header, if it has one. */
    public void deadLettered(String consumer, ConsumerRecord<String, String> record) {
        Header site = record.headers().lastHeader(CloudEvents.SITE_ID_HEADER);
        String siteId = site == null || site.value() == null ? null : new String(site.value(), StandardCharsets.UTF_8);
        counter(consumer, record.topic(), siteId, "dead-lettered").increment();
    }

    private Counter counter(String consumer, String topic, String siteId, String outcome) {
        return Counter.builder(NAME).description("Consumed events by how they ended")
                .tag("consumer", consumer).tag("topic", topic).tag(SiteTag.NAME, SiteTag.of(sites, siteId))
                .tag("outcome", outcome).register(registry);
    }
}
