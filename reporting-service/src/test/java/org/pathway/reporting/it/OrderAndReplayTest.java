package org.pathway.reporting.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;
import static org.pathway.reporting.support.ReportClient.cells;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;
import org.pathway.reporting.support.Markers;

/**
 * Five north-london participants referred 2025-03-03, each accepted, contacted on day 2 (30
 * link-worker minutes), placed on day 7 at 600p a session, attending 3 sessions and ENGAGED; every
 * participant's events are sent newest first, so attendance arrives before its placement and the
 * acceptance before the referral.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderAndReplayTest {

    static final String SITE = "north-london";
    static final String QUERY = "site=north-london&from=2025-03-01&to=2025-03-31&groupBy=site";
    static final List<String> REPORTS = List.of("uptake", "timeliness", "attendance", "outcomes", "cost");

    @Inject
    DataSource dataSource;

    final Map<UUID, PathwayEvent> sent = new LinkedHashMap<>();
    EventFeed feed;

    @BeforeAll
    void feedEveryParticipantsEventsNewestFirst() {
        feed = new EventFeed(dataSource);
        for (int i = 1; i <= 5; i++) {
            Journey journey = Journey.of(SITE, Journey.participantId("RD", i), LocalDate.parse("2025-03-03"))
                    .accepted().contacted(2, 30).placed(7, 600).sessions("AAA").status("ENGAGED")
                    .outcome("ONS4", "baseline", 1, Map.of("happiness", 5.0 + i));
            List<PathwayEvent> events = new ArrayList<>(journey.events());
            Collections.reverse(events);
            events.forEach(event -> sent.put(feed.send(SITE, event), event));
        }
        feed.awaitConsumed();
    }

    @Test
    void eventsArrivingBeforeTheirReferralOrPlacementStillCount() {
        cells(row(report("uptake", QUERY), SITE),
                "referred 5, accepted 5, contacted 5, placed 5, connected 5, engaged 5, sustained 0");
        // 15 sessions × 600 = 9000; 150 minutes × 2564 / 60 = 6410; 15410 / 5 = 3082
        cells(row(report("cost", QUERY), SITE),
                "activityPence 9000, linkWorkerPence 6410, perAcceptedPence 3082, perEngagedPence 3082");
        cells(row(report("timeliness", QUERY), SITE), "daysToContactMedian 2, daysToFirstSessionMedian 8");
    }

    @Test
    void redeliveredAndReplayedEventsChangeNoReport() {
        Map<String, String> before = reports();

        // Redelivery: the same event ids again, as after a consumer crash before its offsets were committed.
        sent.forEach((id, event) -> feed.send(SITE, event, id));
        Markers.send(feed, SITE);
        assertThat(reports()).isEqualTo(before);

        // Replay with new ids, as a producer republishing: the facts' own keys make it a no-op too.
        sent.values().forEach(event -> feed.send(SITE, event));
        feed.awaitConsumed();
        assertThat(reports()).isEqualTo(before);
    }

    private static Map<String, String> reports() {
        Map<String, String> reports = new LinkedHashMap<>();
        REPORTS.forEach(name -> reports.put(name, report(name, QUERY).toString()));
        return reports;
    }
}
