package org.pathway.workspace.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire timepoint whose window has opened and which still lacks some of the three instruments (the
 * protocol takes SWEMWBS, RCADS-25 and ONS4 at each): due while its window is open, missed once it has closed.
 */
public record QuestionnairesDue(QuestionnaireWindow window, List<String> missing, boolean open) {

    /** The instruments as engagement-service names them, in the order the forms list them. */
    public static final List<String> INSTRUMENTS = List.of("SWEMWBS", "RCADS25", "ONS4");

    /**
     * The timepoints of a young person first contacted on that day still lacking an instrument on {@code today}.
     *
     * @param recorded what engagement-service holds for them, as {@link #key(String, String)}
     */
    public static List<QuestionnairesDue> of(LocalDate contactedOn, LocalDate today, Set<String> recorded) {
        return QuestionnaireWindow.after(contactedOn).stream()
                .filter(window -> !today.isBefore(window.opens()))
                .map(window -> new QuestionnairesDue(window, INSTRUMENTS.stream()
                        .filter(instrument -> !recorded.contains(key(instrument, window.timepoint()))).toList(),
                        !today.isAfter(window.closes())))
                .filter(due -> !due.missing().isEmpty())
                .toList();
    }

    /** One recorded measure: instrument and timepoint. */
    public static String key(String instrument, String timepoint) {
        return instrument + "@" + timepoint;
    }
}
