package org.pathway.referral.referrer;

/** Body of {@code PUT /sites/{siteId}/referrers/{odsCode}}: where messages go and how. */
public record RegistrationRequest(String endpoint, String format) {
}
