package org.pathway.referral.fhir;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.pathway.referral.Referrals;

import static org.pathway.referral.Referrals.NORTH_LONDON;
import static org.pathway.referral.Referrals.referrer;

/**
 * A focused measurement, not a test (its name keeps it out of the suite; it asserts nothing): the intake rate of
 * the JSON door and of the FHIR door measured the same way, in one JVM against the test infrastructure (embedded
 * PostgreSQL 17, in-process Kafka, WireMock OIDC). Each request is a distinct referral (its own NHS number and
 * reference) that is accepted; 4 concurrent clients; a warm-up of each door first. Run:
 * {@code ./mvnw -pl referral-service -am test -Dtest=FhirIntakeMeasurement -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmeasure.requests=400}; results in docs/performance.md.
 */
@QuarkusTest
class FhirIntakeMeasurement {

    private static final int CLIENTS = 4;
    private static final int WARM_UP = 100;

    @Test
    void measureBothDoors() throws Exception {
        int requests = Integer.getInteger("measure.requests", 400);
        String token = referrer(NORTH_LONDON);
        IntSupplier json = () -> Referrals.as(token).body(Referrals.body().toString())
                .post("/sites/north-london/referrals").statusCode();
        IntSupplier fhir = () -> BarsExamples.post(NORTH_LONDON, token,
                BarsExamples.Case.fresh().bundle(BarsExamples.ENGLAND)).statusCode();
        run("json warm-up", json, WARM_UP);
        run("fhir warm-up", fhir, WARM_UP);
        run("json", json, requests);
        run("fhir", fhir, requests);
        run("json again", json, requests);
        run("fhir again", fhir, requests);
    }

    private static void run(String name, IntSupplier request, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(clients.submit(() -> {
                long t = System.nanoTime();
                statuses.add(request.getAsInt());
                latencies.add(System.nanoTime() - t);
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("MEASURE %-11s n=%d in %.1f s: %.1f /s, p50 %d ms, p90 %d ms, p99 %d ms, statuses %s%n",
                name, count, seconds, count / seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                statuses.stream().distinct().sorted().toList());
    }

    private static long ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size()))) / 1_000_000;
    }
}
