package org.pathway.local.simulate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.chassis.api.IdempotencyKeyHeader;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.chassis.security.Roles;
import org.pathway.local.identity.DemoUsers;
import org.pathway.local.stack.Endpoints;

/**
 * What trusts, link workers and site admins do for one referral in one simulated week, through the
 * public APIs, recording in the {@link Track} what the services acknowledged. Dates on the
 * simulated calendar are sent as they are (contact at 10:15 UTC, placements at 10:00 UTC).
 */
final class PathwaySteps {

    /**
     * How long to wait for another service to hear of a referral or placement (over Kafka): generous,
     * because on a loaded small machine a consumer can lag by minutes (docs/performance.md).
     */
    static final Duration PROPAGATION = Duration.ofSeconds(240);
    private static final String UNKNOWN_PLACEMENT = "UNKNOWN_PLACEMENT";

    /** Counters for the progress line. */
    static final class Counts {
        final AtomicInteger referred = new AtomicInteger();
        final AtomicInteger contacted = new AtomicInteger();
        final AtomicInteger placed = new AtomicInteger();
        final AtomicInteger sessions = new AtomicInteger();
        final AtomicInteger linkWorkerSessions = new AtomicInteger();
        final AtomicInteger outcomes = new AtomicInteger();
        final AtomicInteger exits = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
    }

    private final Api api;
    private final Endpoints endpoints;
    private final Map<String, Catalogue> catalogues;
    private final AttendanceBatches attendance;
    private final Problems problems;
    private final Counts counts;
    /** matching-service hearing of referrals, engagement-service of placements. */
    private final Arrivals referrals;
    private final Arrivals placements;
    private final Map<Integer, Long> referralTickets = new ConcurrentHashMap<>();
    private final Map<Integer, Long> placementTickets = new ConcurrentHashMap<>();
    private final Set<Integer> referralsSent = ConcurrentHashMap.newKeySet();

    PathwaySteps(Api api, Endpoints endpoints, Map<String, Catalogue> catalogues, AttendanceBatches attendance,
                 Problems problems, Counts counts) {
        this.api = api;
        this.endpoints = endpoints;
        this.catalogues = catalogues;
        this.attendance = attendance;
        this.problems = problems;
        this.counts = counts;
        this.referrals = new Arrivals(PROPAGATION, counts.retries);
        this.placements = new Arrivals(PROPAGATION, counts.retries);
    }

    /** Everything but attendance and exits dated in {@code [from, to]}, in the order it happens. */
    void week(Track track, LocalDate from, LocalDate to) {
        PersonPlan plan = track.plan();
        if (within(plan.referredAt(), from, to)) {
            refer(track);
        }
        if (!track.isReferred() || !PersonPlan.ACCEPTED.equals(track.status())) {
            return;
        }
        if (within(plan.contactOn(), from, to)) {
            contact(track);
        }
        if (within(plan.declinesOn(), from, to) && track.contactedOn() != null) {
            decline(track);
        }
        if (within(plan.placeOn(), from, to) && track.contactedOn() != null) {
            place(track);
        }
        for (PersonPlan.LinkWorkerSession session : plan.linkWorkerSessions()) {
            if (within(session.date(), from, to)) {
                linkWorkerSession(track, session);
            }
        }
        for (PersonPlan.Outcome outcome : plan.outcomes()) {
            if (within(outcome.completedAt(), from, to)) {
                outcome(track, outcome);
            }
        }
    }

    /** Whether the track has anything other than attendance and exits to do in the week. */
    static boolean busy(PersonPlan plan, LocalDate from, LocalDate to) {
        return within(plan.referredAt(), from, to) || within(plan.contactOn(), from, to)
                || within(plan.declinesOn(), from, to) || within(plan.placeOn(), from, to)
                || plan.linkWorkerSessions().stream().anyMatch(s -> within(s.date(), from, to))
                || plan.outcomes().stream().anyMatch(o -> within(o.completedAt(), from, to));
    }

