package org.pathway.testkit.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a fixed number of values from a {@link Gen} with a fixed seed, so a failing sweep can be
 * rerun exactly. {@code -Dsweep.seed=...} and {@code -Dsweep.count=...} override the
 * defaults.
 */
public final class Samples {

    private Samples() {
    }

    public static long seed(long defaultSeed) {
        return Long.getLong("sweep.seed", defaultSeed);
    }

    public static int count(int defaultCount) {
        return Integer.getInteger("sweep.count", defaultCount);
    }

    /** {@code count} values of {@code gen}, the same ones for the same seed. */
    public static <T> List<T> draw(Gen<T> gen, int count, long seed) {
        Random random = new Random(seed);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(gen.next(random));
        }
        return values;
    }
}
