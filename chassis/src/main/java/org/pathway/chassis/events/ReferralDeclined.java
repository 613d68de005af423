package org.pathway.chassis.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Not eligible at intake, or the young person declined the offer.
 *
 * @param reason {@code AGE_OUT_OF_RANGE|NEED_NOT_IN_SCOPE|SEVERITY_NOT_MODERATE|HIGH_RISK|NO_CONSENT|
 *     DUPLICATE_ACTIVE_REFERRAL|YOUNG_PERSON_DECLINED}
 * @param snomedCode {@link #SNOMED_SOCIAL_PRESCRIBING_DECLINED} when the young person declined;
 *     otherwise null
 */
public record ReferralDeclined(
        String participantId,
        UUID referralId,
        LocalDate referredAt,
        Instant declinedAt,
        String reason,
        String snomedCode) implements PathwayEvent {

    /** SNOMED CT "Social prescribing declined". */
    public static final String SNOMED_SOCIAL_PRESCRIBING_DECLINED = "871711000000103";

    public static final String YOUNG_PERSON_DECLINED = "YOUNG_PERSON_DECLINED";
}
