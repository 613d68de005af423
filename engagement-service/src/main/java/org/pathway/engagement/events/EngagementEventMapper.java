package org.pathway.engagement.events;

import java.time.Instant;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.engagement.domain.Evaluation;
import org.pathway.engagement.domain.LinkWorkerSession;
import org.pathway.engagement.domain.Outcome;
import org.pathway.engagement.domain.ParticipantState;
import org.pathway.engagement.domain.Placement;
import org.pathway.engagement.domain.ReportedAttendance;

/** What the service announces on {@code pathway.engagement.v1}, built from what it stored. */
public final class EngagementEventMapper {

    private EngagementEventMapper() {
    }

    public static AttendanceRecorded attendanceRecorded(ReportedAttendance reported, Placement placement,
                                                        Instant now) {
        return new AttendanceRecorded(placement.participantId, placement.placementId, placement.providerId,
                reported.eventId(), reported.sessionDate(), reported.status().wire(), placement.costPerSessionPence,
                now);
    }

    public static LinkWorkerSessionRecorded sessionRecorded(LinkWorkerSession session) {
        return new LinkWorkerSessionRecorded(session.participantId, session.id, session.date, session.minutes,
                session.mode);
    }

    /** Scores only: the item answers stay here. */
    public static OutcomeRecorded outcomeRecorded(Outcome outcome) {
        return new OutcomeRecorded(outcome.participantId, outcome.id, outcome.instrument, outcome.timepoint,
                outcome.completedAt, outcome.scores);
    }

    /** For an evaluation that changed the status stored in {@code before}. */
    public static EngagementChanged engagementChanged(ParticipantState before, Evaluation evaluation, Instant now) {
        return new EngagementChanged(before.participantId(), before.status().map(Enum::name).orElse(null),
                evaluation.status().orElseThrow().name(), now, evaluation.summary().attended(),
                evaluation.summary().missed());
    }
}
