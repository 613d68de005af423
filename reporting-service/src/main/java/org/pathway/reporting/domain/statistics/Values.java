package org.pathway.reporting.domain.statistics;

import java.util.List;

/** Input checks shared by the statistics: a missing or non-finite value is a bug upstream, not data. */
final class Values {

    private Values() {
    }

    static double[] finite(List<Double> values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            Double value = values.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be present and finite");
            }
            result[i] = value;
        }
        return result;
    }
}
