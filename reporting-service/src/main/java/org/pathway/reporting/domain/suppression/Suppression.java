package org.pathway.reporting.domain.suppression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-number suppression of published counts, so that no output lets a reader single out a
 * young person.
 *
 * <p>Primary suppression: a count of 1 to 4 is withheld. A count of 0 is shown, because an empty
 * cell says nothing about any individual, and withholding zeros would hide whether a group exists.
 *
 * <p>Secondary suppression: a report publishes the all-groups total next to the groups of one
 * grouping. If exactly one cell of a column were withheld, subtracting the shown cells from the
 * total would give it back, so the next-smallest shown non-zero cell of that column is withheld
 * too. Two or more withheld cells already hide each other. When no such cell exists the only
 * non-zero cell is the whole total, which is then itself 1 to 4 and withheld.
 *
 * <p>Anything derived from a withheld count (a rate, a mean) is withheld as well.
 */
public final class Suppression {

    /** Smallest count shown. */
    public static final int THRESHOLD = 5;

    private static final int RATE_DECIMALS = 3;

    private Suppression() {
    }

    /** Primary suppression of a single count, e.g. the all-groups total. */
    public static SuppressedCount count(long count) {
        requireNonNegative(count);
        return primarySuppressed(count) ? SuppressedCount.withheld() : SuppressedCount.shown(count);
    }

    /**
     * Suppresses one column of a report: the counts of each group of one grouping, in row order,
     * with the all-groups total of the same column that is published alongside.
     *
     * <p>Which extra cell to withhold is decided deterministically: the smallest shown non-zero
     * count, and among equal counts the first in row order, so the same data always produces the
     * same table.
     *
     * @param total the all-groups row of this column; each group is a subset of it, so no count may
     *              exceed it (with overlapping groups such as needs the counts may add up to more)
     * @return one cell per count, in the same order
     * @throws IllegalArgumentException for a negative count or a count above the total
     */
    public static List<SuppressedCount> column(List<Long> counts, long total) {
        requireNonNegative(total);
        for (Long count : counts) {
            requireNonNegative(count);
            if (count > total) {
                throw new IllegalArgumentException("a group count cannot exceed the all-groups total");
            }
        }
        List<SuppressedCount> cells = new ArrayList<>(counts.stream().map(Suppression::count).toList());
        long withheld = cells.stream().filter(SuppressedCount::suppressed).count();
        if (withheld == 1) {
            IntStream.range(0, counts.size())
                    .filter(i -> !cells.get(i).suppressed() && counts.get(i) > 0)
                    .boxed()
                    .min(Comparator.<Integer>comparingLong(counts::get).thenComparingInt(i -> i))
                    .ifPresent(i -> cells.set(i, SuppressedCount.withheld()));
        }
        return List.copyOf(cells);
    }

    /**
     * {@code numerator / denominator}, rounded half-up to three decimals; withheld when either count
     * is, and null but not withheld when the denominator is zero.
     */
    public static SuppressedRate rate(SuppressedCount numerator, SuppressedCount denominator) {
        if (numerator.suppressed() || denominator.suppressed()) {
            return SuppressedRate.withheld();
        }
        if (denominator.value() == 0) {
            return new SuppressedRate(null, false);
        }
        BigDecimal rate = BigDecimal.valueOf(numerator.value())
                .divide(BigDecimal.valueOf(denominator.value()), RATE_DECIMALS, RoundingMode.HALF_UP);
        return new SuppressedRate(rate.doubleValue(), false);
    }

    /**
     * A statistic computed from the {@code n} participants of a cell, rounded half-up to three
     * decimals; withheld when {@code n} is, since e.g. the median of three values is one
     * participant's value.
     *
     * @param value null when the statistic is undefined for the data
     */
    public static SuppressedValue statistic(Double value, SuppressedCount n) {
        if (n.suppressed()) {
            return SuppressedValue.withheld();
        }
        if (value == null) {
            return new SuppressedValue(null, false);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a statistic must be finite");
        }
        double rounded = BigDecimal.valueOf(value).setScale(RATE_DECIMALS, RoundingMode.HALF_UP).doubleValue();
        return new SuppressedValue(rounded, false);
    }

    private static boolean primarySuppressed(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private static void requireNonNegative(Long count) {
        if (count == null || count < 0) {
            throw new IllegalArgumentException("counts must be present and not negative");
        }
    }
}
