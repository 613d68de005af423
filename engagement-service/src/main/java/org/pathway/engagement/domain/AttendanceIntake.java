package org.pathway.engagement.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.engagement.api.dto.AttendanceItem;
import org.pathway.engagement.api.dto.AttendanceItemValidator;
import org.pathway.engagement.api.dto.AttendanceResult;
import org.pathway.engagement.api.dto.AttendanceResult.Rejected;
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
        Map<String, ParticipantState> states = new TreeMap<>();
        candidates.stream().map(c -> c.placement().participantId()).sorted().distinct()
                .forEach(id -> states.put(id, participants.lock(id, now)));
        candidates.sort(Comparator.comparing((Candidate c) -> c.item().eventId()).thenComparing(Candidate::index));

        int accepted = 0;
        int duplicates = 0;
        Map<String, LocalDate> newestReported = new TreeMap<>();
        for (Candidate candidate : candidates) {
            String participantId = candidate.placement().participantId();
            if (states.get(participantId).withdrawn()) {
                rejections.add(new Rejection(candidate.index(),
                        new Rejected(candidate.item().eventId(), Rejected.PARTICIPANT_WITHDRAWN)));
            } else if (attendance.insert(providerId, candidate.item().eventId(), candidate.placement(),
                    candidate.item().sessionDate(), candidate.status(), now)) {
                accepted++;
                newestReported.merge(participantId, candidate.item().sessionDate(),
                        (a, b) -> a.isAfter(b) ? a : b);
                outbox.append(new AttendanceRecorded(participantId, candidate.placement().placementId(), providerId,
                        candidate.item().eventId(), candidate.item().sessionDate(), candidate.status().wire(),
                        candidate.placement().costPerSessionPence(), now));
            } else {
                duplicates++;
            }
        }
        // A batch is judged as of the newest session it reports: a provider reporting late shows the
        // status the participant reached then (e.g. ENGAGED on their third session), and the scheduled
        // check applies the time since.
        newestReported.forEach((participantId, newest) ->
                evaluator.reevaluate(participantId, now, newest.isBefore(today) ? newest : today));

        List<Rejected> rejected = rejections.stream()
                .sorted(Comparator.comparingInt(Rejection::index))
                .map(Rejection::rejected)
                .filter(Objects::nonNull)
                .toList();
        return new AttendanceResult(accepted, duplicates, rejected);
    }
}
