package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;
import static org.pathway.reporting.support.ReportClient.shown;
import static org.pathway.reporting.support.ReportClient.withheld;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.reporting.support.Markers;
import org.pathway.reporting.support.StoreRows;
import org.pathway.testkit.TestKafka;

/** An event the store can never take is parked on the dead-letter topic with its reason, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    static final String DLQ = "pathway.dlq.reporting-service";

    @Inject
    DataSource dataSource;

    @Test
    void anAttendanceWithAnUnknownStatusIsDeadLetteredWithItsReason() {
        String participantId = "P-DL00000000000001";
        EventFeed.publish("north-london", new AttendanceRecorded(participantId, UUID.randomUUID(), "green-gym",
                "dl-1", LocalDate.parse("2025-02-01"), "maybe", 500, Instant.now()), UUID.randomUUID());

        assertThat(deadLetterReasons(participantId, 1)).singleElement().asString().contains("unknown status");
        // the consumer moved on: events after the poison one are still taken
        Markers.send(new EventFeed(dataSource), "north-london");
    }

    /**
     * A young person referred at cardiff-vale on 2025-09-01 and accepted; then a placement confirmation and an
     * outcome about them arrive from north-london. Both are parked with the reason; the store holds nothing
     * of theirs at north-london, and no report of September counts a placement or a score.
     */
    @Test
    void anEventFromASiteOtherThanTheParticipantsReferralIsDeadLetteredAndCountsNowhere() {
        String participantId = Journey.participantId("SA", 1);
        Journey journey = Journey.of("cardiff-vale", participantId, LocalDate.parse("2025-09-01")).accepted()
                .placed(3, 500).outcome("SWEMWBS", "baseline", 1, Map.of("metricScore", 20.0));
        EventFeed feed = new EventFeed(dataSource);
        events(journey, ReferralReceived.class, ReferralAccepted.class).forEach(event -> feed.send("cardiff-vale", event));
        feed.awaitConsumed();

        events(journey, PlacementConfirmed.class, OutcomeRecorded.class)
                .forEach(event -> EventFeed.publish("north-london", event, UUID.randomUUID()));

        assertThat(deadLetterReasons(participantId, 2)).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).contains("other than the one the participant was referred at"));
        assertThat(StoreRows.count(dataSource, "participant", "north-london", participantId)).isZero();
        String september = "from=2025-09-01&to=2025-09-30&groupBy=site";
        JsonNode uptake = report("uptake", september);
        withheld(row(uptake, "cardiff-vale"), "referred");
        shown(row(uptake, "cardiff-vale"), "placed", 0);
        shown(row(uptake, "north-london"), "referred", 0);
        shown(uptake.get("total"), "placed", 0);
        assertThat(report("outcomes", september).get("totals")).isEmpty();
    }

    @SafeVarargs
    private static List<PathwayEvent> events(Journey journey, Class<? extends PathwayEvent>... types) {
        return journey.events().stream()
                .filter(event -> List.of(types).contains(event.getClass()))
                .toList();
    }

    /** Waits for the participant's dead letters; their reasons. */
    private static List<String> deadLetterReasons(String participantId, int expected) {
        return TestKafka.awaitRecords(DLQ, records -> records.stream().filter(r -> participantId.equals(r.key())).count()
                        >= expected, Duration.ofSeconds(60)).stream()
                .filter(r -> participantId.equals(r.key()))
                .map(r -> new String(r.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .toList();
    }
}
