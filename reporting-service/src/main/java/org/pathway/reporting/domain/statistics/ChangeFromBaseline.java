package org.pathway.reporting.domain.statistics;

import java.util.List;

/**
 * Mean within-participant change from baseline to a follow-up timepoint, with a 95% confidence
 * interval {@code mean ± t(0.975, n - 1) · sd / √n}, using the sample sd of the changes and
 * Student's t with {@code n - 1} degrees of freedom. Change is follow-up minus baseline, so a
 * positive change means the score rose (better for SWEMWBS, worse for RCADS-25).
 *
 * @param n participants with both a baseline and a follow-up score
 * @param meanChange null when {@code n} is 0
 * @param ciLower null when {@code n} is below 2
 * @param ciUpper null when {@code n} is below 2
 */
public record ChangeFromBaseline(int n, Double meanChange, Double ciLower, Double ciUpper) {

    private static final double CONFIDENCE_QUANTILE = 0.975;

    /**
     * @param pairs one {@code {baseline, followUp}} per participant who has both
     * @throws IllegalArgumentException when a pair is not two finite scores
     */
    public static ChangeFromBaseline of(List<double[]> pairs) {
        if (pairs == null) {
            throw new IllegalArgumentException("pairs must not be null");
        }
        Frequencies changes = new Frequencies();
        for (double[] pair : pairs) {
            changes.add(change(pair), 1);
        }
        return of(changes);
    }

    /** @param changes the follow-up minus baseline score of each participant who has both, as a frequency table */
    public static ChangeFromBaseline of(Frequencies changes) {
        int n = Math.toIntExact(changes.n());
        if (n == 0) {
            return new ChangeFromBaseline(0, null, null, null);
        }
        double mean = changes.mean();
        if (n < 2) {
            return new ChangeFromBaseline(n, mean, null, null);
        }
        double halfWidth = StudentT.quantile(CONFIDENCE_QUANTILE, n - 1) * changes.sampleSd(mean) / Math.sqrt(n);
        return new ChangeFromBaseline(n, mean, mean - halfWidth, mean + halfWidth);
    }

    private static double change(double[] pair) {
        if (pair == null || pair.length != 2 || !Double.isFinite(pair[0]) || !Double.isFinite(pair[1])) {
            throw new IllegalArgumentException("each pair must hold a finite baseline and follow-up score");
        }
        return pair[1] - pair[0];
    }
}
