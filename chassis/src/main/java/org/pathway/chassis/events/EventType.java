package org.pathway.chassis.events;

import java.util.Optional;

/** Every event type: its CloudEvents {@code type}, the topic it travels on and its data record. */
public enum EventType {

    REFERRAL_RECEIVED("pathway.referral.received.v1", Topics.REFERRALS, ReferralReceived.class),
    REFERRAL_ACCEPTED("pathway.referral.accepted.v1", Topics.REFERRALS, ReferralAccepted.class),
    REFERRAL_DECLINED("pathway.referral.declined.v1", Topics.REFERRALS, ReferralDeclined.class),
    REFERRAL_CONTACTED("pathway.referral.contacted.v1", Topics.REFERRALS, ReferralContacted.class),
    REFERRAL_WITHDRAWN("pathway.referral.withdrawn.v1", Topics.REFERRALS, ReferralWithdrawn.class),
    REFERRAL_CLOSED("pathway.referral.closed.v1", Topics.REFERRALS, ReferralClosed.class),

    PLACEMENT_PROPOSED("pathway.placement.proposed.v1", Topics.PLACEMENTS, PlacementProposed.class),
    PLACEMENT_CONFIRMED("pathway.placement.confirmed.v1", Topics.PLACEMENTS, PlacementConfirmed.class),
    PLACEMENT_ENDED("pathway.placement.ended.v1", Topics.PLACEMENTS, PlacementEnded.class),

    ATTENDANCE_RECORDED("pathway.attendance.recorded.v1", Topics.ENGAGEMENT, AttendanceRecorded.class),
    LINKWORKER_SESSION_RECORDED("pathway.linkworker-session.recorded.v1", Topics.ENGAGEMENT,
            LinkWorkerSessionRecorded.class),
    ENGAGEMENT_CHANGED("pathway.engagement.changed.v1", Topics.ENGAGEMENT, EngagementChanged.class),
    OUTCOME_RECORDED("pathway.outcome.recorded.v1", Topics.ENGAGEMENT, OutcomeRecorded.class);

    private final String type;
    private final String topic;
    private final Class<? extends PathwayEvent> dataClass;

    EventType(String type, String topic, Class<? extends PathwayEvent> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code pathway.referral.received.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends PathwayEvent> dataClass() {
        return dataClass;
    }

    /** Classpath location of the JSON Schema for this type's data. */
    public String schemaResource() {
        return "events/schemas/" + type + ".json";
    }

    public static EventType of(Class<? extends PathwayEvent> dataClass) {
        for (EventType eventType : values()) {
            if (eventType.dataClass.equals(dataClass)) {
                return eventType;
            }
        }
        throw new IllegalArgumentException("No event type for " + dataClass.getName());
    }

    /** Empty for a type this version does not know (a consumer may be older than the producer). */
    public static Optional<EventType> fromType(String type) {
        for (EventType eventType : values()) {
            if (eventType.type.equals(type)) {
                return Optional.of(eventType);
            }
        }
        return Optional.empty();
    }
}
