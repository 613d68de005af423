package org.pathway.engagement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    /** Records that the site referred the participant; a later referral event changes nothing. */
    public static void admit(String participantId, Instant now) {
        if (findById(participantId) != null) {
            return;
        }
        Participant participant = new Participant();
        participant.participantId = participantId;
        participant.knownSince = now;
        participant.persist();
    }

    public static boolean isKnown(String participantId) {
        return ParticipantIds.isWellFormed(participantId) && findById(participantId) != null;
    }
}