    void exit(Track track) {
        PersonPlan.Exit exit = track.plan().exit();
        if (!track.isReferred() || !PersonPlan.ACCEPTED.equals(track.status()) || track.isDeclinedByYoungPerson()) {
            return;
        }
        String path = exit.withdrawal() ? "/withdraw" : "/close";
        Map<String, Object> body = exit.withdrawal() ? Map.of("scope", exit.detail()) : Map.of("reason", exit.detail());
        Api.Response response = api.post(referral(track, path), linkWorker(track.siteId()), body);
        if (response.is(200)) {
            if (exit.withdrawal()) {
                track.withdrew(WithdrawalScope.fromWire(exit.detail()).orElseThrow(),
                        stampedOn(response.body().path("withdrawnAt")));
            } else {
                track.closed();
            }
            counts.exits.incrementAndGet();
        } else {
            problem(track, exit.kind() + " " + exit.detail(), response);
        }
    }

    /**
     * One session as the provider reports it, in its weekly batch. A session of a placement that
     * engagement-service has not heard of yet (over Kafka) is sent again, in a later batch.
     */
    void attend(Track track, PersonPlan.Session session) {
        String eventId = "att-" + track.plan().externalReference() + "-" + session.date();
        AttendanceBatches.Item item = new AttendanceBatches.Item(track.placementId(), eventId, session);
        String rejected = attendance.send(track.siteId(), track.providerId(), item);
        if (UNKNOWN_PLACEMENT.equals(rejected)) {
            rejected = placements.await(placementTickets.get(track.plan().index()),
                    () -> attendance.send(track.siteId(), track.providerId(), item), r -> !UNKNOWN_PLACEMENT.equals(r));
        }
        if (rejected == null) {
            track.session(session.date(), session.status());
            counts.sessions.incrementAndGet();
        } else if (!rejected.equals(AttendanceBatches.BATCH_REFUSED)) {
            problems.add(track.siteId() + " referral " + track.plan().index() + " attendance " + eventId
                    + ": rejected " + rejected);
        }
    }

    /** The trust's referral, once: a later call for the same young person does nothing. */
    void refer(Track track) {
        PersonPlan plan = track.plan();
        if (!referralsSent.add(plan.index())) {
            return;
        }
        SiteData site = SiteData.of(plan.siteId());
        String key = UUID.nameUUIDFromBytes(plan.externalReference().getBytes(StandardCharsets.UTF_8)).toString();
        Api.Response response = plan.comparison()
                ? api.post(endpoints.referral().resolve("/sites/" + plan.siteId() + "/comparison-participants"),
                        linkWorker(plan.siteId()), ReferralBody.registration(plan, site),
                        Map.of(IdempotencyKeyHeader.HEADER, key))
                : api.post(endpoints.referral().resolve("/sites/" + plan.siteId() + "/referrals"),
                        DemoUsers.atSite(Roles.REFERRER, plan.siteId()), ReferralBody.of(plan, site),
                        Map.of(IdempotencyKeyHeader.HEADER, key));
        if (!response.is(201) && !response.is(200)) {
            problem(track, plan.comparison() ? "comparison registration" : "referral", response);
            return;
        }
        JsonNode body = response.body();
        String status = body.path("status").asText();
        String reason = body.path("declineReason").isNull() ? null : body.path("declineReason").asText(null);
        track.referred(body.path("id").asText(), body.path("participantId").asText(), status, reason);
        track.acceptedOn(stampedOn(body.path("receivedAt")));
        referralTickets.put(plan.index(), referrals.sent());
        counts.referred.incrementAndGet();
        String decided = PersonPlan.ACCEPTED.equals(status) ? status : reason;
        if (!plan.expectedDecision().equals(decided)) {
            problems.add(plan.siteId() + " referral " + plan.index() + ": expected " + plan.expectedDecision()
                    + ", the service decided " + decided);
        }
    }

    private void contact(Track track) {
        PersonPlan plan = track.plan();
        Api.Response response = api.post(referral(track, "/contact"), linkWorker(plan.siteId()),
                Map.of("contactedAt", plan.contactOn() + "T10:15:00Z", "method", plan.contactMethod()));
        if (response.is(200)) {
            track.contacted(plan.contactOn());
            counts.contacted.incrementAndGet();
        } else {
            problem(track, "contact", response);
        }
    }

    private void decline(Track track) {
        Api.Response response = api.post(referral(track, "/decline"), linkWorker(track.siteId()),
                Map.of("reason", "Would rather wait for CAMHS"));
        if (response.is(200)) {
            track.declinedByYoungPerson();
        } else {
            problem(track, "decline", response);
        }
    }

