package org.pathway.workspace.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When each questionnaire timepoint is due, counted from the first contact: baseline in the first four weeks,
 * 3 months in weeks 11 to 15, 6 months in weeks 24 to 28 (the windows of the reference study's protocol:
 * the timepoint's date, give or take two weeks).
 */
public record QuestionnaireWindow(String timepoint, String label, LocalDate opens, LocalDate closes) {

    private static final int[][] WEEKS = {{0, 4}, {11, 15}, {24, 28}};
    private static final String[] TIMEPOINTS = {"baseline", "3m", "6m"};
    private static final String[] LABELS = {"Baseline", "3 months", "6 months"};

    /** The three windows of a young person first contacted on that day. */
    public static List<QuestionnaireWindow> after(LocalDate contactedOn) {
        return java.util.stream.IntStream.range(0, TIMEPOINTS.length)
                .mapToObj(i -> new QuestionnaireWindow(TIMEPOINTS[i], LABELS[i], contactedOn.plusWeeks(WEEKS[i][0]),
                        contactedOn.plusWeeks(WEEKS[i][1])))
                .toList();
    }

    /** The window open on that day, if any. */
    public static Optional<QuestionnaireWindow> openOn(LocalDate contactedOn, LocalDate today) {
        return after(contactedOn).stream().filter(w -> !today.isBefore(w.opens) && !today.isAfter(w.closes)).findFirst();
    }
}
