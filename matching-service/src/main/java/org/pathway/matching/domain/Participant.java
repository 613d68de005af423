package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The matching profile of a young person, built from {@code referral.accepted}. */
@Entity
@Table(name = "participant_profile")
public class Participant extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public String participantId;
    @Column(nullable = false)
    public int age;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> interests;
    @Column(name = "postcode_district")
    public String postcodeDistrict;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accessibility_needs", nullable = false)
    public List<String> accessibilityNeeds;
    @Column(name = "language_preference")
    public String languagePreference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ParticipantProfile profile() {
        return new ParticipantProfile(participantId, age, interests, postcodeDistrict, accessibilityNeeds,
                languagePreference);
    }
}
