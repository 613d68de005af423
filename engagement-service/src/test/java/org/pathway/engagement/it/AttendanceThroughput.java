package org.pathway.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.engagement.it.Fixtures.NORTH_LONDON;
import static org.pathway.engagement.it.Fixtures.attendanceBody;
import static org.pathway.engagement.it.Fixtures.count;
import static org.pathway.engagement.it.Fixtures.item;
import static org.pathway.engagement.it.Fixtures.postSigned;
import static org.pathway.engagement.it.Fixtures.schema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A measuring tool, not a test (its name keeps {@code verify} from running it):
 * {@code ./mvnw -B -o -pl engagement-service verify -Dtest=AttendanceThroughput -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the database round trips of one webhook batch of 100 events (100 participants), and the events
 * per second of 50 such batches posted 4 at a time.
 */
@QuarkusTest
class AttendanceThroughput {

    private static final int BATCH = 100;
    private static final int BATCHES = 50;
    private static final int CONCURRENT = 4;

    private final String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

    @Test
    void measure() throws Exception {
        String provider = Fixtures.provider();
        String secret = Fixtures.issueSecret(NORTH_LONDON, provider);
        List<List<UUID>> groups = new ArrayList<>();
        for (int g = 0; g < CONCURRENT + 1; g++) {
            groups.add(placements(provider));
        }

        RoundTrips roundTrips = RoundTrips.start();
        post(provider, secret, groups.get(CONCURRENT), "single-");
        roundTrips.stop();
        System.out.printf("MEASURE one batch of %d events: %d database round trips (pgjdbc Sync messages)%n",
                BATCH, roundTrips.count.get());

        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        long started = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < CONCURRENT; t++) {
            List<UUID> group = groups.get(t);
            int thread = t;
            runs.add(pool.submit(() -> {
                for (int b = thread; b < BATCHES; b += CONCURRENT) {
                    post(provider, secret, group, "b" + b + "-");
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("MEASURE %d batches of %d events, %d at a time: %.2f s, %.0f events/s%n",
                BATCHES, BATCH, CONCURRENT, seconds, BATCHES * BATCH / seconds);
    }

    private void post(String provider, String secret, List<UUID> placements, String prefix) {
        List<String> items = new ArrayList<>();
        String batchId = prefix + UUID.randomUUID() + "-";
        for (int i = 0; i < placements.size(); i++) {
            items.add(item(batchId + i, placements.get(i), today, i % 4 == 0 ? "missed" : "attended"));
        }
        Response response = postSigned(NORTH_LONDON, provider, secret, attendanceBody(items));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.<Integer>path("accepted")).isEqualTo(BATCH);
    }

    /** {@value BATCH} placements of as many participants with the provider, stored before returning. */
    private List<UUID> placements(String provider) {
        List<UUID> placements = new ArrayList<>();
        String[] participants = new String[BATCH];
        for (int i = 0; i < BATCH; i++) {
            participants[i] = Fixtures.participant();
        }
        Fixtures.referred(NORTH_LONDON, participants);
        for (String participant : participants) {
            UUID placement = UUID.randomUUID();
            Fixtures.placementConfirmed(NORTH_LONDON, participant, placement, provider, Instant.now());
            placements.add(placement);
        }
        Fixtures.await(() -> count("select count(*) from " + schema(NORTH_LONDON)
                + ".placement where placement_id = any(?::uuid[])", placementArray(placements)) == BATCH,
                "placements stored");
        return placements;
    }

    private static String placementArray(List<UUID> placements) {
        return "{" + String.join(",", placements.stream().map(UUID::toString).toList()) + "}";
    }

    /** Counts pgjdbc's Sync messages (one per round trip) sent from request threads. */
    private static final class RoundTrips extends Handler {

        private static final Logger PGJDBC = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

        private final AtomicInteger count = new AtomicInteger();
        private Level previous;

        static RoundTrips start() {
            RoundTrips handler = new RoundTrips();
            handler.previous = PGJDBC.getLevel();
            handler.setLevel(Level.ALL);
            PGJDBC.setLevel(Level.FINEST);
            PGJDBC.addHandler(handler);
            return handler;
        }

        void stop() {
            PGJDBC.removeHandler(this);
            PGJDBC.setLevel(previous);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().contains("FE=> Sync")
                    && Thread.currentThread().getName().startsWith("executor-thread")) {
                count.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
