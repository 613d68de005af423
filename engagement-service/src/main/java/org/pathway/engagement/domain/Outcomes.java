package org.pathway.engagement.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
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

    /** @throws Problem 409 when withdrawn or already recorded for this timepoint */
    @Transactional
    public OutcomeResponse record(String participantId, OutcomeRequest request) {
        Instant now = clock.now();
        if (participants.lock(participantId, now).withdrawn()) {
            throw Refusals.withdrawn();
        }
        Instrument instrument = Instrument.fromWire(request.instrument()).orElseThrow();
        Timepoint timepoint = Timepoint.fromWire(request.timepoint()).orElseThrow();
        Map<String, Double> scores = Scoring.score(instrument, request.items());
        UUID id = UUID.randomUUID();
        int stored = em.createNativeQuery("""
                        insert into outcome (id, participant_id, instrument, timepoint, completed_at, items, scores,
                                             recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), cast(?7 as jsonb), ?8)
                        on conflict (participant_id, instrument, timepoint) do nothing""")
                .setParameter(1, id)
                .setParameter(2, participantId)
                .setParameter(3, instrument.name())
                .setParameter(4, timepoint.wire())
                .setParameter(5, request.completedAt())
                .setParameter(6, write(request.items()))
                .setParameter(7, write(scores))
                .setParameter(8, now)
                .executeUpdate();
        if (stored == 0) {
            throw Problem.conflict(
                    "This instrument was already recorded for the participant at this timepoint.");
        }
        outbox.append(new OutcomeRecorded(participantId, id, instrument.name(), timepoint.wire(),
                request.completedAt(), scores));
        return new OutcomeResponse(id, participantId, instrument.name(), timepoint.wire(), request.completedAt(),
                request.items(), scores);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write outcome JSON", e);
        }
    }
}