    /** The best recommendation, once matching-service has the participant's profile from the referral events. */
    private void place(Track track) {
        PersonPlan plan = track.plan();
        String site = plan.siteId();
        String worker = linkWorker(site);
        URI recommendations = endpoints.matching().resolve("/sites/" + site + "/participants/"
                + track.participantId() + "/recommendations?limit=5");
        Api.Response recommended = api.get(recommendations, worker);
        if (recommended.is(404)) {
            recommended = referrals.await(referralTickets.get(plan.index()), () -> api.get(recommendations, worker),
                    response -> !response.is(404));
        }
        if (!recommended.is(200)) {
            problem(track, "recommendations", recommended);
            return;
        }
        if (recommended.body().isEmpty()) {
            problems.add(site + " referral " + plan.index() + ": no activity recommended");
            return;
        }
        String activityId = recommended.body().get(0).path("activityId").asText();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantId", track.participantId());
        body.put("activityId", activityId);
        body.put("confirmedAt", plan.placeOn() + "T10:00:00Z");
        URI booking = endpoints.matching().resolve("/sites/" + site + "/placements");
        Map<String, String> once = oneRecord();
        Api.Response placed = untilFound(() -> api.post(booking, worker, body, once));
        if (!placed.is(201) && !placed.is(200)) {
            problem(track, "placement", placed);
            return;
        }
        JsonNode placement = placed.body();
        SiteData.ActivitySpec ours = catalogues.get(site).activity(activityId);
        int cost = ours != null ? ours.costPerSessionPence() : placement.path("costPerSessionPence").asInt();
        String provider = ours != null ? ours.providerId() : placement.path("providerId").asText();
        if (!placement.path("confirmedAt").asText("").startsWith(plan.placeOn().toString())) {
            problems.add(site + " referral " + plan.index() + ": placement confirmed at "
                    + placement.path("confirmedAt").asText() + ", not on the simulated date " + plan.placeOn()
                    + " (matching-service does not take confirmedAt)");
        }
        track.placed(placement.path("id").asText(), provider, cost, plan.placeOn());
        placementTickets.put(plan.index(), placements.sent());
        counts.placed.incrementAndGet();
    }

    private void linkWorkerSession(Track track, PersonPlan.LinkWorkerSession session) {
        Map<String, String> once = oneRecord();
        Api.Response response = untilFound(() -> api.post(participant(track, "/link-worker-sessions"),
                linkWorker(track.siteId()),
                Map.of("date", session.date().toString(), "minutes", session.minutes(), "mode", session.mode()),
                once));
        if (response.is(201) || response.is(200)) {
            track.linkWorkerSession(session.minutes());
            counts.linkWorkerSessions.incrementAndGet();
        } else {
            problem(track, "link-worker session", response);
        }
    }

    private void outcome(Track track, PersonPlan.Outcome outcome) {
        Map<String, String> once = oneRecord();
        Api.Response response = untilFound(() -> api.post(participant(track, "/outcomes"), linkWorker(track.siteId()),
                Map.of("instrument", outcome.instrument(), "timepoint", outcome.timepoint(),
                        "completedAt", outcome.completedAt().toString(), "items", outcome.items()), once));
        if (response.is(201) || response.is(200)) {
            track.outcome(outcome.instrument(), outcome.timepoint(), outcome.items(), outcome.completedAt());
            counts.outcomes.incrementAndGet();
        } else {
            problem(track, "outcome " + outcome.instrument() + " " + outcome.timepoint(), response);
        }
    }

    /**
     * A fresh {@code Idempotency-Key} for one record: a request repeated because its answer was lost (a timeout, a
     * service stopped mid-answer) carries the same key and is answered with the record made the first time.
     */
    private static Map<String, String> oneRecord() {
        return Map.of(IdempotencyKeyHeader.HEADER, UUID.randomUUID().toString());
    }

