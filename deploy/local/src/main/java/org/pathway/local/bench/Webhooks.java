package org.pathway.local.bench;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.security.Roles;
import org.pathway.chassis.webhook.WebhookSignature;
import org.pathway.local.identity.DemoUsers;

/**
 * Attendance webhooks in batches of {@link #BATCH}, signed as a provider signs them. Set-up, through the public
 * APIs as a site would do it: one activity of a bench provider (matching-service), the provider's webhook secret
 * (engagement-service), and a placement on the activity for each of some participants the intake phase referred
 * (matching-service, asked again while it has not heard of the referral yet); then a first session of every
 * placement, sent until engagement-service has heard of each placement (not measured).
 *
 * <p>Measured: batch {@code b} holds one session each of 100 different placements (so no two batches on their way
 * at once touch the same young person, while {@code placements ≥ 100 × concurrency}), weekly sessions going back
 * from today, each placement's sessions in later batches.
 */
final class Webhooks {

    /** The most places matching-service gives one activity. */
    private static final int ACTIVITY_CAPACITY = 1000;

    static final int BATCH = 100;
    /** At most a year of weekly sessions for each placement. */
    static final int MOST_SESSIONS = 52;

    private final Http http;
    private final URI matching;
    private final URI engagement;
    private final String site;
    private final String provider;
    private final LocalDate today;
    private String secret;
    private final List<Placement> placements = new ArrayList<>();

    record Placement(String id, String participantId) {
    }

    Webhooks(Http http, URI matching, URI engagement, String site, String provider, LocalDate today) {
        this.http = http;
        this.matching = matching;
        this.engagement = engagement;
        this.site = site;
        this.provider = provider;
        this.today = today;
    }

    int placements() {
        return placements.size();
    }

