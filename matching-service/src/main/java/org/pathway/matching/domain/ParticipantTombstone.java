package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * All that remains of a participant who withdrew consent with scope {@code all}: the pseudonym
 * and when. It keeps a late or redelivered {@code referral.accepted} from rebuilding the profile
 * and lets the API answer 409 rather than 404.
 */
@Entity
@Table(name = "participant_tombstone")
public class ParticipantTombstone extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public String participantId;
    @Column(name = "withdrawn_at", nullable = false)
    public Instant withdrawnAt;

    public static boolean exists(String participantId) {
        return findById(participantId) != null;
    }
}
