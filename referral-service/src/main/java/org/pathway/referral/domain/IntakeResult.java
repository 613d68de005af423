package org.pathway.referral.domain;

import org.pathway.referral.api.dto.ReferralCreated;

/** The answer to a referral POST: the body, and whether it is a replay of an earlier request (200, not 201). */
public record IntakeResult(ReferralCreated body, boolean replayed) {
}
