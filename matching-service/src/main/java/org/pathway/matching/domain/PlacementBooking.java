package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.chassis.time.PathwayClock;
import org.pathway.matching.events.PlacementEventMapper;

/**
 * Taking and giving back places. The capacity guarantee rests on {@link ActivityStore#takePlace}:
 * concurrent requests for the last place cannot both succeed; the one that finds it taken answers
 * 409. Every change goes into the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class PlacementBooking {

    /** Link workers book from their own devices; tolerate their clocks running a little fast. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ActivityStore activities;
    private final Outbox outbox;
    private final PathwayClock clock;

    public PlacementBooking(ActivityStore activities, Outbox outbox, PathwayClock clock) {
        this.activities = activities;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Books a place, once per {@code Idempotency-Key}: a repeat with the key answers the placement booked first.
     *
     * @param confirmedAt when the place was agreed; null for now, never in the future
     */
    public Recorded<Placement> confirm(String participantId, UUID activityId, Instant confirmedAt,
                                       Optional<String> idempotencyKey) {
        Instant now = clock.now();
        checkRequest(participantId, activityId, confirmedAt, now);
        // The participant's lock also serialises two requests with one key: the second finds the first's booking.
        Participant participant = Participant.requireActiveForUpdate(participantId);
        Optional<Placement> first = idempotencyKey.flatMap(key -> Placement.bookedWith(participantId, key));
        if (first.isPresent()) {
            if (!sameBooking(first.get(), activityId, confirmedAt)) {
                throw IdempotencyKeyHeader.reusedWithDifferentBody("placement");
            }
            return new Recorded<>(first.get(), true);
        }
        Activity activity = activities.find(activityId).orElseThrow(ActivityStore::notFound);
        if (!activity.active) {
            throw Problem.conflict("The activity is not active.");
        }
        if (activity.needsReview) {
            throw Problem.conflict("The activity's ages await a review; it cannot be booked until then.");
        }
        if (participant.age < activity.minAge || participant.age > activity.maxAge) {
            throw Problem.conflict("The participant's age is outside the activity's age range.");
        }
        if (Placement.confirmedOn(participantId, activityId)) {
            throw Problem.conflict("The participant already has a place on this activity.");
        }
        if (!activities.takePlace(activityId)) {
            throw Problem.conflict("The activity is full.");
        }
        Placement placement = Placement.confirm(participantId, activity,
                confirmedAt == null ? now : confirmedAt.truncatedTo(ChronoUnit.MICROS));
        placement.idempotencyKey = idempotencyKey.orElse(null);
        placement.persist();
        outbox.append(PlacementEventMapper.confirmed(placement));
        return new Recorded<>(placement, false);
    }

    /** Whether a repeated request asks for the booking made first (no time given: whenever it was made). */
    private static boolean sameBooking(Placement first, UUID activityId, Instant confirmedAt) {
        return first.activityId.equals(activityId)
                && (confirmedAt == null || first.confirmedAt.equals(confirmedAt.truncatedTo(ChronoUnit.MICROS)));
    }

    public Placement end(UUID placementId, String reason) {
        if (!EndReasons.isCode(reason)) {
            throw Problem.invalid("reason", "is required: a lower-case code such as completed or moved-away, at most "
                    + EndReasons.MAX_LENGTH + " characters");
        }
        Placement placement = Placement.findById(placementId, LockModeType.PESSIMISTIC_WRITE);
        if (placement == null) {
            throw Problem.notFound("No such placement at this site.");
        }
        if (placement.status == PlacementStatus.ENDED) {
            if (reason.equals(placement.endReason)) {
                // A repeat (its first answer lost): answered as it stands; no place given back or event sent twice.
                return placement;
            }
            throw Problem.conflict("The placement has already ended.");
        }
        endLocked(placement, reason);
        return placement;
    }

    /** Ends every confirmed placement of a participant; the caller's transaction holds the participant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Placement> endAllOf(String participantId, String reason) {
        List<Placement> confirmed = Placement.confirmedOf(participantId);
        confirmed.forEach(p -> {
            Panache.getEntityManager().lock(p, LockModeType.PESSIMISTIC_WRITE);
            if (p.status == PlacementStatus.CONFIRMED) {
                endLocked(p, reason);
            }
        });
        return confirmed;
    }

    /** A participant's placements, oldest first; 404 for a participant this site never knew. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Placement> ofParticipant(String participantId) {
        List<Placement> placements = Placement.ofParticipant(participantId);
        if (placements.isEmpty() && !Participant.known(participantId)) {
            throw Problem.notFound("No such participant at this site.");
        }
        return placements;
    }

    private void endLocked(Placement placement, String reason) {
        placement.status = PlacementStatus.ENDED;
        placement.endedAt = clock.now();
        placement.endReason = reason;
        activities.givePlaceBack(placement.activityId);
        outbox.append(PlacementEventMapper.ended(placement));
    }

    private static void checkRequest(String participantId, UUID activityId, Instant confirmedAt, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (confirmedAt != null && confirmedAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("confirmedAt", "must not be in the future"));
        }
        if (participantId == null || participantId.isBlank()) {
            errors.add(new FieldError("participantId", "is required"));
        }
        if (activityId == null) {
            errors.add(new FieldError("activityId", "is required"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
