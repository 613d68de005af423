package org.pathway.referral.referrer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Activity sessions a participant attended, counted from the engagement topic's attendance events. */
@Entity
@Table(name = "referral_progress")
public class ReferralProgress extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public String participantId;
    @Column(name = "sessions_attended", nullable = false)
    public int sessionsAttended;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
