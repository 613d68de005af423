package org.pathway.reporting.domain.statistics;

import java.util.List;

/**
 * Mean and sample standard deviation (denominator {@code n - 1}) of a sample, e.g. SWEMWBS metric
 * scores at one timepoint.
 *
 * @param mean null when {@code n} is 0
 * @param sd null when {@code n} is below 2, where a sample standard deviation is undefined
 */
public record Summary(int n, Double mean, Double sd) {

    public static Summary of(List<Double> values) {
        return of(Frequencies.of(values));
    }

    /** Two passes over the table (mean first, then squared deviations) to avoid the cancellation of sum-of-squares. */
    public static Summary of(Frequencies sample) {
        int n = Math.toIntExact(sample.n());
        if (n == 0) {
            return new Summary(0, null, null);
        }
        double mean = sample.mean();
        return new Summary(n, mean, n < 2 ? null : sample.sampleSd(mean));
    }
}
