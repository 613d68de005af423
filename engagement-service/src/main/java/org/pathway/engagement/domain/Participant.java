package org.pathway.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.pathway.chassis.events.Arm;

/**
 * A young person referred at this site, known from the referral events: only they may have records
 * here, so a pseudonym from another site, or from nowhere, is not a participant of this site.
 */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public String participantId;
    @Column(name = "known_since", nullable = false, updatable = false)
    public Instant knownSince;
    /** {@code pathway} or {@code comparison} ({@link Arm}'s wire value). */
    @Column(nullable = false)
    public String arm = Arm.PATHWAY.wire();

    /**
     * Records that the site referred the participant, in the arm the event names ({@code null} for an event that
     * names none). An arm once comparison stays so: a participant never changes arm, and only events written
     * before arms existed name none.
     */
    public static void admit(String participantId, Arm arm, Instant now) {
        Participant participant = findById(participantId);
        if (participant == null) {
            participant = new Participant();
            participant.participantId = participantId;
            participant.knownSince = now;
            participant.persist();
        }
        if (arm == Arm.COMPARISON) {
            participant.arm = arm.wire();
        }
    }

    /** Whether the participant is one of the site's comparison group: questionnaires only, no pathway offer. */
    public static boolean inComparisonArm(String participantId) {
        Participant participant = findById(participantId);
        return participant != null && Arm.COMPARISON.wire().equals(participant.arm);
    }

    /** Those of the participants who are in the site's comparison group, in one query. */
    public static Set<String> inComparisonArm(Collection<String> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("""
                        select participant.participantId from Participant participant
                        where participant.participantId in :ids and participant.arm = :arm""", String.class)
                .setParameter("ids", participantIds)
                .setParameter("arm", Arm.COMPARISON.wire())
                .getResultList());
    }

    public Arm arm() {
        return Arm.fromWire(arm).orElseThrow();
    }

    public static boolean isKnown(String participantId) {
        return ParticipantIds.isWellFormed(participantId) && findById(participantId) != null;
    }
}
