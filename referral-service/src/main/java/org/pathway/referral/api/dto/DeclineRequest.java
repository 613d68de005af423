package org.pathway.referral.api.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pathway.referral.domain.Text;

/**
 * Body of {@code POST /sites/{siteId}/referrals/{id}/decline}: the young person declined the offer. The reason is
 * optional free text (the young person owes no explanation), kept at the site.
 */
public record DeclineRequest(@Size(max = 500) @Pattern(regexp = Text.PLAIN) String reason) {
}
