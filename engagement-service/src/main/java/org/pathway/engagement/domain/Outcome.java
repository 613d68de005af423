package org.pathway.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outcome measure: the answers as given and the scores computed from them, once per instrument and timepoint. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;
    /** The {@code Instrument} constant's name. */
    @Column(nullable = false, updatable = false)
    public String instrument;
    /** The wire value of the {@code Timepoint}. */
    @Column(nullable = false, updatable = false)
    public String timepoint;
    @Column(name = "completed_at", nullable = false, updatable = false)
    public LocalDate completedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Integer> items;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Double> scores;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    /** The client's {@code Idempotency-Key}, if it sent one. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    static Outcome of(String participantId, NewOutcome measure, Map<String, Double> scores,
                      Optional<String> idempotencyKey, Instant now) {
        Outcome outcome = new Outcome();
        outcome.id = UUID.randomUUID();
        outcome.participantId = participantId;
        outcome.instrument = measure.instrument().name();
        outcome.timepoint = measure.timepoint().wire();
        outcome.completedAt = measure.completedAt();
        outcome.items = List.copyOf(measure.items());
        outcome.scores = scores;
        outcome.recordedAt = now;
        outcome.idempotencyKey = idempotencyKey.orElse(null);
        return outcome;
    }

    /** Whether this is the measure asked for, so that a repeat under the same key may answer it. */
    boolean sameAs(NewOutcome asked) {
        return instrument.equals(asked.instrument().name()) && timepoint.equals(asked.timepoint().wire())
                && completedAt.equals(asked.completedAt()) && items.equals(asked.items());
    }

    static Optional<Outcome> recordedWith(String participantId, String idempotencyKey) {
        return find("participantId = ?1 and idempotencyKey = ?2", participantId, idempotencyKey)
                .firstResultOptional();
    }

    static boolean alreadyRecorded(String participantId, NewOutcome measure) {
        return count("participantId = ?1 and instrument = ?2 and timepoint = ?3", participantId,
                measure.instrument().name(), measure.timepoint().wire()) > 0;
    }

    /** The participant's recorded measures, oldest first (in the order recorded on one day). */
    public static List<Outcome> recordedFor(String participantId) {
        return list("participantId", Sort.by("completedAt").and("recordedAt").and("id"), participantId);
    }

    /** A page of the site's recorded measures, of one timepoint and of some participants if asked, by participant. */
    public static Recorded recorded(Optional<String> timepoint, List<String> participantIds, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        timepoint.ifPresent(t -> {
            where.append(" and timepoint = :timepoint");
            parameters.and("timepoint", t);
        });
        if (!participantIds.isEmpty()) {
            where.append(" and participantId in :participants");
            parameters.and("participants", participantIds);
        }
        var query = find(where.toString(), Sort.by("participantId").and("completedAt").and("recordedAt").and("id"),
                parameters);
        return new Recorded(query.page(Page.of(page, size)).list(), query.count());
    }

    /** One page of measures and how many there are in all. */
    public record Recorded(List<Outcome> outcomes, long total) {
    }
}
