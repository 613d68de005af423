package org.pathway.engagement.api.dto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.problem.FieldError;
import org.pathway.engagement.domain.ReportedAttendance;

/** Field checks for attendance webhook bodies; messages never echo the submitted values. */
public final class AttendanceItemValidator {

    public static final int MAX_EVENT_ID_LENGTH = 100;
    /** Providers in other time zones or posting just after midnight may be a day ahead of us. */
    public static final int MAX_DAYS_IN_FUTURE = 1;

    private AttendanceItemValidator() {
    }

    /** The session the item reports, or empty when it fails a check (the whole item is then rejected). */
    public static Optional<ReportedAttendance> toReported(AttendanceItem item, int index, LocalDate today) {
        if (!validate(item, index, today).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportedAttendance(item.eventId(), item.placementId(), item.sessionDate(),
                AttendanceStatus.fromWire(item.status()).orElseThrow()));
    }

    /** Errors for the whole batch, with paths like {@code events[3].status}. */
    public static List<FieldError> validate(AttendanceBatch batch, LocalDate today) {
        if (batch == null || batch.events() == null) {
            return List.of(new FieldError("events", "is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.events().size(); i++) {
            errors.addAll(validate(batch.events().get(i), i, today));
        }
        return errors;
    }

    /** Errors for one event at position {@code index} of the batch. */
    public static List<FieldError> validate(AttendanceItem item, int index, LocalDate today) {
        String prefix = "events[" + index + "]";
        if (item == null) {
            return List.of(new FieldError(prefix, "is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (item.eventId() == null || item.eventId().isBlank()) {
            errors.add(new FieldError(prefix + ".eventId", "is required"));
        } else if (item.eventId().length() > MAX_EVENT_ID_LENGTH) {
            errors.add(new FieldError(prefix + ".eventId", "must be 1 to " + MAX_EVENT_ID_LENGTH + " characters"));
        } else if (!InputBounds.isPlainText(item.eventId())) {
            errors.add(new FieldError(prefix + ".eventId", "must not contain control characters or invalid Unicode"));
        }
        if (item.placementId() == null) {
            errors.add(new FieldError(prefix + ".placementId", "is required"));
        }
        if (item.sessionDate() == null) {
            errors.add(new FieldError(prefix + ".sessionDate", "is required"));
        } else if (item.sessionDate().isAfter(today.plusDays(MAX_DAYS_IN_FUTURE))) {
            errors.add(new FieldError(prefix + ".sessionDate", "must not be more than 1 day in the future"));
        } else if (InputBounds.tooEarly(item.sessionDate())) {
            errors.add(new FieldError(prefix + ".sessionDate", InputBounds.TOO_EARLY));
        }
        if (item.status() == null) {
            errors.add(new FieldError(prefix + ".status", "is required"));
        } else if (AttendanceStatus.fromWire(item.status()).isEmpty()) {
            errors.add(new FieldError(prefix + ".status", "must be one of attended, missed, cancelled"));
        }
        return errors;
    }
}
