package org.pathway.workspace.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** Today's date and the time at the sites (all in the UK), for days waited and questionnaire windows. */
@ApplicationScoped
public class Today {

    static final ZoneId SITES = ZoneId.of("Europe/London");
    private final Clock clock = Clock.system(SITES);

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    static LocalDate dateOf(Instant instant) {
        return instant.atZone(SITES).toLocalDate();
    }
}