    /** The activity, the secret and the placements; returns how long it took in seconds. */
    double setUp(List<String> participants, int concurrency, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        String admin = DemoUsers.atSite(Roles.SITE_ADMIN, site);
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("providerId", provider);
        activity.put("providerName", "Bench Provider " + provider);
        activity.put("name", "Bench club " + provider);
        activity.put("category", "social");
        activity.put("description", "pathway bench activity (synthetic)");
        activity.put("minAge", 11);
        activity.put("maxAge", 18);
        activity.put("postcode", site.equals("cardiff-vale") ? "CF10 1AA" : "N1 9GU");
        activity.put("latitude", site.equals("cardiff-vale") ? 51.48 : 51.538);
        activity.put("longitude", site.equals("cardiff-vale") ? -3.18 : -0.097);
        activity.put("schedule", List.of(Map.of("day", "SATURDAY", "start", "10:00", "end", "12:00")));
        activity.put("capacity", ACTIVITY_CAPACITY);
        activity.put("costPerSessionPence", 500);
        activity.put("accessibility", List.of());
        activity.put("languages", List.of("en"));
        activity.put("active", true);
        // As many activities of the provider as the placements need: matching takes at most 1,000 places each.
        List<String> activityIds = new ArrayList<>();
        for (int made = 0; made < Math.max(1, participants.size()); made += ACTIVITY_CAPACITY) {
            Http.Response created = http.post(matching.resolve("/sites/" + site + "/activities"), admin,
                    Http.write(activity), Map.of());
            if (created.status() != 201) {
                throw new IllegalStateException("creating the bench activity failed: " + created.status() + " "
                        + created.body());
            }
            activityIds.add(created.json().path("id").asText());
        }
        Http.Response credentials = http.post(
                engagement.resolve("/sites/" + site + "/providers/" + provider + "/credentials"), admin, "{}", Map.of());
        if (credentials.status() != 201 || !credentials.json().hasNonNull("secret")) {
            throw new IllegalStateException("registering the bench provider failed: " + credentials.status() + " "
                    + credentials.body());
        }
        secret = credentials.json().get("secret").asText();

        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Placement> placed = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, ClosedLoop.daemon("bench-place"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                String participant = participants.get(i);
                String activityId = activityIds.get(i / ACTIVITY_CAPACITY);
                futures.add(pool.submit(() -> {
                    String body = Http.write(Map.of("participantId", participant, "activityId", activityId));
                    long pause = 100;
                    while (System.nanoTime() < deadline) {
                        Http.Response response = http.post(matching.resolve("/sites/" + site + "/placements"),
                                DemoUsers.atSite(Roles.LINK_WORKER, site), body, Map.of());
                        if (response.status() == 201) {
                            placed.put(participant, new Placement(response.json().path("id").asText(), participant));
                            return null;
                        }
                        if (response.status() != 404) {
                            throw new IllegalStateException("placement of " + participant + ": " + response.status()
                                    + " " + response.body());
                        }
                        Thread.sleep(pause);
                        pause = Math.min(2000, pause * 2);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String participant : participants) {
            if (placed.containsKey(participant)) {
                placements.add(placed.get(participant));
            }
        }
        if (placements.size() < participants.size()) {
            System.out.printf("    only %d of %d placements made within %d s (matching-service had not heard of the rest)%n",
                    placements.size(), participants.size(), timeout.toSeconds());
        }
        // Whole batches only.
        while (placements.size() % BATCH != 0) {
            placements.remove(placements.size() - 1);
        }
        if (placements.isEmpty()) {
            throw new IllegalStateException("no placements: the webhook phase needs at least " + BATCH);
        }
        awaitKnown(deadline);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Sends each placement's first session (week {@link #MOST_SESSIONS}) until none is an unknown placement. */
    private void awaitKnown(long deadline) throws Exception {
        List<Placement> unknown = new ArrayList<>(placements);
        long pause = 200;
        while (!unknown.isEmpty()) {
            List<Placement> still = new ArrayList<>();
            for (int from = 0; from < unknown.size(); from += BATCH) {
                List<Placement> chunk = unknown.subList(from, Math.min(unknown.size(), from + BATCH));
                List<Map<String, Object>> events = new ArrayList<>();
                for (Placement placement : chunk) {
                    events.add(event(placement, MOST_SESSIONS));
                }
                Http.Response response = post(events);
                if (response.status() != 200) {
                    throw new IllegalStateException("attendance webhook: " + response.status() + " " + response.body());
                }
                List<String> rejected = new ArrayList<>();
                for (JsonNode r : response.json().path("rejected")) {
                    rejected.add(r.path("eventId").asText());
                }
                for (Placement placement : chunk) {
                    if (rejected.contains(eventId(placement, MOST_SESSIONS))) {
                        still.add(placement);
                    }
                }
            }
            unknown = still;
            if (!unknown.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(unknown.size() + " placements still unknown to engagement-service");
                }
                Thread.sleep(pause);
                pause = Math.min(2000, pause * 2);
            }
        }
    }

    /** Batches for the window, {@code concurrency} at a time, at most every placement's {@link #MOST_SESSIONS}. */
    Measurement run(int concurrency, Duration warmUp, Duration window) {
        int perRound = placements.size() / BATCH;
        long most = (long) perRound * MOST_SESSIONS;
        return ClosedLoop.run("attendance webhooks", "events", BATCH, concurrency, warmUp, window, (worker, b) -> {
            if (b >= most) {
                throw new ClosedLoop.Exhausted();
            }
            int session = (int) (b / perRound);
            int first = (int) (b % perRound) * BATCH;
            List<Map<String, Object>> events = new ArrayList<>(BATCH);
            for (int i = first; i < first + BATCH; i++) {
                events.add(event(placements.get(i), session));
            }
            Http.Response response = post(events);
            return response.status() == 200 && response.json().path("accepted").asInt() == BATCH;
        });
    }

    private Http.Response post(List<Map<String, Object>> events) throws Exception {
        String body = Http.write(Map.of("events", events));
        long t = System.currentTimeMillis() / 1000;
        return http.post(engagement.resolve("/sites/" + site + "/providers/" + provider + "/attendance"), null, body,
                Map.of(WebhookSignature.HEADER, WebhookSignature.header(secret, t, body)));
    }

    private Map<String, Object> event(Placement placement, int session) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId(placement, session));
        event.put("placementId", placement.id());
        event.put("sessionDate", today.minusWeeks(session).toString());
        event.put("status", (session % 5 == 4 ? AttendanceStatus.MISSED : AttendanceStatus.ATTENDED).wire());
        return event;
    }

    private String eventId(Placement placement, int session) {
        return provider + "-" + placement.id() + "-" + session;
    }
}
