package org.pathway.matching.it;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.events.CloudEvents;
import org.pathway.chassis.events.EventJson;
import org.pathway.chassis.events.EventType;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralClosed;
import org.pathway.chassis.events.ReferralWithdrawn;
import org.pathway.chassis.events.Topics;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.testkit.TestKafka;

/** Referral events as referral-service publishes them: CloudEvents in Kafka binary mode. */
final class ReferralEvents {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralEvents() {
    }

    static String newParticipantId() {
        StringBuilder id = new StringBuilder("P-");
        for (int i = 0; i < 16; i++) {
            id.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
        }
        return id.toString();
    }

    static void accepted(String site, String participantId, int age, List<String> interests, String district,
                         List<String> accessibilityNeeds, String language) {
        send(site, new ReferralAccepted(participantId, UUID.randomUUID(), LocalDate.now().minusDays(3),
                Instant.now(), ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, age, "female", "A", district,
                null, List.of("anxiety"), language, interests, accessibilityNeeds, true));
    }

    /** A comparison participant's acceptance (questionnaires only); returns the event's CloudEvents id. */
    static String acceptedInTheComparisonArm(String site, String participantId) {
        return send(site, new ReferralAccepted(participantId, UUID.randomUUID(), LocalDate.now().minusDays(3),
                Instant.now(), ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING, 14, "female", "A", "N7",
                null, List.of("anxiety"), "en", List.of("art"), List.of(), true, Arm.COMPARISON.wire()));
    }

    static void withdrawn(String site, String participantId, WithdrawalScope scope) {
        send(site, new ReferralWithdrawn(participantId, UUID.randomUUID(), Instant.now(), scope.wire()));
    }

    static void closed(String site, String participantId) {
        send(site, new ReferralClosed(participantId, UUID.randomUUID(), Instant.now(), "completed"));
    }

    /** Publishes the event and returns its CloudEvents id. */
    static String send(String site, PathwayEvent event) {
        return send(site, event, UUID.randomUUID().toString());
    }

    /** Publishes the event under the given CloudEvents id (the same id again: a redelivery) and returns the id. */
    static String send(String site, PathwayEvent event, String id) {
        EventType type = EventType.of(event.getClass());
        TestKafka.send(Topics.REFERRALS, event.participantId(), EventJson.write(event), Map.of(
                CloudEvents.SPEC_VERSION_HEADER, CloudEvents.SPEC_VERSION,
                CloudEvents.ID_HEADER, id,
                CloudEvents.TYPE_HEADER, type.type(),
                CloudEvents.SOURCE_HEADER, CloudEvents.source(site, "referral"),
                CloudEvents.SITE_ID_HEADER, site,
                CloudEvents.SUBJECT_HEADER, event.participantId(),
                CloudEvents.TIME_HEADER, Instant.now().toString(),
                CloudEvents.CONTENT_TYPE_HEADER, CloudEvents.JSON));
        return id;
    }
}
