package org.pathway.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathway.chassis.events.Arm;
import org.pathway.chassis.problem.Problem;
import org.pathway.referral.security.AuditAction;
import org.pathway.referral.security.AuditTrail;
import org.pathway.referral.security.Caller;
import org.pathway.referral.security.OrganisationAccess;

/**
 * The site's referrals. A read that hands referrals to a caller ({@link #list}, {@link #read}) is written to
 * the audit trail in its own transaction; the finders intake and the lifecycle use run inside theirs, which
 * audit what they change.
 */
@ApplicationScoped
public class ReferralStore implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * The active statuses as literals, not a list parameter: Hibernate translates a query with a list parameter to
     * SQL again on every execution (a fifth of intake's CPU when it was a count), and PostgreSQL can match the
     * literals to the partial index {@code referral_one_active_per_nhs_number}.
     */
    private static final String INTAKE_MATCHES = "externalReference = ?1 or (nhsNumber = ?2 and status in ("
            + Transitions.ACTIVE.stream().map(status -> ReferralStatus.class.getName() + "." + status.name())
                    .collect(Collectors.joining(", ")) + "))";

    private final AuditTrail audit;
    private final Caller caller;

    public ReferralStore(AuditTrail audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    /** One page of referrals, newest first, and how many there are in all. */
    public record Listing(List<Referral> referrals, long total) {
    }

    /** {@code status} and {@code arm} narrow the list when present. */
    @Transactional
    public Listing list(Optional<ReferralStatus> status, Optional<Arm> arm, int page, int size) {
        Sort newestFirst = Sort.descending("receivedAt", "id");
        Map<String, Object> filters = new LinkedHashMap<>();
        status.ifPresent(value -> filters.put("status", value));
        arm.ifPresent(value -> filters.put("arm", value));
        PanacheQuery<Referral> query = filters.isEmpty()
                ? findAll(newestFirst)
                : find(filters.keySet().stream().map(name -> name + " = :" + name).collect(Collectors.joining(" and ")),
                        newestFirst, filters);
        List<Referral> referrals = query.page(Page.of(page, size)).list();
        audit.record(AuditAction.LIST);
        return new Listing(referrals, query.count());
    }

    /**
     * 404 when unknown at this site (for every caller, so the answer never depends on who asks about an id the
     * site does not hold), 403 for a referrer of another organisation (or of none).
     */
    @Transactional
    public Referral read(UUID id) {
        Referral referral = findByIdOptional(id).orElseThrow(ReferralStore::notHere);
        if (!OrganisationAccess.mayRead(caller.roles(), caller.organisation(), referral.referrerOrganisationCode)) {
            throw Problem.forbidden("A referrer reads only its own organisation's referrals.");
        }
        audit.record(AuditAction.READ, referral);
        return referral;
    }

    /** The 404 for a referral id the site does not hold, whether another site holds it or none does. */
    public static Problem notHere() {
        return Problem.notFound("No referral with this id at this site.");
    }

    public Optional<Referral> findByExternalReference(String externalReference) {
        return find("externalReference", externalReference).firstResultOptional();
    }

    /** Locks the row for the rest of the transaction, so one participant's events are written in order. */
    public Optional<Referral> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * What intake looks for before it decides, in one query: the referral with this external reference (if any; null
     * looks for none) and the active (ACCEPTED or CONTACTED) referral of this NHS number (at most one).
     */
    public IntakeMatches intakeMatches(String externalReference, String nhsNumber) {
        return new IntakeMatches(externalReference, find(INTAKE_MATCHES, externalReference, nhsNumber).list());
    }

    /** The referrals {@link #intakeMatches} found. */
    public record IntakeMatches(String externalReference, List<Referral> found) {

        public Optional<Referral> sameReference() {
            return externalReference == null ? Optional.empty()
                    : found.stream().filter(r -> externalReference.equals(r.externalReference)).findFirst();
        }

        /** Whether the site already holds an ACCEPTED or CONTACTED referral for this NHS number. */
        public boolean activeFor(String nhsNumber) {
            return nhsNumber != null && found.stream()
                    .anyMatch(r -> nhsNumber.equals(r.nhsNumber) && Transitions.ACTIVE.contains(r.status));
        }
    }

    /** Other referrals at the site with this referral's NHS number, locked for erasure. */
    public List<Referral> othersOfTheSameYoungPerson(Referral referral) {
        if (referral.nhsNumber == null) {
            return List.of();
        }
        return find("nhsNumber = ?1 and id <> ?2", referral.nhsNumber, referral.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
