package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pathway.chassis.problem.Problem;

/**
 * The matching profile of a young person, built from {@code referral.accepted}. Looked up for the
 * API through {@link #requireActive}: unknown at this site is 404, withdrawn or closed is 409.
 */
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

    /** The participant, locked for the rest of the transaction so a withdrawal cannot interleave. */
    static Participant requireActiveForUpdate(String participantId) {
        return requireActive(participantId, findById(participantId, LockModeType.PESSIMISTIC_WRITE));
    }

    static Participant requireActive(String participantId) {
        return requireActive(participantId, findById(participantId));
    }

    /** Whether this site has ever known the participant (a withdrawal with scope all leaves a tombstone). */
    static boolean known(String participantId) {
        return findById(participantId) != null || ParticipantTombstone.exists(participantId);
    }

    private static Participant requireActive(String participantId, Participant participant) {
        if (participant == null) {
            if (ParticipantTombstone.exists(participantId)) {
                throw Problem.conflict("The participant has withdrawn consent.");
            }
            throw Problem.notFound("No such participant at this site.");
        }
        switch (participant.status) {
            case WITHDRAWN -> throw Problem.conflict("The participant has withdrawn consent for new activities.");
            case CLOSED -> throw Problem.conflict("The participant has left the pathway.");
            case ACTIVE -> {
                return participant;
            }
        }
        throw new IllegalStateException("unknown participant status");
    }
}
