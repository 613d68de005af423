package org.pathway.local.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies in microseconds, with three significant digits (HdrHistogram), up to ten minutes. Safe to record
 * from many threads at once.
 */
final class Latencies {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
    private final Histogram total = new Histogram(HIGHEST_MICROS, 3);

    void recordNanos(long nanos) {
        recorder.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    /** Everything recorded so far. */
    synchronized Summary summary() {
        total.add(recorder.getIntervalHistogram());
        return Summary.of(total);
    }

    /** Percentiles in milliseconds; all zero when nothing was recorded. */
    record Summary(long count, double p50, double p95, double p99, double max, double mean) {

        static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0);

        static Summary of(Histogram histogram) {
            if (histogram.getTotalCount() == 0) {
                return NONE;
            }
            return new Summary(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
                    ms(histogram.getValueAtPercentile(95)), ms(histogram.getValueAtPercentile(99)),
                    ms(histogram.getMaxValue()), histogram.getMean() / 1000.0);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }

        String text() {
            return count == 0 ? "no samples"
                    : String.format("p50 %s  p95 %s  p99 %s  max %s ms", Format.ms(p50), Format.ms(p95), Format.ms(p99),
                    Format.ms(max));
        }
    }
}
