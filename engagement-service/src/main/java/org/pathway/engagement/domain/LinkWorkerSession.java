package org.pathway.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A session a link worker held with a participant; its minutes are costed in the reports. */
@Entity
@Table(name = "link_worker_session")
public class LinkWorkerSession extends PanacheEntityBase {

    /** A participant's link-worker sessions, counted for the engagement view. */
    public record Totals(int sessions, int minutes) {
    }

    @Id
    public UUID id;
    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;
    @Column(name = "session_date", nullable = false, updatable = false)
    public LocalDate date;
    @Column(nullable = false, updatable = false)
    public int minutes;
    /** The wire value of {@link SessionMode}. */
    @Column(nullable = false, updatable = false)
    public String mode;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
    /** The client's {@code Idempotency-Key}, if it sent one. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    static LinkWorkerSession of(String participantId, NewLinkWorkerSession session, Optional<String> idempotencyKey,
                                Instant now) {
        LinkWorkerSession recorded = new LinkWorkerSession();
        recorded.id = UUID.randomUUID();
        recorded.participantId = participantId;
        recorded.date = session.date();
        recorded.minutes = session.minutes();
        recorded.mode = session.mode().wire();
        recorded.recordedAt = now;
        recorded.idempotencyKey = idempotencyKey.orElse(null);
        return recorded;
    }

    /** Whether this is the session asked for, so that a repeat under the same key may answer it. */
    boolean sameAs(NewLinkWorkerSession asked) {
        return date.equals(asked.date()) && minutes == asked.minutes() && mode.equals(asked.mode().wire());
    }

    static Optional<LinkWorkerSession> recordedWith(String participantId, String idempotencyKey) {
        return find("participantId = ?1 and idempotencyKey = ?2", participantId, idempotencyKey)
                .firstResultOptional();
    }

    public static Totals totalsOf(String participantId) {
        List<LinkWorkerSession> sessions = list("participantId", participantId);
        return new Totals(sessions.size(), sessions.stream().mapToInt(s -> s.minutes).sum());
    }
}
