package org.pathway.reporting.domain.statistics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference between two independent means with Welch's 95% confidence interval, as R's
 * {@code t.test(x, y)} (unequal variances) gives it: {@code d = mean(x) − mean(y)},
 * {@code se = √(sx²/nx + sy²/ny)}, Welch–Satterthwaite degrees of freedom
 * {@code df = se⁴ / ((sx²/nx)²/(nx − 1) + (sy²/ny)²/(ny − 1))}, and {@code d ± t(0.975, df) · se}, the t quantile
 * at that (non-integer) df from Apache Commons Math.
 *
 * @param difference null when either sample is empty
 * @param df null when either sample has fewer than 2 values, or both have no spread
 * @param ciLower null with {@code df}
 * @param ciUpper null with {@code df}
 */
public record Welch(long nX, long nY, Double difference, Double df, Double ciLower, Double ciUpper) {

    private static final double CONFIDENCE_QUANTILE = 0.975;

    public static Welch of(Frequencies x, Frequencies y) {
        long nX = x.n();
        long nY = y.n();
        if (nX == 0 || nY == 0) {
            return new Welch(nX, nY, null, null, null, null);
        }
        double meanX = x.mean();
        double meanY = y.mean();
        double difference = meanX - meanY;
        if (nX < 2 || nY < 2) {
            return new Welch(nX, nY, difference, null, null, null);
        }
        double varianceX = square(x.sampleSd(meanX)) / nX;
        double varianceY = square(y.sampleSd(meanY)) / nY;
        double variance = varianceX + varianceY;
        if (variance == 0) {
            return new Welch(nX, nY, difference, null, null, null);
        }
        double df = square(variance) / (square(varianceX) / (nX - 1) + square(varianceY) / (nY - 1));
        double halfWidth = new TDistribution(null, df).inverseCumulativeProbability(CONFIDENCE_QUANTILE)
                * Math.sqrt(variance);
        return new Welch(nX, nY, difference, df, difference - halfWidth, difference + halfWidth);
    }

    private static double square(double value) {
        return value * value;
    }
}
