package org.pathway.referral.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.pathway.referral.domain.NotBefore1900;
import org.pathway.referral.domain.Text;

/**
 * Body of {@code POST /sites/{siteId}/comparison-participants}: a referral's body ({@link ReferralRequest}, the same
 * constraints on the same fields) registered by the site's link worker, so {@code externalReference} and
 * {@code referrer} are optional, and dated by {@code registeredOn} (default today, never in the future) instead of
 * {@code referredAt}, which is refused here so that no one believes it was used.
 */
public record ComparisonParticipantRequest(
        @Size(max = 64) @Pattern(regexp = Text.PLAIN) String externalReference,
        @PastOrPresent @NotBefore1900 LocalDate registeredOn,
        @Null(message = "is not part of a comparison registration: registeredOn is its date") LocalDate referredAt,
        @NotBefore1900 LocalDate waitingListSince,
        @Valid ReferralRequest.Referrer referrer,
        @NotNull @Valid ReferralRequest.YoungPerson youngPerson,
        @NotEmpty(message = "must name at least one need") @Size(max = MAX_ITEMS, message = TOO_MANY)
        List<String> presentingNeeds,
        @NotBlank String severity,
        @NotBlank String riskLevel,
        @NotNull @Valid ReferralRequest.Consent consent,
        @Size(max = MAX_ITEMS, message = TOO_MANY) List<String> interests,
        @Size(max = MAX_ITEMS, message = TOO_MANY) List<String> accessibilityNeeds,
        @Size(max = 2000) @Pattern(regexp = Text.PLAIN) String notes) {

    private static final int MAX_ITEMS = 20;
    private static final String TOO_MANY = "must have at most {max} items";

    /** The referral this registration amounts to, dated {@code registeredOn} (the body's, or today when absent). */
    public ReferralRequest asReferral(LocalDate registeredOn) {
        return new ReferralRequest(externalReference, registeredOn, waitingListSince, referrer, youngPerson,
                presentingNeeds, severity, riskLevel, consent, interests, accessibilityNeeds, notes);
    }
}
