package org.pathway.referral.api.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of the audit trail: who, with which roles, at which site, about whom, did what, when. */
public record AuditEntryView(
        long id,
        Instant at,
        String actor,
        List<String> roles,
        String siteId,
        UUID referralId,
        String participantId,
        String action) {
}
