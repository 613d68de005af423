package org.pathway.reporting.domain.statistics;

import java.util.Arrays;
import java.util.List;

/**
 * Quartiles of a sample, e.g. days from referral to contact.
 *
 * <p>Computed by linear interpolation between order statistics: for probability {@code p} and the
 * sorted values {@code x[0..n-1]}, {@code h = (n - 1) p} and the quantile is
 * {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}. This is Hyndman and Fan's type 7,
 * the default of R's {@code quantile()} and of Excel's {@code PERCENTILE.INC}, so researchers can
 * reproduce the figures in the tools they use.
 *
 * @param n number of values; the quantiles are null when it is zero
 */
public record Quantiles(int n, Double p25, Double median, Double p75) {

    public static Quantiles of(List<Double> values) {
        double[] sorted = Values.finite(values);
        if (sorted.length == 0) {
            return new Quantiles(0, null, null, null);
        }
        Arrays.sort(sorted);
        return new Quantiles(sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    /** Type-7 quantile of already sorted, non-empty values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
