package org.pathway.local.simulate;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.pathway.chassis.webhook.WebhookSignature;

/**
 * Each provider's signed attendance webhook, as a provider's system would send it: a batch gathers
 * the sessions that become ready within a short while of the first ({@link #gatherMillis}), and
 * those that become ready while it is on its way go in the next. A young person's next session waits for the answer
 * about the previous one, so a batch never holds two sessions of the same young person, which is what
 * {@link GroundTruth} relies on (engagement-service judges each batch as of its newest session).
 */
final class AttendanceBatches {

    /** API.md: up to 500 events a request. */
    static final int MOST = 500;
    /** The longest a batch gathers sessions before it goes. */
    static final long MOST_GATHER_MILLIS = 200;
    /** The answer for an item whose whole batch was refused (already counted as one problem). */
    static final String BATCH_REFUSED = "BATCH_REFUSED";

    /** One session of one young person in a provider's batch. */
    record Item(String placementId, String eventId, PersonPlan.Session session) {

        Map<String, Object> json() {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("eventId", eventId);
            item.put("placementId", placementId);
            item.put("sessionDate", session.date().toString());
            item.put("status", session.status().wire());
            return item;
        }
    }

    private record Waiting(Item item, CompletableFuture<String> answer) {
    }

    private final Api api;
    private final URI engagement;
    private final Map<String, Catalogue> catalogues;
    private final Problems problems;
    private final ScheduledExecutorService senders;
    private final Map<String, Provider> providers = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final long gatherMillis;

    AttendanceBatches(Api api, URI engagement, Map<String, Catalogue> catalogues, Problems problems,
                      ScheduledExecutorService senders, int youngPeople) {
        this.gatherMillis = gatherMillis(youngPeople);
        this.api = api;
        this.engagement = engagement;
        this.catalogues = catalogues;
        this.problems = problems;
        this.senders = senders;
    }

    /**
     * Sends the item in its provider's next batch and waits for engagement-service's answer.
     *
     * @return null when accepted, otherwise the rejection reason ({@link #BATCH_REFUSED} when the
     *         whole batch was refused)
     */
    String send(String siteId, String providerId, Item item) {
        try {
            return providers.computeIfAbsent(siteId + "/" + providerId, k -> new Provider(siteId, providerId))
                    .add(item).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * How long a batch gathers sessions before it goes: young people reach their sessions at a
     * provider a few at a time, and one request per session costs engagement-service a transaction
     * each (those waiting hold no connection meanwhile); but in a small cohort hardly anyone else
     * comes while a session waits, and each young person's sessions follow one another, so waiting
     * long would only slow them.
     */
    static long gatherMillis(int youngPeople) {
        return Math.min(MOST_GATHER_MILLIS, youngPeople / 3);
    }

    /** How many webhook requests were sent. */
    int requests() {
        return requests.get();
    }

    private final class Provider {

        private final String siteId;
        private final String providerId;
        private final URI uri;
        private final List<Waiting> waiting = new ArrayList<>();
        private boolean sending;

        Provider(String siteId, String providerId) {
            this.siteId = siteId;
            this.providerId = providerId;
            this.uri = engagement.resolve("/sites/" + siteId + "/providers/" + providerId + "/attendance");
        }

        CompletableFuture<String> add(Item item) {
            Waiting added = new Waiting(item, new CompletableFuture<>());
            synchronized (this) {
                waiting.add(added);
                if (sending) {
                    return added.answer();
                }
                sending = true;
            }
            senders.schedule(this::drain, gatherMillis, TimeUnit.MILLISECONDS);
            return added.answer();
        }

        private void drain() {
            while (true) {
                List<Waiting> batch;
                synchronized (this) {
                    if (waiting.isEmpty()) {
                        sending = false;
                        return;
                    }
                    List<Waiting> next = waiting.subList(0, Math.min(MOST, waiting.size()));
                    batch = new ArrayList<>(next);
                    next.clear();
                }
                try {
                    post(batch);
                } catch (RuntimeException e) {
                    batch.forEach(w -> w.answer().completeExceptionally(e));
                }
            }
        }

        private void post(List<Waiting> batch) {
            String secret = catalogues.get(siteId).secret(providerId);
            String body = Api.write(Map.of("events", batch.stream().map(w -> w.item().json()).toList()));
            long t = System.currentTimeMillis() / 1000;
            requests.incrementAndGet();
            Api.Response response = api.postRaw(uri, body,
                    Map.of(WebhookSignature.HEADER, WebhookSignature.header(secret, t, body)));
            if (!response.is(200)) {
                problems.add(siteId + " attendance batch of " + providerId + " (" + batch.size() + " sessions): "
                        + response.describe());
                batch.forEach(w -> w.answer().complete(BATCH_REFUSED));
                return;
            }
            Map<String, String> rejected = new LinkedHashMap<>();
            for (JsonNode r : response.body().path("rejected")) {
                rejected.put(r.path("eventId").asText(), r.path("reason").asText());
            }
            batch.forEach(w -> w.answer().complete(rejected.get(w.item().eventId())));
        }
    }
}
