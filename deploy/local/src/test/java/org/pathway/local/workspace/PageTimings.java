package org.pathway.local.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * How long the workspace takes to answer a page, as the signed-in person (their browser's cookies): {@code n}
 * requests one after another after a warm-up, from request sent to the whole page read. Figures for the report, not
 * for asserting (speed belongs in benchmark tooling).
 */
final class PageTimings {

    static final int WARM_UP = 3;
    static final int SAMPLES = 30;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Timing measure(URI page, String cookies) {
        for (int i = 0; i < WARM_UP; i++) {
            get(page, cookies);
        }
        long[] nanos = new long[SAMPLES];
        int status = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            status = get(page, cookies);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return new Timing(status, millis(nanos[SAMPLES / 2]), millis(nanos[(int) Math.ceil(0.95 * SAMPLES) - 1]),
                millis(nanos[SAMPLES - 1]));
    }

    private int get(URI page, String cookies) {
        HttpRequest request = HttpRequest.newBuilder(page).header("Cookie", cookies).header("Accept", "text/html").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + page + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }

    /** The status of the page and its median, 95th percentile and slowest answer in milliseconds. */
    record Timing(int status, double p50, double p95, double max) {
    }
}
