package org.pathway.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;
import org.pathway.referral.security.Caller;
import org.pathway.referral.security.OrganisationAccess;

/** Reads of referrals, each written to the audit trail in the same transaction. */
@ApplicationScoped
@Transactional
public class ReferralReads {

    private final AuditTrail audit;
    private final Caller caller;

    public ReferralReads(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    public record Listing(List<Referral> referrals, long total) {
    }

    /** Newest first, optionally of one status. */
    public Listing list(Optional<ReferralStatus> status, int page, int size) {
        Sort newestFirst = Sort.descending("receivedAt", "id");
        PanacheQuery<Referral> query = status.isPresent()
                ? Referral.find("status", newestFirst, status.get())
                : Referral.findAll(newestFirst);
        List<Referral> referrals = query.page(Page.of(page, size)).list();
        audit.record(AuditAction.LIST);
        return new Listing(referrals, query.count());
    }

    /** 404 when unknown here, 403 for a referrer of another organisation (or of none). */
    public Referral read(UUID id) {
        if (!OrganisationAccess.isSiteStaff(caller.roles()) && caller.organisation().isEmpty()) {
            throw Problem.forbidden("A referrer reads only its own organisation's referrals.");
        }
        Referral referral = Referral.<Referral>findByIdOptional(id)
                .orElseThrow(() -> Problem.notFound("No referral with this id at this site."));
        if (!OrganisationAccess.mayRead(caller.roles(), caller.organisation(), referral.referrerOrganisationCode)) {
            throw Problem.forbidden("A referrer reads only its own organisation's referrals.");
        }
        audit.record(AuditAction.READ, referral);
        return referral;
    }
}
