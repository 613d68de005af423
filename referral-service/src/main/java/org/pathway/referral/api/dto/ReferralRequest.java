package org.pathway.referral.api.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.pathway.chassis.geo.UkPostcode;
import org.pathway.referral.domain.EthnicCategories;
import org.pathway.referral.domain.NhsNumber;
import org.pathway.referral.domain.NotBefore1900;
import org.pathway.referral.domain.Text;

/**
 * Body of {@code POST /sites/{siteId}/referrals}, field for field as in API.md. The constraints are the checks
 * of one field (required, length, format, range); {@code ReferralRequestValidator} checks the rest once they
 * hold. A {@code @Pattern} without a message of its own is {@link Text#PLAIN} (see ValidationMessages.properties).
 * "Not in the future" is the calendar date at the service's zone ({@code config/ValidationClockProvider}).
 */
public record ReferralRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Text.PLAIN) String externalReference,
        @NotNull @PastOrPresent @NotBefore1900 LocalDate referredAt,
        @NotBefore1900 LocalDate waitingListSince,
        @NotNull @Valid Referrer referrer,
        @NotNull @Valid YoungPerson youngPerson,
        @NotEmpty(message = "must name at least one need") @Size(max = MAX_ITEMS, message = TOO_MANY)
        List<String> presentingNeeds,
        @NotBlank String severity,
        @NotBlank String riskLevel,
        @NotNull @Valid Consent consent,
        @Size(max = MAX_ITEMS, message = TOO_MANY) List<String> interests,
        @Size(max = MAX_ITEMS, message = TOO_MANY) List<String> accessibilityNeeds,
        @Size(max = 2000) @Pattern(regexp = Text.PLAIN) String notes) {

    private static final int MAX_ITEMS = 20;
    private static final String TOO_MANY = "must have at most {max} items";

    public record Referrer(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{3,10}",
                    message = "must be an ODS code: 3 to 10 upper-case letters or digits") String organisationCode,
            @Size(max = 100) @Pattern(regexp = Text.PLAIN) String name,
            String email) {
    }

    public record YoungPerson(
            @NotBlank @NhsNumber String nhsNumber,
            @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN) String givenName,
            @NotBlank @Size(max = 100) @Pattern(regexp = Text.PLAIN) String familyName,
            @NotNull @PastOrPresent @NotBefore1900 LocalDate dateOfBirth,
            @NotBlank String gender,
            @Pattern(regexp = EthnicCategories.CODE, message = EthnicCategories.NOT_A_CODE) String ethnicCategory,
            @NotBlank @UkPostcode String postcode,
            @NotBlank String languagePreference,
            @Valid Contact contact,
            @Valid Guardian guardian) {
    }

    public record Contact(@Size(max = 32) @Pattern(regexp = Text.PLAIN) String phone, String email) {
    }

    public record Guardian(
            @Size(max = 100) @Pattern(regexp = Text.PLAIN) String name,
            @Size(max = 32) @Pattern(regexp = Text.PLAIN) String phone,
            @NotBlank @Size(max = 50) @Pattern(regexp = Text.PLAIN) String relationship) {
    }

    /** Boxed so that an absent flag can be told apart from {@code false}. */
    public record Consent(@NotNull Boolean youngPerson, @NotNull Boolean guardian, Boolean gillickCompetent,
                          Boolean research) {
    }
}
