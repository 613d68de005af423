package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.pathway.engagement.domain.instruments.Instrument;
import org.pathway.engagement.domain.instruments.Timepoint;

/** An outcome measure to score and record, already checked: item answers in questionnaire order. */
public record NewOutcome(Instrument instrument, Timepoint timepoint, LocalDate completedAt, List<Integer> items) {

    public NewOutcome {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(completedAt, "completedAt");
        items = List.copyOf(items);
    }
}
