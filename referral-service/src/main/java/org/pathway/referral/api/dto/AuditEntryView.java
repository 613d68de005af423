package org.pathway.referral.api.dto;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.pathway.referral.security.AuditEntry;

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

    public static AuditEntryView of(AuditEntry e) {
        List<String> roles = e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(","));
        return new AuditEntryView(e.id, e.at, e.actor, roles, e.siteId, e.referralId, e.participantId,
                e.action.name());
    }
}
