package org.pathway.chassis.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic event of every type, as a producer would build it. */
final class EventSamples {

    static final String PARTICIPANT = "P-7K3M9Q2XW4TB8N6R";
    static final UUID REFERRAL = UUID.fromString("5b0f3c1e-8a4d-4f6b-9c2e-1d7a3e5f9b20");
    static final UUID PLACEMENT = UUID.fromString("c3e8a1f2-6b4d-4e9a-8f1c-2a7d5b3e9c41");
    static final UUID ACTIVITY = UUID.fromString("9a2d7e4b-1c8f-4a3e-b6d2-5f0e8c1a7b63");

    private EventSamples() {
    }

    /** An exhaustive switch: a new event type without a sample does not compile. */
    static PathwayEvent sample(EventType type) {
        return switch (type) {
            case REFERRAL_RECEIVED -> new ReferralReceived(PARTICIPANT, REFERRAL,
                    LocalDate.parse("2026-11-20"), LocalDate.parse("2026-10-01"), 14, "female", "A", "N1", 3,
                    List.of("anxiety"), "moderate", "en", "RWX");
            case REFERRAL_ACCEPTED -> new ReferralAccepted(PARTICIPANT, REFERRAL, LocalDate.parse("2026-11-20"),
                    Instant.parse("2026-11-20T10:15:00Z"), ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
                    14, "female", "A", "N1", 3, List.of("anxiety", "depression"), "en",
                    List.of("art", "football"), List.of("step-free"), true);
            case REFERRAL_DECLINED -> new ReferralDeclined(PARTICIPANT, REFERRAL, LocalDate.parse("2026-11-20"),
                    Instant.parse("2026-11-27T14:02:11Z"), ReferralDeclined.YOUNG_PERSON_DECLINED,
                    ReferralDeclined.SNOMED_SOCIAL_PRESCRIBING_DECLINED);
            case REFERRAL_CONTACTED -> new ReferralContacted(PARTICIPANT, REFERRAL,
                    Instant.parse("2026-11-24T09:30:00Z"), "phone");
            case REFERRAL_WITHDRAWN -> new ReferralWithdrawn(PARTICIPANT, REFERRAL,
                    Instant.parse("2027-01-08T16:45:00Z"), "future");
            case REFERRAL_CLOSED -> new ReferralClosed(PARTICIPANT, REFERRAL,
                    Instant.parse("2027-03-02T11:00:00Z"), "camhs-treatment-started");
            case PLACEMENT_PROPOSED -> new PlacementProposed(PARTICIPANT, PLACEMENT, ACTIVITY, "green-gym",
                    "nature", 850, Instant.parse("2026-11-25T13:20:00Z"));
            case PLACEMENT_CONFIRMED -> new PlacementConfirmed(PARTICIPANT, PLACEMENT, ACTIVITY, "green-gym",
                    "nature", 850, Instant.parse("2026-11-26T10:05:00Z"));
            case PLACEMENT_ENDED -> new PlacementEnded(PARTICIPANT, PLACEMENT, ACTIVITY, "green-gym",
                    Instant.parse("2027-02-20T12:00:00Z"), "completed");
            case ATTENDANCE_RECORDED -> new AttendanceRecorded(PARTICIPANT, PLACEMENT, "green-gym", "att-000001",
                    LocalDate.parse("2026-11-28"), "attended", 850, Instant.parse("2026-11-28T12:31:07Z"));
            case LINKWORKER_SESSION_RECORDED -> new LinkWorkerSessionRecorded(PARTICIPANT,
                    UUID.fromString("e1b7c4d9-3a6f-4c2e-9d8b-7f5a1e3c6b02"), LocalDate.parse("2026-11-24"), 45,
                    "in-person");
            case ENGAGEMENT_CHANGED -> new EngagementChanged(PARTICIPANT, "CONNECTED", "ENGAGED",
                    Instant.parse("2026-12-12T12:31:07Z"), 3, 1);
            case OUTCOME_RECORDED -> new OutcomeRecorded(PARTICIPANT,
                    UUID.fromString("7d4e2b9a-5c1f-4e8d-a3b6-0f9c2e7a4d15"), "SWEMWBS", "baseline",
                    LocalDate.parse("2026-11-24"), Map.of("rawTotal", 19.0, "metricScore", 18.59));
        };
    }
}
