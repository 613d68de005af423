package org.pathway.referral.referrer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An outcome measure's computed scores (never the item answers), from the engagement topic. */
@Entity
@Table(name = "referral_outcome")
public class ReferralOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "outcome_id")
    public UUID outcomeId;
    @Column(name = "participant_id", nullable = false)
    public String participantId;
    @Column(nullable = false)
    public String instrument;
    @Column(nullable = false)
    public String timepoint;
    @Column(name = "completed_at", nullable = false)
    public LocalDate completedAt;
    /** The scores as a JSON object of numbers. */
    @Column(nullable = false)
    public String scores;
}
