package org.pathway.local.simulate;

import java.time.LocalDate;
import java.util.List;

import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * Everything the simulation decides for one referral before it sends anything: who the young person
 * is, how the referral will be decided, and what happens on the pathway, on the simulated calendar.
 * Dates that do not happen are null; lists are empty.
 *
 * @param index             position in the cohort (0-based)
 * @param expectedDecision  {@code ACCEPTED} or the decline reason the site's rules must give
 * @param duplicateOf       for {@code DUPLICATE_ACTIVE_REFERRAL}: the index of the active referral of
 *                          the same young person; otherwise null
 * @param declinesOn        the young person declines the offer after contact
 * @param placeOn           a link worker books the best recommended activity
 * @param sessions          activity sessions as the provider reports them, weekly, in date order
 * @param exit              how and when the referral leaves the pathway (null: it does not)
 * @param comparison        a comparison participant: registered on the waiting list before the pathway started at
 *                          the site ({@code referredAt} is the registration date), questionnaires only
 */
record PersonPlan(
        int index,
        String siteId,
        String externalReference,
        YoungPerson youngPerson,
        LocalDate referredAt,
        LocalDate waitingListSince,
        List<String> presentingNeeds,
        String severity,
        String riskLevel,
        Consent consent,
        List<String> interests,
        List<String> accessibilityNeeds,
        String expectedDecision,
        Integer duplicateOf,
        LocalDate contactOn,
        String contactMethod,
        LocalDate declinesOn,
        LocalDate placeOn,
        List<Session> sessions,
        List<LinkWorkerSession> linkWorkerSessions,
        List<Outcome> outcomes,
        Exit exit,
        boolean comparison) {

    static final String ACCEPTED = "ACCEPTED";

    record YoungPerson(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String gender,
                       String ethnicCategory, String postcode, String languagePreference) {
    }

    record Consent(boolean youngPerson, boolean guardian, Boolean gillickCompetent, boolean research) {
    }

    /** @param status {@code attended}, {@code missed} or {@code cancelled} */
    record Session(LocalDate date, AttendanceStatus status) {
    }

    record LinkWorkerSession(LocalDate date, int minutes, String mode) {
    }

    /** @param items the answers, in questionnaire order */
    record Outcome(String instrument, String timepoint, LocalDate completedAt, List<Integer> items) {
    }

    /**
     * @param kind   {@code withdraw} or {@code close}
     * @param detail the withdrawal scope ({@code all}, {@code future}) or the closure reason
     */
    record Exit(String kind, String detail, LocalDate on) {

        static final String WITHDRAW = "withdraw";
        static final String CLOSE = "close";

        boolean withdrawal() {
            return WITHDRAW.equals(kind);
        }

        boolean erases() {
            return withdrawal() && WithdrawalScope.ALL.wire().equals(detail);
        }
    }

    boolean accepted() {
        return ACCEPTED.equals(expectedDecision);
    }

    /** The last date anything happens to this referral. */
    LocalDate lastDate() {
        LocalDate last = referredAt;
        for (LocalDate date : new LocalDate[] {contactOn, declinesOn, placeOn, exit == null ? null : exit.on()}) {
            last = later(last, date);
        }
        for (Session session : sessions) {
            last = later(last, session.date());
        }
        for (LinkWorkerSession session : linkWorkerSessions) {
            last = later(last, session.date());
        }
        for (Outcome outcome : outcomes) {
            last = later(last, outcome.completedAt());
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    /** Collects a plan while the generator decides it. */
    static final class Builder {

        final int index;
        final String siteId;
        final String externalReference;
        YoungPerson youngPerson;
        final LocalDate referredAt;
        final LocalDate waitingListSince;
        final List<String> presentingNeeds;
        final String severity;
        final String riskLevel;
        Consent consent;
        final List<String> interests;
        final List<String> accessibilityNeeds;
        String expectedDecision;
        Integer duplicateOf;
        LocalDate contactOn;
        String contactMethod;
        LocalDate declinesOn;
        LocalDate placeOn;
        List<Session> sessions = List.of();
        List<LinkWorkerSession> linkWorkerSessions = List.of();
        List<Outcome> outcomes = List.of();
        Exit exit;
        boolean comparison;

        Builder(int index, String siteId, String externalReference, YoungPerson youngPerson, LocalDate referredAt,
                LocalDate waitingListSince, List<String> presentingNeeds, String severity, String riskLevel,
                Consent consent, List<String> interests, List<String> accessibilityNeeds, String expectedDecision) {
            this.index = index;
            this.siteId = siteId;
            this.externalReference = externalReference;
            this.youngPerson = youngPerson;
            this.referredAt = referredAt;
            this.waitingListSince = waitingListSince;
            this.presentingNeeds = presentingNeeds;
            this.severity = severity;
            this.riskLevel = riskLevel;
            this.consent = consent;
            this.interests = interests;
            this.accessibilityNeeds = accessibilityNeeds;
            this.expectedDecision = expectedDecision;
        }

        Builder(PersonPlan plan) {
            this(plan.index, plan.siteId, plan.externalReference, plan.youngPerson, plan.referredAt,
                    plan.waitingListSince, plan.presentingNeeds, plan.severity, plan.riskLevel, plan.consent,
                    plan.interests, plan.accessibilityNeeds, plan.expectedDecision);
            duplicateOf = plan.duplicateOf;
            contactOn = plan.contactOn;
            contactMethod = plan.contactMethod;
            declinesOn = plan.declinesOn;
            placeOn = plan.placeOn;
            sessions = plan.sessions;
            linkWorkerSessions = plan.linkWorkerSessions;
            outcomes = plan.outcomes;
            exit = plan.exit;
            comparison = plan.comparison;
        }

        PersonPlan build() {
            return new PersonPlan(index, siteId, externalReference, youngPerson, referredAt, waitingListSince,
                    List.copyOf(presentingNeeds), severity, riskLevel, consent, List.copyOf(interests),
                    List.copyOf(accessibilityNeeds), expectedDecision, duplicateOf, contactOn, contactMethod,
                    declinesOn, placeOn, List.copyOf(sessions), List.copyOf(linkWorkerSessions), List.copyOf(outcomes),
                    exit, comparison);
        }
    }
}
