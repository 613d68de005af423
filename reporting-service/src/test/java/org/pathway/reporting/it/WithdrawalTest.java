package org.pathway.reporting.it;

import static org.pathway.reporting.support.ReportClient.cells;
import static org.pathway.reporting.support.ReportClient.report;
import static org.pathway.reporting.support.ReportClient.row;
import static org.pathway.reporting.support.ReportClient.shown;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.reporting.support.EventFeed;
import org.pathway.reporting.support.Journey;

/** Consent withdrawn: scope {@code all} erases the participant's facts, {@code future} keeps what came before. */
@QuarkusTest
class WithdrawalTest {

    static final String SITE = "cardiff-vale";

    @Inject
    DataSource dataSource;

    /**
     * Six participants referred 2025-05-05, placed on day 5 at 400p, attending 2 sessions each: 12
     * sessions, 4800p. The sixth withdraws all consent: 5 remain, 10 sessions, 4000p; their later
     * events, and a replay of their referral, change nothing.
     */
    @Test
    void withdrawingAllConsentErasesTheParticipantAndIgnoresTheirLaterEvents() {
        String query = "site=cardiff-vale&from=2025-05-01&to=2025-05-31";
        EventFeed feed = new EventFeed(dataSource);
        Journey leaving = null;
        for (int i = 1; i <= 6; i++) {
            Journey journey = Journey.of(SITE, Journey.participantId("WA", i), LocalDate.parse("2025-05-05"))
                    .accepted().placed(5, 400).sessions("AA");
            journey.events().forEach(event -> feed.send(SITE, event));
            leaving = journey;
        }
        feed.awaitConsumed();
        shown(row(report("uptake", query), SITE), "referred", 6);
        shown(row(report("cost", query), SITE), "activityPence", 4800);

        feed.send(SITE, new ReferralWithdrawn(leaving.participantId(), UUID.randomUUID(), leaving.at(20), "all"));
        feed.send(SITE, leaving.attendance(2, "attended"));
        feed.send(SITE, leaving.received());
        feed.awaitConsumed();

        cells(row(report("uptake", query), SITE), "referred 5, withdrawn 0");
        shown(row(report("cost", query), SITE), "activityPence", 4000);
        shown(row(report("attendance", query), SITE), "placed", 5);
    }

    /**
     * Five participants referred 2025-06-02, placed on day 5 at 1000p, with weekly sessions on days 6,
     * 13, 20 and 27, all attended. The first withdraws consent to future collection on day 16: their
     * session on day 20 arrives before the withdrawal and the one on day 27 after it, and neither
     * counts; nor does their ENGAGED status reached on day 20. Sessions: 2 + 4 × 4 = 18, 18000p.
     */
    @Test
    void withdrawingFutureConsentKeepsEarlierFactsAndDropsLaterOnesWhicheverArrivesFirst() {
        String query = "site=cardiff-vale&from=2025-06-01&to=2025-06-30";
        EventFeed feed = new EventFeed(dataSource);
        Journey stopping = Journey.of(SITE, Journey.participantId("WF", 1), LocalDate.parse("2025-06-02"))
                .accepted().placed(5, 1000).sessions("AA");
        stopping.events().forEach(event -> feed.send(SITE, event));
        for (int i = 2; i <= 5; i++) {
            Journey journey = Journey.of(SITE, Journey.participantId("WF", i), LocalDate.parse("2025-06-02"))
                    .accepted().placed(5, 1000).sessions("AAAA").status("ENGAGED");
            journey.events().forEach(event -> feed.send(SITE, event));
        }
        PathwayEvent engagedAfterwards = new EngagementChanged(stopping.participantId(),
                "CONNECTED", "ENGAGED", stopping.sessionDate(2).atTime(18, 0).toInstant(ZoneOffset.UTC), 3, 0);
        feed.send(SITE, stopping.attendance(2, "attended"));
        feed.send(SITE, engagedAfterwards);
        feed.send(SITE, new ReferralWithdrawn(stopping.participantId(), UUID.randomUUID(), stopping.at(16), "future"));
        feed.send(SITE, stopping.attendance(3, "attended"));
        feed.awaitConsumed();

        // engaged: the four others only, a count of 4, withheld
        cells(row(report("uptake", query), SITE), "referred 5, accepted 5, withdrawn withheld, engaged withheld, connected 5");
        shown(row(report("cost", query), SITE), "activityPence", 18000);
    }
}
