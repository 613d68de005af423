package org.pathway.local.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.local.simulate.PersonPlan.Outcome;

/**
 * Outcome measures at baseline (first contact), 3 and 6 months: SWEMWBS (7 items 1–5, for 13 and
 * over), RCADS-25 (25 items 0–3) and ONS4 (4 items 0–10). Answers are drawn around a level for the
 * young person that improves a little over the months; completion falls at each follow-up.
 */
final class Questionnaires {

    static final String BASELINE = "baseline";

    private static final String[] TIMEPOINTS = {BASELINE, "3m", "6m"};
    private static final int[] DAYS_AFTER_CONTACT = {0, 91, 182};
    private static final double[] COMPLETED = {0.9, 0.75, 0.6};

    private Questionnaires() {
    }

    /** @param until no questionnaire on or after this date (the young person left the pathway) */
    static List<Outcome> plan(SplittableRandom r, int age, LocalDate contactOn, LocalDate until) {
        double wellbeing = 1.8 + 1.4 * r.nextDouble();
        double distress = 1.0 + 1.2 * r.nextDouble();
        double improvement = 0.15 * r.nextDouble() + 0.1 * r.nextGaussian();
        List<Outcome> outcomes = new ArrayList<>();
        for (int t = 0; t < TIMEPOINTS.length; t++) {
            LocalDate on = contactOn.plusDays(DAYS_AFTER_CONTACT[t]);
            if (!on.isBefore(until)) {
                break;
            }
            timepoint(r, age, t, on, wellbeing, distress, improvement * t * 2, COMPLETED[t], outcomes);
        }
        return outcomes;
    }

    /**
     * A comparison participant's questionnaires: at each timepoint with a date every instrument their age allows
     * (a completed questionnaire is a visit), around a level that changes less than on the pathway.
     *
     * @param on each timepoint's completion date, baseline first; null where none is completed
     */
    static List<Outcome> comparison(SplittableRandom r, int age, LocalDate[] on) {
        double wellbeing = 1.8 + 1.4 * r.nextDouble();
        double distress = 1.0 + 1.2 * r.nextDouble();
        double drift = 0.04 * r.nextDouble() + 0.1 * r.nextGaussian();
        List<Outcome> outcomes = new ArrayList<>();
        for (int t = 0; t < TIMEPOINTS.length; t++) {
            if (on[t] != null) {
                timepoint(r, age, t, on[t], wellbeing, distress, drift * t * 2, 1, outcomes);
            }
        }
        return outcomes;
    }

    static String timepoint(int t) {
        return TIMEPOINTS[t];
    }

    /** Each instrument of timepoint {@code t}, completed with probability {@code completed} (SWEMWBS from 13). */
    private static void timepoint(SplittableRandom r, int age, int t, LocalDate on, double wellbeing, double distress,
                                  double change, double completed, List<Outcome> outcomes) {
        if (age >= 13 && r.nextDouble() < completed) {
            outcomes.add(new Outcome("SWEMWBS", TIMEPOINTS[t], on, items(r, 7, wellbeing + change, 1, 5)));
        }
        if (r.nextDouble() < completed) {
            outcomes.add(new Outcome("RCADS25", TIMEPOINTS[t], on, items(r, 25, distress - change, 0, 3)));
        }
        if (r.nextDouble() < completed) {
            double life = 3 + 2 * wellbeing + 2 * change;
            List<Integer> ons = new ArrayList<>(items(r, 3, life, 0, 10));
            ons.add(clamp(Math.round(11 - life + r.nextGaussian()), 0, 10));
            outcomes.add(new Outcome("ONS4", TIMEPOINTS[t], on, List.copyOf(ons)));
        }
    }

    private static List<Integer> items(SplittableRandom r, int count, double level, int min, int max) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(clamp(Math.round(level + 0.8 * r.nextGaussian()), min, max));
        }
        return List.copyOf(items);
    }

    private static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
