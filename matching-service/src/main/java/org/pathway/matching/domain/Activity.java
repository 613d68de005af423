package org.pathway.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An activity in a site's catalogue. {@link #placesTaken} is read-only here: it changes only
 * through the conditional updates in {@link ActivityStore}, so an edit of the activity can never
 * overwrite a booking made meanwhile.
 */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The Open Referral service id for imported activities; null for activities posted directly. */
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "provider_id", nullable = false)
    public String providerId;
    @Column(name = "provider_name", nullable = false)
    public String providerName;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String category;
    public String description;
    @Column(name = "min_age", nullable = false)
    public int minAge;
    @Column(name = "max_age", nullable = false)
    public int maxAge;
    public String postcode;
    public Double latitude;
    public Double longitude;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ScheduleEntry> schedule;
    @Column(nullable = false)
    public int capacity;
    @Column(name = "places_taken", nullable = false, insertable = false, updatable = false)
    public int placesTaken;
    @Column(name = "cost_per_session_pence", nullable = false)
    public int costPerSessionPence;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> accessibility;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> languages;
    @Column(nullable = false)
    public boolean active;
    /** The directory feed this activity last came from; null for activities posted or pushed. */
    @Column(name = "feed_id")
    public UUID feedId;
    /** An imported activity whose ages no one has stated: never recommended until reviewed. */
    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;
    /** Where the ages came from (the directory's limits or a phrase of its text); null when entered by hand. */
    @Column(name = "age_evidence")
    public String ageEvidence;
    /** Where the category came from (a taxonomy term or keywords); null when entered by hand. */
    @Column(name = "category_evidence")
    public String categoryEvidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    static Activity create(ActivityDetails details, String externalId, Instant now) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.externalId = externalId;
        activity.createdAt = now;
        activity.apply(details, now);
        return activity;
    }

    /** Copies every field of the details onto this activity. */
    void apply(ActivityDetails details, Instant now) {
        providerId = details.providerId();
        providerName = details.providerName();
        name = details.name();
        category = details.category();
        description = details.description();
        minAge = details.minAge();
        maxAge = details.maxAge();
        postcode = details.postcode();
        latitude = details.latitude();
        longitude = details.longitude();
        schedule = details.schedule();
        capacity = details.capacity();
        costPerSessionPence = details.costPerSessionPence();
        accessibility = details.accessibility();
        languages = details.languages();
        active = details.active();
        updatedAt = now;
    }

    /** What the activity offers, as the details it was last saved from. */
    ActivityDetails details() {
        return new ActivityDetails(providerId, providerName, name, category, description, minAge, maxAge, postcode,
                latitude, longitude, schedule, capacity, costPerSessionPence, accessibility, languages, active);
    }

    /** What the last import read about the service, or the review that replaced it. */
    Screening screening() {
        return new Screening(needsReview, ageEvidence, categoryEvidence);
    }

    /**
     * The directory's new description of this activity, keeping what people decided here: the
     * capacity (directories have none) and, once reviewed, the reviewer's ages and category, and
     * inactive if not approved. The directory's next page cannot undo a review.
     */
    ActivityDetails reimported(ActivityDetails fromDirectory) {
        ActivityDetails kept = fromDirectory.withCapacity(capacity);
        if (reviewStatus == null) {
            return kept;
        }
        return kept.withAgesAndCategory(minAge, maxAge, category, kept.active() && reviewStatus == ReviewStatus.APPROVED);
    }

    /** What an import read about the service; a reviewed activity keeps its review instead. */
    Screening rescreened(Screening read) {
        return reviewStatus == null ? read : screening();
    }

    void screen(Screening screening) {
        needsReview = screening.needsReview();
        ageEvidence = screening.ageEvidence();
        categoryEvidence = screening.categoryEvidence();
    }

    /** Gone from its directory: kept, with its placements, but no longer offered. */
    void retire(Instant now) {
        active = false;
        updatedAt = now;
    }

    /** A person's review: approved sets the ages and category checked; not approved takes the activity out of use. */
    void review(ActivityReview review, Instant now) {
        needsReview = false;
        reviewedAt = now;
        updatedAt = now;
        if (review.approved()) {
            reviewStatus = ReviewStatus.APPROVED;
            minAge = review.minAge();
            maxAge = review.maxAge();
            category = review.category();
            ageEvidence = "reviewed";
            categoryEvidence = "reviewed";
        } else {
            reviewStatus = ReviewStatus.REJECTED;
            active = false;
        }
    }

    public int freePlaces() {
        return Math.max(0, capacity - placesTaken);
    }
}
