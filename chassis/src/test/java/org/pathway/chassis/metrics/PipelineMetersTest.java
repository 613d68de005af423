package org.pathway.chassis.metrics;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.inbox.ProbeRecords;
import org.pathway.chassis.probe.ProbeConsumer;
import org.pathway.testkit.Meters;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The pipeline's meters, read as Prometheus reads them (the management port, no token), move when their event happens. */
@QuarkusTest
class PipelineMetersTest {

    private static final String INBOX = "pathway_inbox_events_total";

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Inject
    RelayFailures relayFailures;

    @Test
    void anAppliedEventADuplicateAndADeadLetterEachCountUnderTheirOutcomeTopicAndSite() {
        double applied = inbox("applied");
        double duplicate = inbox("duplicate");
        double deadLettered = inbox("dead-lettered");

        UUID id = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.REFERRALS, id, "north-london", "P-00000000000000M1");
        ProbeRecords.sendContact(Topics.REFERRALS, id, "north-london", "P-00000000000000M1");
        ProbeRecords.sendContact(Topics.REFERRALS, UUID.randomUUID(), "north-london", ProbeConsumer.REFUSED_PARTICIPANT);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(inbox("applied")).isEqualTo(applied + 1);
            assertThat(inbox("duplicate")).isEqualTo(duplicate + 1);
            assertThat(inbox("dead-lettered")).isEqualTo(deadLettered + 1);
        });
    }

    @Test
    void aMessageFromAnUnknownSiteIsCountedUnderSiteUnknownNotUnderWhatItsHeaderSays() {
        double unknown = Meters.scrape(management).value(INBOX, "site", "unknown", "outcome", "dead-lettered");
        ProbeRecords.sendContact(Topics.REFERRALS, UUID.randomUUID(), "nowhere-at-all", "P-00000000000000M2");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Meters.scrape(management).value(INBOX, "site", "unknown", "outcome", "dead-lettered")).isEqualTo(unknown + 1));
        assertThat(Meters.scrape(management).text()).doesNotContain("nowhere-at-all");
    }

    @Test
    void batchConsumersCountTheirEventsToo() {
        double applied = Meters.scrape(management).value(INBOX, "consumer", "chassis-probe-batch", "topic", Topics.PLACEMENTS,
                "site", "cardiff-vale", "outcome", "applied");
        UUID id = UUID.randomUUID();
        ProbeRecords.sendContact(Topics.PLACEMENTS, id, "cardiff-vale", "P-00000000000000M3");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Meters.scrape(management).value(INBOX,
                "consumer", "chassis-probe-batch", "topic", Topics.PLACEMENTS, "site", "cardiff-vale", "outcome", "applied"))
                .isEqualTo(applied + 1));
    }

    @Test
    void aFailedRelayPassCountsAgainstItsSiteAndIsRethrownForTheRelayToRetry() {
        String failures = "pathway_outbox_publish_failures_total";
        double before = Meters.scrape(management).value(failures, "site", "cardiff-vale");

        assertThatThrownBy(() -> relayFailures.publishing("site_cardiff_vale", () -> {
            throw new IllegalStateException("Broker did not acknowledge every event");
        })).isInstanceOf(IllegalStateException.class);
        relayFailures.publishing("site_cardiff_vale", () -> { });

        assertThat(Meters.scrape(management).value(failures, "site", "cardiff-vale")).isEqualTo(before + 1);
        assertThat(Meters.scrape(management).value(failures, "site", "north-london")).isNotNegative();
    }

    @Test
    void theOutboxBacklogAndConsumerLagAreServedPerSiteAndPerGroup() {
        Meters meters = Meters.scrape(management);
        assertThat(meters.has("pathway_outbox_unsent")).isTrue();
        assertThat(meters.text()).contains("pathway_outbox_unsent{site=\"north-london\"}")
                .contains("pathway_outbox_oldest_unsent_age_seconds{site=\"cardiff-vale\"}")
                .contains("pathway_consumer_lag{group=\"chassis-probe\",topic=\"pathway.referrals.v1\"}");
    }

    private double inbox(String outcome) {
        return Meters.scrape(management).value(INBOX, "consumer", "chassis-probe", "topic", Topics.REFERRALS,
                "site", "north-london", "outcome", outcome);
    }
}
