package org.pathway.reporting.domain.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sample given as its distinct values, each with how often it occurs: the days to contact of
 * 100,000 participants are a few dozen values with their numbers. {@link Quantiles} and
 * {@link Summary} of a frequency table are exactly those of the sample written out value by value.
 */
public final class Frequencies {

    private final TreeMap<Double, Long> counts = new TreeMap<>();
    private long n;

    /** Each of {@code values} once; a missing or non-finite value is a bug upstream, not data. */
    public static Frequencies of(List<Double> values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        Frequencies sample = new Frequencies();
        for (Double value : values) {
            if (value == null) {
                throw new IllegalArgumentException("values must be present and finite");
            }
            sample.add(value, 1);
        }
        return sample;
    }

    /** Adds {@code count} occurrences of {@code value}. */
    public Frequencies add(double value, long count) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("values must be present and finite");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        counts.merge(value, count, Math::addExact);
        n = Math.addExact(n, count);
        return this;
    }

    /** The size of the sample: the sum of the counts. */
    public long n() {
        return n;
    }

    /** The value at {@code index} (from 0) of the sample sorted in ascending order. */
    double orderStatistic(long index) {
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("index " + index + " of a sample of " + n);
        }
        long seen = 0;
        for (Map.Entry<Double, Long> value : counts.entrySet()) {
            seen += value.getValue();
            if (index < seen) {
                return value.getKey();
            }
        }
        throw new IllegalStateException("counts do not add up to " + n);
    }

    /** Σ value × count / n; null for an empty sample. */
    Double mean() {
        if (n == 0) {
            return null;
        }
        double sum = 0;
        for (Map.Entry<Double, Long> value : counts.entrySet()) {
            sum += value.getKey() * value.getValue();
        }
        return sum / n;
    }

    /** Sample standard deviation (denominator n − 1) around {@code mean}, deviations squared after the mean. */
    double sampleSd(double mean) {
        double squares = 0;
        for (Map.Entry<Double, Long> value : counts.entrySet()) {
            double deviation = value.getKey() - mean;
            squares += deviation * deviation * value.getValue();
        }
        return Math.sqrt(squares / (n - 1));
    }
}
