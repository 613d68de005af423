package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.engagement.events.EngagementEventMapper;

/** Stores one authenticated provider's attendance batch: a result per element, one transaction. */
@ApplicationScoped
public class AttendanceIntake {

    /**
     * One element of the batch: {@code reported} is null when the element was not a valid session, and
     * {@code eventId} is then whatever event id it carried, if any.
     */
    public record Entry(int index, String eventId, ReportedAttendance reported) {
    }

    /** What became of a batch: every element is accepted, a duplicate, or rejected. */
    public record Result(int accepted, int duplicates, List<Rejection> rejected) {

        public Result {
            rejected = List.copyOf(rejected);
        }
    }

    /** An element that was not stored. */
    public record Rejection(String eventId, RejectionReason reason) {
    }

    private record Candidate(int index, ReportedAttendance reported, Placement placement) {
    }

    private record Refused(int index, Rejection rejection) {
    }

    private final ParticipantStateStore participants;
    private final AttendanceStore attendance;
    private final EngagementEvaluator evaluator;
    private final Outbox outbox;
    private final PathwayClock clock;

    public AttendanceIntake(ParticipantStateStore participants, AttendanceStore attendance,
                            EngagementEvaluator evaluator, Outbox outbox, PathwayClock clock) {
        this.participants = participants;
        this.attendance = attendance;
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Result record(String providerId, List<Entry> entries) {
        Instant now = clock.now();
        LocalDate today = clock.dateOf(now);
        List<Refused> refusals = new ArrayList<>();
        List<ReportedAttendance> valid = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.reported() == null) {
                refusals.add(new Refused(entry.index(), new Rejection(entry.eventId(), RejectionReason.INVALID)));
            } else {
                valid.add(entry.reported());
            }
        }

        Map<UUID, Placement> known = Placement.ofKnownParticipants(
                valid.stream().map(ReportedAttendance::placementId).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.reported() == null) {
                continue;
            }
            Placement placement = known.get(entry.reported().placementId());
            if (placement == null || !placement.providerId.equals(providerId)) {
                refusals.add(new Refused(entry.index(),
                        new Rejection(entry.reported().eventId(), RejectionReason.UNKNOWN_PLACEMENT)));
            } else {
                candidates.add(new Candidate(entry.index(), entry.reported(), placement));
            }
        }

        // Lock participants, then insert events, each in a fixed order: concurrent batches that
        // overlap then wait for each other instead of deadlocking.
        SortedMap<String, ParticipantState> states = participants.lockAll(
                candidates.stream().map(c -> c.placement().participantId).toList(), now);
        candidates.sort(Comparator.comparing((Candidate c) -> c.reported().eventId()).thenComparing(Candidate::index));

        // The first report of an event id is stored unless the provider sent it before; any repeat
        // within the batch is a duplicate too.
        List<Candidate> firsts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Candidate candidate : candidates) {
            if (states.get(candidate.placement().participantId).withdrawn()) {
                refusals.add(new Refused(candidate.index(),
                        new Rejection(candidate.reported().eventId(), RejectionReason.PARTICIPANT_WITHDRAWN)));
            } else if (seen.add(candidate.reported().eventId())) {
                firsts.add(candidate);
            } else {
                duplicates++;
            }
        }
        Set<String> stored = attendance.insertAll(providerId, firsts.stream()
                .map(c -> new AttendanceStore.Stored(c.reported(), c.placement()))
                .toList(), now);

        List<AttendanceRecorded> recorded = new ArrayList<>();
        Map<String, LocalDate> newestReported = new TreeMap<>();
        for (Candidate candidate : firsts) {
            ReportedAttendance reported = candidate.reported();
            if (!stored.contains(reported.eventId())) {
                duplicates++;
                continue;
            }
            newestReported.merge(candidate.placement().participantId, reported.sessionDate(),
                    (a, b) -> a.isAfter(b) ? a : b);
            recorded.add(EngagementEventMapper.attendanceRecorded(reported, candidate.placement(), now));
        }
        outbox.appendAll(recorded);
        // A batch is judged as of the newest session it reports: a provider reporting late shows the
        // status the participant reached then (e.g. ENGAGED on their third session), and the scheduled
        // check applies the time since.
        Map<ParticipantState, LocalDate> asOf = new LinkedHashMap<>();
        newestReported.forEach((participantId, newest) ->
                asOf.put(states.get(participantId), newest.isBefore(today) ? newest : today));
        evaluator.reevaluateLocked(asOf, now);

        List<Rejection> rejected = refusals.stream()
                .sorted(Comparator.comparingInt(Refused::index))
                .map(Refused::rejection)
                .toList();
        return new Result(recorded.size(), duplicates, rejected);
    }
}
