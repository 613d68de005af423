package org.pathway.referral.referrer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one message tells the referrer about one change, and nothing more: codes, dates and counts, never an
 * identifier or free text (a young person's decline note stays at the site). Stored as JSON on the
 * {@code referrer_message} row, so every retry sends the same facts.
 *
 * @param status            the referral's status after the change ({@code ACCEPTED|DECLINED|CONTACTED|CLOSED})
 * @param reason            declined: the decline reason code; closed: the close reason
 * @param snomedCode        accepted: 871731000000106; declined by the young person: 871711000000103
 * @param contactMethod     contacted: {@code phone|video|in-person|text}
 * @param activityCategory  placed: the activity's category only
 * @param sessionsAttended  closed: activity sessions attended, as providers reported them
 * @param outcomes          closed: per instrument, the scores at baseline and the latest ones
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageFacts(
        ReferralChange change,
        Instant occurredAt,
        String status,
        String reason,
        String snomedCode,
        String contactMethod,
        String activityCategory,
        Integer sessionsAttended,
        List<OutcomeScores> outcomes) {

    /** SNOMED CT 871731000000106 |Referral to social prescribing service|. */
    public static final String SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING = "871731000000106";
    /** SNOMED CT 871711000000103 |Social prescribing declined|. */
    public static final String SNOMED_SOCIAL_PRESCRIBING_DECLINED = "871711000000103";

    public static MessageFacts of(ReferralChange change, Instant at, String status) {
        return new MessageFacts(change, at, status, null, null, null, null, null, null);
    }

    /** One instrument's scores at baseline and at the latest timepoint (either may be missing). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutcomeScores(String instrument, Scores baseline, Scores latest) {
    }

    public record Scores(String timepoint, LocalDate completedAt, Map<String, Double> scores) {
    }
}
