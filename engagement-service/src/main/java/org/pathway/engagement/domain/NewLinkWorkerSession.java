package org.pathway.engagement.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A link-worker session to record, already checked. */
public record NewLinkWorkerSession(LocalDate date, int minutes, SessionMode mode) {

    public NewLinkWorkerSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
    }
}
