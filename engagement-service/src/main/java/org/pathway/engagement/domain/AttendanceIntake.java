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
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.engagement.api.dto.AttendanceItem;
import org.pathway.engagement.api.dto.AttendanceItemValidator;
import org.pathway.engagement.api.dto.AttendanceResult.Rejected;
import org.pathway.engagement.api.dto.AttendanceResult;
import org.pathway.engagement.config.EngagementClock;

/** Stores one authenticated provider's attendance batch: per-item results, one transaction. */
@ApplicationScoped
public class AttendanceIntake {

    /** One element of the batch; {@code item} is null when the element did not have the expected shape. */
    public record Entry(int index, String eventId, AttendanceItem item) {
    }

    private record Candidate(int index, AttendanceItem item, AttendanceStatus status, PlacementFact placement) {
    }

    private record Rejection(int index, Rejected rejected) {
    }

    private final PlacementStore placements;
    private final ParticipantStore participants;
    private final AttendanceStore attendance;
    private final EngagementEvaluator evaluator;
    private final Outbox outbox;
    private final EngagementClock clock;

    public AttendanceIntake(PlacementStore placements, ParticipantStore participants, AttendanceStore attendance,
                            EngagementEvaluator evaluator, Outbox outbox, EngagementClock clock) {
        this.placements = placements;
        this.participants = participants;
        this.attendance = attendance;
        this.evaluator = evaluator;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AttendanceResult record(String providerId, List<Entry> entries) {
        Instant now = clock.now();
        LocalDate today = clock.dateOf(now);
        List<Rejection> rejections = new ArrayList<>();
        List<Entry> valid = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.item() == null || !AttendanceItemValidator.validate(entry.item(), entry.index(), today).isEmpty()) {
                rejections.add(new Rejection(entry.index(), new Rejected(entry.eventId(), Rejected.INVALID)));
            } else {
                valid.add(entry);
            }
        }

        Map<UUID, PlacementFact> known = placements.find(valid.stream().map(e -> e.item().placementId()).toList());
        List<Candidate> candidates = new ArrayList<>();
        for (Entry entry : valid) {
            PlacementFact placement = known.get(entry.item().placementId());
            if (placement == null || !placement.providerId().equals(providerId)) {
                rejections.add(new Rejection(entry.index(),
                        new Rejected(entry.item().eventId(), Rejected.UNKNOWN_PLACEMENT)));
            } else {
                candidates.add(new Candidate(entry.index(), entry.item(),
                        AttendanceStatus.fromWire(entry.item().status()).orElseThrow(), placement));
            }
        }

        // Lock participants, then insert events, each in a fixed order: concurrent batches that
        // overlap then wait for each other instead of deadlocking.
        SortedMap<String, ParticipantState> states = participants.lockAll(
                candidates.stream().map(c -> c.placement().participantId()).toList(), now);
        candidates.sort(Comparator.comparing((Candidate c) -> c.item().eventId()).thenComparing(Candidate::index));

        // The first report of an event id is stored unless the provider sent it before; any repeat
        // within the batch is a duplicate too.
        List<Candidate> firsts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (Candidate candidate : candidates) {
            if (states.get(candidate.placement().participantId()).withdrawn()) {
                rejections.add(new Rejection(candidate.index(),
                        new Rejected(candidate.item().eventId(), Rejected.PARTICIPANT_WITHDRAWN)));
            } else if (seen.add(candidate.item().eventId())) {
                firsts.add(candidate);
            } else {
                duplicates++;
            }
        }
        Set<String> stored = attendance.insertAll(providerId, firsts.stream()
                .map(c -> new AttendanceStore.Reported(c.item().eventId(), c.placement(), c.item().sessionDate(),
                        c.status()))
                .toList(), now);

        List<AttendanceRecorded> recorded = new ArrayList<>();
        Map<String, LocalDate> newestReported = new TreeMap<>();
        for (Candidate candidate : firsts) {
            if (!stored.contains(candidate.item().eventId())) {
                duplicates++;
                continue;
            }
            String participantId = candidate.placement().participantId();
            newestReported.merge(participantId, candidate.item().sessionDate(), (a, b) -> a.isAfter(b) ? a : b);
            recorded.add(new AttendanceRecorded(participantId, candidate.placement().placementId(), providerId,
                    candidate.item().eventId(), candidate.item().sessionDate(), candidate.status().wire(),
                    candidate.placement().costPerSessionPence(), now));
        }
        outbox.appendAll(recorded);
        // A batch is judged as of the newest session it reports: a provider reporting late shows the
        // status the participant reached then (e.g. ENGAGED on their third session), and the scheduled
        // check applies the time since.
        Map<ParticipantState, LocalDate> asOf = new LinkedHashMap<>();
        newestReported.forEach((participantId, newest) ->
                asOf.put(states.get(participantId), newest.isBefore(today) ? newest : today));
        evaluator.reevaluateLocked(asOf, now);

        List<Rejected> rejected = rejections.stream()
                .sorted(Comparator.comparingInt(Rejection::index))
                .map(Rejection::rejected)
                .filter(Objects::nonNull)
                .toList();
        return new AttendanceResult(recorded.size(), duplicates, rejected);
    }
}
