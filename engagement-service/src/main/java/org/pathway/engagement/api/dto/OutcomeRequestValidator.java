package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.domain.NewOutcome;
import org.pathway.engagement.domain.instruments.Instrument;
import org.pathway.engagement.domain.instruments.Scoring;
import org.pathway.engagement.domain.instruments.Timepoint;

/** Field checks for an outcome measure; item checks come from {@link Scoring#validate}. */
public final class OutcomeRequestValidator {

    private OutcomeRequestValidator() {
    }

    /** @throws Problem 400 without a body, 422 naming each field that fails its check */
    public static NewOutcome toOutcome(OutcomeRequest request, LocalDate today) {
        RequestBodies.requireValid(request, () -> validate(request, today));
        return new NewOutcome(Instrument.fromWire(request.instrument()).orElseThrow(),
                Timepoint.fromWire(request.timepoint()).orElseThrow(), request.completedAt(), request.items());
    }

    public static List<FieldError> validate(OutcomeRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Instrument> instrument = Instrument.fromWire(request.instrument());
        if (request.instrument() == null) {
            errors.add(new FieldError("instrument", "is required"));
        } else if (instrument.isEmpty()) {
            errors.add(new FieldError("instrument", "must be one of SWEMWBS, RCADS25, ONS4"));
        }
        if (request.timepoint() == null) {
            errors.add(new FieldError("timepoint", "is required"));
        } else if (Timepoint.fromWire(request.timepoint()).isEmpty()) {
            errors.add(new FieldError("timepoint", "must be one of baseline, 3m, 6m"));
        }
        InputBounds.pastDateError("completedAt", request.completedAt(), today).ifPresent(errors::add);
        if (instrument.isPresent()) {
            errors.addAll(Scoring.validate(instrument.get(), request.items()));
        } else if (request.items() == null) {
            errors.add(new FieldError(Scoring.ITEMS_FIELD, "is required"));
        }
        return errors;
    }
}
