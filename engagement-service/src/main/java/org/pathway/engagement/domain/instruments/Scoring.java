package org.pathway.engagement.domain.instruments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathway.chassis.problem.FieldError;

/** Validates and scores outcome questionnaires. Items are in questionnaire order. */
public final class Scoring {

    public static final String ITEMS_FIELD = "items";

    private Scoring() {
    }

    /** Field errors for {@code items} (missing, wrong count) and {@code items[i]} (missing, out of range). */
    public static List<FieldError> validate(Instrument instrument, List<Integer> items) {
        if (items == null) {
            return List.of(new FieldError(ITEMS_FIELD, "is required"));
        }
        if (items.size() != instrument.itemCount()) {
            return List.of(new FieldError(ITEMS_FIELD,
                    instrument.name() + " needs exactly " + instrument.itemCount() + " items"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer item = items.get(i);
            String field = ITEMS_FIELD + "[" + i + "]";
            if (item == null) {
                errors.add(new FieldError(field, "is required"));
            } else if (item < instrument.minItemScore() || item > instrument.maxItemScore()) {
                errors.add(new FieldError(field, "must be between " + instrument.minItemScore()
                        + " and " + instrument.maxItemScore()));
            }
        }
        return errors;
    }

    /**
     * Scores by key, in a stable order: SWEMWBS {@code rawTotal, metricScore}; RCADS25
     * {@code anxiety, depression, total}; ONS4 {@code lifeSatisfaction, worthwhile, happiness, anxiety}.
     *
     * @throws IllegalArgumentException when {@link #validate} reports errors
     */
    public static Map<String, Double> score(Instrument instrument, List<Integer> items) {
        if (!validate(instrument, items).isEmpty()) {
            throw new IllegalArgumentException(instrument.name() + " items are invalid; validate before scoring");
        }
        Map<String, Double> scores = switch (instrument) {
            case SWEMWBS -> swemwbs(items);
            case RCADS25 -> rcads25(items);
            case ONS4 -> ons4(items);
        };
        return Collections.unmodifiableMap(scores);
    }

    private static Map<String, Double> swemwbs(List<Integer> items) {
        int raw = items.stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("rawTotal", (double) raw);
        scores.put("metricScore", SwemwbsConversion.metricScore(raw));
        return scores;
    }

    private static Map<String, Double> rcads25(List<Integer> items) {
        int anxiety = 0;
        int depression = 0;
        for (int i = 0; i < items.size(); i++) {
            if (Rcads25Subscales.isDepressionItem(i + 1)) {
                depression += items.get(i);
            } else {
                anxiety += items.get(i);
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("anxiety", (double) anxiety);
        scores.put("depression", (double) depression);
        scores.put("total", (double) (anxiety + depression));
        return scores;
    }

    private static Map<String, Double> ons4(List<Integer> items) {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("lifeSatisfaction", items.get(0).doubleValue());
        scores.put("worthwhile", items.get(1).doubleValue());
        scores.put("happiness", items.get(2).doubleValue());
        scores.put("anxiety", items.get(3).doubleValue());
        return scores;
    }
}
