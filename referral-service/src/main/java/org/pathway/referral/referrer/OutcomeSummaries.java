package org.pathway.referral.referrer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The closing message's outcome scores: per instrument, the baseline measure (the earliest one at timepoint
 * {@code baseline}) and the latest measure (the most recently completed, later timepoint first on the same day;
 * the baseline itself when nothing followed it). Instruments in alphabetical order.
 */
public final class OutcomeSummaries {

    /** One stored measure, as this rule needs it. */
    public record Measure(String instrument, String timepoint, LocalDate completedAt, Map<String, Double> scores) {
    }

    static final String BASELINE = "baseline";
    private static final List<String> TIMEPOINT_ORDER = List.of(BASELINE, "3m", "6m");

    private OutcomeSummaries() {
    }

    public static List<MessageFacts.OutcomeScores> of(List<Measure> measures) {
        Map<String, List<Measure>> byInstrument = new TreeMap<>();
        for (Measure measure : measures) {
            byInstrument.computeIfAbsent(measure.instrument(), i -> new ArrayList<>()).add(measure);
        }
        List<MessageFacts.OutcomeScores> summaries = new ArrayList<>();
        byInstrument.forEach((instrument, ofInstrument) -> {
            Comparator<Measure> chronological = Comparator.comparing(Measure::completedAt)
                    .thenComparing(m -> TIMEPOINT_ORDER.indexOf(m.timepoint()));
            Measure baseline = ofInstrument.stream().filter(m -> BASELINE.equals(m.timepoint()))
                    .min(chronological).orElse(null);
            Measure latest = ofInstrument.stream().max(chronological).orElseThrow();
            summaries.add(new MessageFacts.OutcomeScores(instrument, scores(baseline), scores(latest)));
        });
        return summaries;
    }

    private static MessageFacts.Scores scores(Measure measure) {
        return measure == null ? null
                : new MessageFacts.Scores(measure.timepoint(), measure.completedAt(), new TreeMap<>(measure.scores()));
    }
}
