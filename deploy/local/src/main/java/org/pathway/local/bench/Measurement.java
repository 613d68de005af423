package org.pathway.local.bench;

/**
 * One measured figure of a phase: how many operations succeeded (and failed) in how long, and their latencies.
 *
 * @param unit     what one operation is ("referrals", "requests", "transactions", "events", ...)
 * @param ok       operations that succeeded in the measured window (warm-up excluded)
 * @param failed   operations that failed (an unexpected status, an exception, a timeout)
 * @param seconds  the measured window
 * @param perItem  how many units one operation carries (100 events in a webhook batch; 1 otherwise)
 */
record Measurement(String name, String unit, long ok, long failed, double seconds, int perItem,
                   Latencies.Summary latency) {

    /** Units per second (successful operations only). */
    double perSecond() {
        return seconds <= 0 ? 0 : ok * (double) perItem / seconds;
    }

    String text() {
        return String.format("%s: %s %s/s (%d ok, %d failed in %.1f s); latency %s", name, Format.rate(perSecond()), unit,
                ok, failed, seconds, latency.text());
    }
}
