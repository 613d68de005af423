package org.pathway.reporting.domain.statistics;

/**
 * Student's t distribution for whole degrees of freedom, implemented here rather than pulling in a
 * statistics library for one confidence interval.
 *
 * <p>The distribution function uses the closed forms for integer degrees of freedom (Abramowitz
 * and Stegun 26.7.3 and 26.7.4): with {@code θ = atan(t / √ν)}, the probability
 * {@code A = P(|T| < t)} is a finite series in {@code cos θ}. These are exact up to rounding, so
 * the quantile, found by bracketed false position on {@code A} (the Illinois variant, which converges
 * in about a dozen evaluations of a series whose length grows with ν, where bisection took about sixty),
 * is accurate far beyond the 1e-3 a published confidence interval needs, for every ν, with no table
 * and no large-ν approximation.
 */
public final class StudentT {

    private static final int MAX_STEPS = 200;

    private StudentT() {
    }

    /** {@code P(T ≤ t)} for {@code df} degrees of freedom. */
    public static double cdf(double t, int df) {
        requirePositive(df);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("t must be a number");
        }
        double half = centralProbability(Math.abs(t), df) / 2;
        return t < 0 ? 0.5 - half : 0.5 + half;
    }

    /**
     * The {@code p} quantile: the {@code t} with {@code P(T ≤ t) = p}; e.g. {@code quantile(0.975, 10)}
     * is 2.228.
     *
     * @throws IllegalArgumentException unless {@code 0 < p < 1} and {@code df ≥ 1}
     */
    public static double quantile(double p, int df) {
        requirePositive(df);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be strictly between 0 and 1");
        }
        if (p < 0.5) {
            return -quantile(1 - p, df);
        }
        double target = 2 * p - 1;
        double low = 0;
        double high = 1;
        while (centralProbability(high, df) < target) {
            low = high;
            high *= 2;
        }
        double lowError = centralProbability(low, df) - target;
        double highError = centralProbability(high, df) - target;
        int lastMoved = 0;
        for (int step = 0; step < MAX_STEPS && high - low > Math.ulp(high); step++) {
            double next = (low * highError - high * lowError) / (highError - lowError);
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            double error = centralProbability(next, df) - target;
            if (error < 0) {
                low = next;
                lowError = error;
                if (lastMoved < 0) {
                    highError /= 2;
                }
                lastMoved = -1;
            } else if (error > 0) {
                high = next;
                highError = error;
                if (lastMoved > 0) {
                    lowError /= 2;
                }
                lastMoved = 1;
            } else {
                return next;
            }
        }
        return (low + high) / 2;
    }

    /** {@code A(t|ν) = P(-t < T < t)} for {@code t ≥ 0}. */
    private static double centralProbability(double t, int df) {
        if (Double.isInfinite(t)) {
            return 1;
        }
        double theta = Math.atan(t / Math.sqrt(df));
        double sin = Math.sin(theta);
        double cos = Math.cos(theta);
        double cos2 = cos * cos;
        if (df == 1) {
            return 2 * theta / Math.PI;
        }
        if (df % 2 == 1) {
            // cos θ + (2/3) cos³θ + (2·4)/(3·5) cos⁵θ + ... up to cos^(ν-2)θ
            double term = cos;
            double sum = term;
            for (int k = 1; k <= (df - 3) / 2; k++) {
                term *= cos2 * (2.0 * k) / (2.0 * k + 1);
                sum += term;
            }
            return 2 / Math.PI * (theta + sin * sum);
        }
        // 1 + (1/2) cos²θ + (1·3)/(2·4) cos⁴θ + ... up to cos^(ν-2)θ
        double term = 1;
        double sum = term;
        for (int k = 1; k <= (df - 2) / 2; k++) {
            term *= cos2 * (2.0 * k - 1) / (2.0 * k);
            sum += term;
        }
        return sin * sum;
    }

    private static void requirePositive(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1");
        }
    }
}
