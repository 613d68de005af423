package org.pathway.engagement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.api.Recorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.outbox.Outbox;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.api.dto.OutcomeRequest;
import org.pathway.engagement.api.dto.OutcomeResponse;
import org.pathway.engagement.config.EngagementClock;
import org.pathway.engagement.domain.instruments.Instrument;
import org.pathway.engagement.domain.instruments.Scoring;
import org.pathway.engagement.domain.instruments.Timepoint;

/** Scores and stores outcome measures (already validated), once per instrument and timepoint. */
@ApplicationScoped
public class Outcomes {

    private static final TypeReference<List<Integer>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Double>> SCORES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ParticipantStore participants;
    private final Outbox outbox;
    private final EngagementClock clock;
    private final ObjectMapper json;

    public Outcomes(EntityManager em, ParticipantStore participants, Outbox outbox, EngagementClock clock,
                    ObjectMapper json) {
        this.em = em;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Scores and records the measure, once per instrument and timepoint, and once per {@code Idempotency-Key}: a
     * repeat with the key answers the measure recorded first.
     *
     * @throws Problem 409 when withdrawn, already recorded for this timepoint, or the key came with another measure
     */
    @Transactional
    public Recorded<OutcomeResponse> record(String participantId, OutcomeRequest request,
                                            Optional<String> idempotencyKey) {
        Instant now = clock.now();
        // The participant's lock also serialises two requests with one key: the second finds the first's row.
        if (participants.lock(participantId, now).withdrawn()) {
            throw Refusals.withdrawn();
        }
        Instrument instrument = Instrument.fromWire(request.instrument()).orElseThrow();
        Timepoint timepoint = Timepoint.fromWire(request.timepoint()).orElseThrow();
        if (idempotencyKey.isPresent()) {
            Optional<OutcomeResponse> first = recordedWith(participantId, idempotencyKey.get());
            if (first.isPresent()) {
                if (!sameMeasure(first.get(), instrument, timepoint, request)) {
                    throw IdempotencyKeyHeader.reusedWithDifferentBody("outcome measure");
                }
                return new Recorded<>(first.get(), true);
            }
        }
        Map<String, Double> scores = Scoring.score(instrument, request.items());
        UUID id = UUID.randomUUID();
        int stored = em.createNativeQuery("""
                        insert into outcome (id, participant_id, instrument, timepoint, completed_at, items, scores,
                                             recorded_at, idempotency_key)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb), ?8, ?9)
                        on conflict (participant_id, instrument, timepoint) do nothing""")
                .setParameter(1, id)
                .setParameter(2, participantId)
                .setParameter(3, instrument.name())
                .setParameter(4, timepoint.wire())
                .setParameter(5, request.completedAt())
                .setParameter(6, write(request.items()))
                .setParameter(7, write(scores))
                .setParameter(8, now)
                .setParameter(9, idempotencyKey.orElse(null))
                .executeUpdate();
        if (stored == 0) {
            throw Problem.conflict(
                    "This instrument was already recorded for the participant at this timepoint.");
        }
        outbox.append(new OutcomeRecorded(participantId, id, instrument.name(), timepoint.wire(),
                request.completedAt(), scores));
        return new Recorded<>(new OutcomeResponse(id, participantId, instrument.name(), timepoint.wire(),
                request.completedAt(), request.items(), scores), false);
    }

    private Optional<OutcomeResponse> recordedWith(String participantId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, instrument, timepoint, completed_at, cast(items as text), cast(scores as text)
                        from outcome where participant_id = ?1 and idempotency_key = ?2""")
                .setParameter(1, participantId)
                .setParameter(2, idempotencyKey)
                .getResultList();
        return rows.stream().findFirst().map(row -> new OutcomeResponse((UUID) row[0], participantId, (String) row[1],
                (String) row[2], ParticipantStore.toLocalDate(row[3]), read((String) row[4], ITEMS),
                read((String) row[5], SCORES)));
    }

    private static boolean sameMeasure(OutcomeResponse first, Instrument instrument, Timepoint timepoint,
                                       OutcomeRequest asked) {
        return first.instrument().equals(instrument.name()) && first.timepoint().equals(timepoint.wire())
                && first.completedAt().equals(asked.completedAt()) && first.items().equals(asked.items());
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored outcome JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outcome JSON", e);
        }
    }
}
