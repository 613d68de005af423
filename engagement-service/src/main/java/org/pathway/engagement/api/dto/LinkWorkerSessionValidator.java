package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.engagement.domain.NewLinkWorkerSession;
import org.pathway.engagement.domain.SessionMode;

/** Field checks for a link-worker session. */
public final class LinkWorkerSessionValidator {

    public static final int MIN_MINUTES = 1;
    /** A working day; anything longer is a typing error, and it feeds the cost report. */
    public static final int MAX_MINUTES = 480;

    private LinkWorkerSessionValidator() {
    }

    /** @throws Problem 400 without a body, 422 naming each field that fails its check */
    public static NewLinkWorkerSession toSession(LinkWorkerSessionRequest request, LocalDate today) {
        RequestBodies.requireValid(request, () -> validate(request, today));
        return new NewLinkWorkerSession(request.date(), request.minutes(),
                SessionMode.fromWire(request.mode()).orElseThrow());
    }

    public static List<FieldError> validate(LinkWorkerSessionRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        InputBounds.pastDateError("date", request.date(), today).ifPresent(errors::add);
        if (request.minutes() == null) {
            errors.add(new FieldError("minutes", "is required"));
        } else if (request.minutes() < MIN_MINUTES || request.minutes() > MAX_MINUTES) {
            errors.add(new FieldError("minutes", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES));
        }
        if (request.mode() == null) {
            errors.add(new FieldError("mode", "is required"));
        } else if (SessionMode.fromWire(request.mode()).isEmpty()) {
            errors.add(new FieldError("mode", "must be one of phone, video, in-person, text"));
        }
        return errors;
    }
}