    /**
     * Repeats a request answered 404 while the participant's referral events may still be on their way to the
     * service (matching and engagement know a site's participants only from those events).
     */
    private Api.Response untilFound(java.util.function.Supplier<Api.Response> request) {
        long deadline = System.nanoTime() + PROPAGATION.toNanos();
        long pause = Arrivals.FIRST_PAUSE_MILLIS;
        while (true) {
            Api.Response response = request.get();
            if (!response.is(404) || System.nanoTime() > deadline) {
                return response;
            }
            counts.retries.incrementAndGet();
            Api.sleep(pause);
            pause = Math.min(Arrivals.LAST_PAUSE_MILLIS, pause * 2);
        }
    }

    private URI referral(Track track, String action) {
        return endpoints.referral().resolve("/sites/" + track.siteId() + "/referrals/" + track.referralId() + action);
    }

    private URI participant(Track track, String path) {
        return endpoints.engagement().resolve("/sites/" + track.siteId() + "/participants/" + track.participantId()
                + path);
    }

    private void problem(Track track, String step, Api.Response response) {
        problems.add(track.siteId() + " referral " + track.plan().index() + " " + step + ": " + response.describe());
    }

    /**
     * The calendar date (UTC) of a time referral-service stamped on a record (acceptance, withdrawal): the time of the
     * request, not the simulated date; today if the answer does not say.
     */
    static LocalDate stampedOn(JsonNode time) {
        return time.isTextual() ? LocalDate.ofInstant(java.time.Instant.parse(time.asText()), ZoneOffset.UTC)
                : LocalDate.now(ZoneOffset.UTC);
    }

    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** The body of {@code POST /sites/{siteId}/referrals} (API.md). */
    static final class ReferralBody {

        private ReferralBody() {
        }

        static Map<String, Object> of(PersonPlan plan, SiteData site) {
            PersonPlan.YoungPerson person = plan.youngPerson();
            Map<String, Object> youngPerson = new LinkedHashMap<>();
            youngPerson.put("nhsNumber", person.nhsNumber());
            youngPerson.put("givenName", person.givenName());
            youngPerson.put("familyName", person.familyName());
            youngPerson.put("dateOfBirth", person.dateOfBirth().toString());
            youngPerson.put("gender", person.gender());
            youngPerson.put("ethnicCategory", person.ethnicCategory());
            youngPerson.put("postcode", person.postcode());
            youngPerson.put("languagePreference", person.languagePreference());
            Map<String, Object> contact = new LinkedHashMap<>();
            // 07700 900xxx: the range Ofcom keeps for drama, never a real phone.
            contact.put("phone", "07700900" + String.format("%03d", plan.index() % 1000));
            contact.put("email", null);
            youngPerson.put("contact", contact);
            youngPerson.put("guardian", Map.of("name", "Guardian of " + person.givenName(),
                    "phone", "07700900" + String.format("%03d", (plan.index() + 500) % 1000), "relationship", "parent"));
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("youngPerson", plan.consent().youngPerson());
            consent.put("guardian", plan.consent().guardian());
            consent.put("gillickCompetent", plan.consent().gillickCompetent());
            consent.put("research", plan.consent().research());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("externalReference", plan.externalReference());
            body.put("referredAt", plan.referredAt().toString());
            body.put("waitingListSince", plan.waitingListSince().toString());
            body.put("referrer", Map.of("organisationCode", site.organisationCode(), "name", "Dr Demo Clinician",
                    "email", "camhs.referrals@" + site.trustDomain()));
            body.put("youngPerson", youngPerson);
            body.put("presentingNeeds", plan.presentingNeeds());
            body.put("severity", plan.severity());
            body.put("riskLevel", plan.riskLevel());
            body.put("consent", consent);
            body.put("interests", plan.interests());
            body.put("accessibilityNeeds", plan.accessibilityNeeds());
            body.put("notes", "Simulated referral (synthetic test data)");
            return body;
        }

        /**
         * The body of {@code POST /sites/{siteId}/comparison-participants}: a referral's, with the registration date
         * ({@code registeredOn}) instead of {@code referredAt}.
         */
        static Map<String, Object> registration(PersonPlan plan, SiteData site) {
            Map<String, Object> body = of(plan, site);
            body.remove("referredAt");
            body.put("registeredOn", plan.referredAt().toString());
            body.put("notes", "Simulated comparison participant (synthetic test data)");
            return body;
        }
    }

    private static String linkWorker(String site) {
        return DemoUsers.atSite(Roles.LINK_WORKER, site);
    }
}
