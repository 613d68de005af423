package org.pathway.reporting.events;

import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.PlacementEnded;
import org.pathway.chassis.events.PlacementProposed;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.inbox.IncomingEvent;
import org.pathway.reporting.store.FactStore;
import org.pathway.reporting.store.FactWriter;

/** Turns consumed events into facts of the research store, a batch (one site's new events) at a time. */
@ApplicationScoped
public class PathwayEventHandler {

    private final FactWriter writer;

    public PathwayEventHandler(FactWriter writer) {
        this.writer = writer;
    }

    /** Applies the events in the order given, in the inbox's transaction. */
    public void applyAll(List<IncomingEvent> events) {
        writer.write(events, PathwayEventHandler::apply);
    }

    private static void apply(FactStore facts, IncomingEvent event) throws SQLException {
        switch (event.type()) {
            case REFERRAL_RECEIVED -> facts.received(event, event.data(ReferralReceived.class));
            case REFERRAL_ACCEPTED -> facts.accepted(event, event.data(ReferralAccepted.class));
            case REFERRAL_DECLINED -> facts.declined(event, event.data(ReferralDeclined.class));
            case REFERRAL_CONTACTED -> facts.contacted(event, event.data(ReferralContacted.class));
            case REFERRAL_WITHDRAWN -> facts.withdrawn(event, event.data(ReferralWithdrawn.class));
            case REFERRAL_CLOSED -> facts.closed(event, event.data(ReferralClosed.class));
            case PLACEMENT_PROPOSED -> facts.proposed(event, event.data(PlacementProposed.class));
            case PLACEMENT_CONFIRMED -> facts.confirmed(event, event.data(PlacementConfirmed.class));
            case PLACEMENT_ENDED -> facts.ended(event, event.data(PlacementEnded.class));
            case ATTENDANCE_RECORDED -> facts.attendance(event, event.data(AttendanceRecorded.class));
            case LINKWORKER_SESSION_RECORDED -> facts.linkWorkerSession(event, event.data(LinkWorkerSessionRecorded.class));
            case ENGAGEMENT_CHANGED -> facts.engagement(event, event.data(EngagementChanged.class));
            case OUTCOME_RECORDED -> facts.outcome(event, event.data(OutcomeRecorded.class));
        }
    }
}
