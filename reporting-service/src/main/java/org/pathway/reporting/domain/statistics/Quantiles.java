package org.pathway.reporting.domain.statistics;

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
        return of(Frequencies.of(values));
    }

    public static Quantiles of(Frequencies sample) {
        if (sample.n() == 0) {
            return new Quantiles(0, null, null, null);
        }
        return new Quantiles(Math.toIntExact(sample.n()), quantile(sample, 0.25), quantile(sample, 0.5),
                quantile(sample, 0.75));
    }

    /** Type-7 quantile of a non-empty sample. */
    static double quantile(Frequencies sample, double p) {
        double h = (sample.n() - 1) * p;
        long lower = (long) Math.floor(h);
        long upper = Math.min(lower + 1, sample.n() - 1);
        double below = sample.orderStatistic(lower);
        return below + (h - lower) * (sample.orderStatistic(upper) - below);
    }
}
