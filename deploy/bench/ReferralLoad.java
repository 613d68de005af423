import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Referral intake load: POSTs distinct, valid referrals (synthetic NHS numbers that pass modulus 11,
 * no real person's data) at a fixed concurrency and prints throughput and latency percentiles.
 * Single-file program, no build: {@code java deploy/bench/ReferralLoad.java URL TOKEN_FILE CONCURRENCY REQUESTS}.
 * Bounded in count; loopback targets only.
 */
public class ReferralLoad {

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8081/sites/north-london/referrals";
        String token = java.nio.file.Files.readString(java.nio.file.Path.of(args.length > 1 ? args[1] : "target/infrastructure.args.token")).trim();
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int requests = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 5000, 200_000);
        int warmup = Math.min(500, requests / 5);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        run(client, url, token, concurrency, warmup, 0, null);
        long[] latencies = new long[requests];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        run(client, url, token, concurrency, requests, warmup, (i, nanos, status) -> {
            latencies[i] = nanos;
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("requests=%d concurrency=%d seconds=%.2f throughput=%.1f/s%n", requests, concurrency, seconds, requests / seconds);
        System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        System.out.println("statuses: " + new TreeMap<>(statuses));
    }

    interface Recorder {
        void record(int index, long nanos, int status);
    }

    static void run(HttpClient client, String url, String token, int concurrency, int count, int offset, Recorder recorder) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(offset + i)))
                            .timeout(Duration.ofSeconds(30)).build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    if (recorder != null) {
                        recorder.record(i, System.nanoTime() - t0, status);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** A synthetic referral; the NHS number is built to pass modulus 11 (not a real person's). */
    static String body(int n) {
        String nhs = nhsNumber(n);
        String stamp = Long.toString(System.nanoTime(), 36);
        return """
                {"externalReference":"LOAD-%s-%d","referredAt":"%s","waitingListSince":"2026-10-01",
                 "referrer":{"organisationCode":"RWX","name":"Load Test","email":"load@example.nhs.net"},
                 "youngPerson":{"nhsNumber":"%s","givenName":"Test","familyName":"Person%d","dateOfBirth":"2012-05-04",
                   "gender":"female","ethnicCategory":"A","postcode":"N1 9GU","languagePreference":"en",
                   "contact":{"phone":"07700900123","email":null},
                   "guardian":{"name":"Guardian Person","phone":"07700900456","relationship":"parent"}},
                 "presentingNeeds":["anxiety"],"severity":"moderate","riskLevel":"low",
                 "consent":{"youngPerson":true,"guardian":true,"gillickCompetent":null,"research":true},
                 "interests":["art"],"accessibilityNeeds":[],"notes":"load"}
                """.formatted(stamp, n, LocalDate.now().minusDays(1), nhs, n);
    }

    static String nhsNumber(int n) {
        for (int k = 0; ; k++) {
            String nine = String.format("%09d", (100_000_000L + (long) n * 7 + k) % 1_000_000_000L);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }
}
