package org.pathway.engagement.domain.instruments;

/**
 * SWEMWBS raw total (7-35) to metric score. The raw total is ordinal; the published Rasch-based
 * conversion (Stewart-Brown et al. 2009, Health Qual Life Outcomes 7:15; the conversion table
 * distributed by Warwick Medical School) makes scores comparable across studies, so reports use it.
 *
 * <p>Values as reproduced identically in two independent public scoring scripts (a TypeScript
 * {@code swemwbs-rasch.ts} and an R {@code conversion_table} for WEMWBS/SWEMWBS), which also match
 * the end points and first steps quoted from the Warwick table (7 -> 7.00, 8 -> 9.51, 9 -> 11.25,
 * 35 -> 35.00). Re-check against the Warwick PDF before publishing results.
 */
final class SwemwbsConversion {

    static final int MIN_RAW = 7;
    static final int MAX_RAW = 35;

    private static final double[] METRIC_BY_RAW = {
        7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, // raw 7-16
        16.88, 17.43, 17.98, 18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, // raw 17-26
        24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00, // raw 27-35
    };

    private SwemwbsConversion() {
    }

    static double metricScore(int rawTotal) {
        if (rawTotal < MIN_RAW || rawTotal > MAX_RAW) {
            throw new IllegalArgumentException("SWEMWBS raw total must be between 7 and 35");
        }
        return METRIC_BY_RAW[rawTotal - MIN_RAW];
    }
}
