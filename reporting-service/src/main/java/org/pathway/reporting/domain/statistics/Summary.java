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
        double[] x = Values.finite(values);
        int n = x.length;
        if (n == 0) {
            return new Summary(0, null, null);
        }
        double mean = mean(x);
        return new Summary(n, mean, n < 2 ? null : sampleSd(x, mean));
    }

    static double mean(double[] x) {
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        return sum / x.length;
    }

    /** Two passes (mean first, then squared deviations) to avoid the cancellation of sum-of-squares. */
    static double sampleSd(double[] x, double mean) {
        double squares = 0;
        for (double value : x) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }
}
