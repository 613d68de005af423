package org.pathway.reporting.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pathway.chassis.events.AttendanceRecorded;
import org.pathway.chassis.events.EngagementChanged;
import org.pathway.chassis.events.LinkWorkerSessionRecorded;
import org.pathway.chassis.events.OutcomeRecorded;
import org.pathway.chassis.events.PathwayEvent;
import org.pathway.chassis.events.PlacementConfirmed;
import org.pathway.chassis.events.ReferralAccepted;
import org.pathway.chassis.events.ReferralContacted;
import org.pathway.chassis.events.ReferralDeclined;
import org.pathway.chassis.events.ReferralReceived;

/**
 * One young person's way through the pathway, written as the events the three producing services
 * would publish: referral, contact, placement, weekly sessions, engagement status, link-worker time
 * and outcome measures. Days count from the referral date.
 */
public final class Journey {

    private static final String PROVIDER = "green-gym";

    private final String siteId;
    private final String participantId;
    private final LocalDate referredAt;
    private final UUID referralId = UUID.randomUUID();
    private final UUID placementId = UUID.randomUUID();
    private int age = 14;
    private String gender = "female";
    private String ethnicCategory = "A";
    private Integer deprivationDecile = 5;
    private List<String> needs = List.of("anxiety");
    private boolean accepted;
    private String arm = "pathway";
    private boolean researchConsent = true;
    private boolean declined;
    private Integer contactDay;
    private Integer placedDay;
    private int costPerSessionPence;
    private String sessions = "";
    private String status;
    private int linkWorkerMinutes;
    private final List<OutcomeRecorded> outcomes = new ArrayList<>();
    private Instant acceptedAt;

    private Journey(String siteId, String participantId, LocalDate referredAt) {
        this.siteId = siteId;
        this.participantId = participantId;
        this.referredAt = referredAt;
    }

    public static Journey of(String siteId, String participantId, LocalDate referredAt) {
        return new Journey(siteId, participantId, referredAt);
    }

    /** "P-" and 16 Crockford base32 characters, from a two-letter prefix and a number. */
    public static String participantId(String prefix, int number) {
        return "P-" + prefix + String.format("%014d", number);
    }

    public String siteId() {
        return siteId;
    }

    public String participantId() {
        return participantId;
    }

    public LocalDate referredAt() {
        return referredAt;
    }

    public Journey profile(int age, String gender, String ethnicCategory, Integer deprivationDecile, String... needs) {
        this.age = age;
        this.gender = gender;
        this.ethnicCategory = ethnicCategory;
        this.deprivationDecile = deprivationDecile;
        this.needs = List.of(needs);
        return this;
    }

    public Journey gender(String gender) {
        this.gender = gender;
        return this;
    }

    public Journey accepted() {
        this.accepted = true;
        return this;
    }

    /**
     * A comparison participant: registered (the referral date is the registration date) and accepted for
     * questionnaires only, the acceptance stamped {@code acceptedAt} as referral-service stamps it (the time of
     * the request, not the registration date).
     */
    public Journey comparison(Instant acceptedAt) {
        this.arm = "comparison";
        this.accepted = true;
        this.acceptedAt = acceptedAt;
        return this;
    }

    /** Accepted, but without consent to research use of their data. */
    public Journey withoutResearchConsent() {
        this.researchConsent = false;
        return this;
    }

    public Journey declined() {
        this.declined = true;
        return this;
    }

    /** First link-worker contact on this day, with one link-worker session of {@code minutes} that day. */
    public Journey contacted(int day, int minutes) {
        this.contactDay = day;
        this.linkWorkerMinutes = minutes;
        return this;
    }

    /** Placement confirmed on this day; its weekly sessions start the day after. */
    public Journey placed(int day, int costPerSessionPence) {
        this.placedDay = day;
        this.costPerSessionPence = costPerSessionPence;
        return this;
    }

    /** One character per weekly session: A attended, M missed, C cancelled by the provider. */
    public Journey sessions(String sessions) {
        this.sessions = sessions;
        return this;
    }

    /** The engagement status reached after the last session. */
    public Journey status(String status) {
        this.status = status;
        return this;
    }

    public Journey outcome(String instrument, String timepoint, int day, Map<String, Double> scores) {
        outcomes.add(new OutcomeRecorded(participantId, UUID.randomUUID(), instrument, timepoint, date(day), scores));
        return this;
    }

    public LocalDate date(int day) {
        return referredAt.plusDays(day);
    }

    public Instant at(int day) {
        return date(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    public LocalDate sessionDate(int session) {
        return date(placedDay + 1 + 7 * session);
    }

    public UUID placementId() {
        return placementId;
    }

    public ReferralReceived received() {
        return new ReferralReceived(participantId, referralId, referredAt, null, age, gender, ethnicCategory, "N1",
                deprivationDecile, needs, "moderate", "en", "RWX", arm);
    }

    public List<PathwayEvent> events() {
        List<PathwayEvent> events = new ArrayList<>();
        events.add(received());
        if (accepted) {
            events.add(new ReferralAccepted(participantId, referralId, referredAt,
                    acceptedAt == null ? at(0) : acceptedAt, ReferralAccepted.SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
                    age, gender, ethnicCategory, "N1", deprivationDecile, needs, "en", List.of("art"), List.of(),
                    researchConsent, arm));
        }
        if (declined) {
            events.add(new ReferralDeclined(participantId, referralId, referredAt, at(0), "NEED_NOT_IN_SCOPE", null));
        }
        if (contactDay != null) {
            events.add(new ReferralContacted(participantId, referralId, at(contactDay), "phone"));
            events.add(new LinkWorkerSessionRecorded(participantId, UUID.randomUUID(), date(contactDay),
                    linkWorkerMinutes, "phone"));
        }
        if (placedDay != null) {
            events.add(new PlacementConfirmed(participantId, placementId, UUID.randomUUID(), PROVIDER, "nature",
                    costPerSessionPence, at(placedDay)));
        }
        for (int i = 0; i < sessions.length(); i++) {
            String sessionStatus = switch (sessions.charAt(i)) {
                case 'A' -> "attended";
                case 'M' -> "missed";
                default -> "cancelled";
            };
            events.add(attendance(i, sessionStatus));
        }
        if (status != null) {
            events.add(new EngagementChanged(participantId, null, status,
                    sessionDate(sessions.length() - 1).atTime(18, 0).toInstant(ZoneOffset.UTC), 0, 0));
        }
        events.addAll(outcomes);
        return events;
    }

    public AttendanceRecorded attendance(int session, String sessionStatus) {
        return new AttendanceRecorded(participantId, placementId, PROVIDER, participantId + "-" + session,
                sessionDate(session), sessionStatus, costPerSessionPence, Instant.now());
    }
}
