package org.pathway.local.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * What the services acknowledged for one referral, as the simulation sent it: the ground truth is
 * computed from these records alone, never from a report. Each referral's steps run one at a time,
 * but on different threads over the run, so every access is synchronised.
 */
final class Track {

    /** An activity session the provider reported and engagement-service accepted. */
    record Session(LocalDate date, AttendanceStatus status) {
    }

    /** An outcome measure engagement-service stored, completed on {@code completedAt}. */
    record Outcome(String instrument, String timepoint, List<Integer> items, LocalDate completedAt) {
    }

    private final PersonPlan plan;
    private String referralId;
    private String participantId;
    private String status;
    private String declineReason;
    private LocalDate contactedOn;
    private boolean declinedByYoungPerson;
    private String placementId;
    private String providerId;
    private int costPerSessionPence;
    private LocalDate placedOn;
    private final List<Session> sessions = new ArrayList<>();
    private final List<Integer> linkWorkerMinutes = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private WithdrawalScope withdrawalScope;
    /** The calendar dates (UTC) referral-service stamped: it takes the time of the request, not the simulated date. */
    private LocalDate acceptedOn;
    private LocalDate withdrawnOn;
    private boolean closed;

    Track(PersonPlan plan) {
        this.plan = plan;
    }

    /** For tests: a referral as the services took it, built step by step. */
    static Track of(String siteId, LocalDate referredAt) {
        PersonPlan plan = new PersonPlan.Builder(0, siteId, "T", null, referredAt, referredAt, List.of("anxiety"),
                "moderate", "low", null, List.of(), List.of(), PersonPlan.ACCEPTED).build();
        return new Track(plan);
    }

    /** For tests: a comparison participant registered on {@code registeredOn}, as the services took them. */
    static Track comparison(String siteId, LocalDate registeredOn) {
        PersonPlan.Builder plan = new PersonPlan.Builder(0, siteId, "T", null, registeredOn, registeredOn,
                List.of("anxiety"), "moderate", "low", null, List.of(), List.of(), PersonPlan.ACCEPTED);
        plan.comparison = true;
        return new Track(plan.build());
    }

    PersonPlan plan() {
        return plan;
    }

    String siteId() {
        return plan.siteId();
    }

    LocalDate referredAt() {
        return plan.referredAt();
    }

    synchronized Track referred(String referralId, String participantId, String status, String declineReason) {
        this.referralId = referralId;
        this.participantId = participantId;
        this.status = status;
        this.declineReason = declineReason;
        return this;
    }

    synchronized Track contacted(LocalDate on) {
        contactedOn = on;
        return this;
    }

    synchronized Track declinedByYoungPerson() {
        declinedByYoungPerson = true;
        return this;
    }

    synchronized Track placed(String placementId, String providerId, int costPerSessionPence, LocalDate on) {
        this.placementId = placementId;
        this.providerId = providerId;
        this.costPerSessionPence = costPerSessionPence;
        this.placedOn = on;
        return this;
    }

    synchronized Track session(LocalDate date, AttendanceStatus status) {
        sessions.add(new Session(date, status));
        return this;
    }

    synchronized Track linkWorkerSession(int minutes) {
        linkWorkerMinutes.add(minutes);
        return this;
    }

    synchronized Track outcome(String instrument, String timepoint, List<Integer> items, LocalDate completedAt) {
        outcomes.add(new Outcome(instrument, timepoint, List.copyOf(items), completedAt));
        return this;
    }

    synchronized Track withdrew(WithdrawalScope scope, LocalDate stampedOn) {
        withdrawalScope = scope;
        withdrawnOn = stampedOn;
        return this;
    }

    /** The date referral-service stamped the acceptance with (the day of the request). */
    synchronized Track acceptedOn(LocalDate stampedOn) {
        acceptedOn = stampedOn;
        return this;
    }

    synchronized LocalDate acceptedOn() {
        return acceptedOn;
    }

    synchronized LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    boolean isComparison() {
        return plan.comparison();
    }

    synchronized Track closed() {
        closed = true;
        return this;
    }

    synchronized boolean isReferred() {
        return participantId != null;
    }

    synchronized String referralId() {
        return referralId;
    }

    synchronized String participantId() {
        return participantId;
    }

    synchronized String status() {
        return status;
    }

    synchronized String declineReason() {
        return declineReason;
    }

    synchronized LocalDate contactedOn() {
        return contactedOn;
    }

    synchronized boolean isDeclinedByYoungPerson() {
        return declinedByYoungPerson;
    }

    synchronized String placementId() {
        return placementId;
    }

    synchronized String providerId() {
        return providerId;
    }

    synchronized int costPerSessionPence() {
        return costPerSessionPence;
    }

    synchronized LocalDate placedOn() {
        return placedOn;
    }

    synchronized List<Session> sessions() {
        return List.copyOf(sessions);
    }

    synchronized long linkWorkerMinutes() {
        return linkWorkerMinutes.stream().mapToLong(Integer::longValue).sum();
    }

    synchronized List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    synchronized WithdrawalScope withdrawalScope() {
        return withdrawalScope;
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
