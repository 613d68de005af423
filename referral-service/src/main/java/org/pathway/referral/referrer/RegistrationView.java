package org.pathway.referral.referrer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Answer to a registration. {@code signingSecret} is present only in the answer that issued it (never again:
 * only its ciphertext is stored); the referrer checks each webhook's {@code Pathway-Signature} with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationView(String odsCode, String endpoint, String format, String signingSecret) {

    public static RegistrationView of(ReferrerRegistry.Registration registration) {
        ReferringOrganisation organisation = registration.organisation();
        return new RegistrationView(organisation.odsCode, organisation.endpoint, organisation.format,
                registration.newSecret().orElse(null));
    }

    /** Never print the secret. */
    @Override
    public String toString() {
        return "RegistrationView[odsCode=" + odsCode + ", format=" + format + "]";
    }
}
