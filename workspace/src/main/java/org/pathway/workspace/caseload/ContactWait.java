package org.pathway.workspace.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a young person has waited for the first contact, counted in whole days from the referral date, and
 * whether that is past the site's contact target.
 */
public record ContactWait(long days, boolean overdue) {

    public static ContactWait of(LocalDate referredAt, LocalDate today, int targetDays) {
        long days = Math.max(0, ChronoUnit.DAYS.between(referredAt, today));
        return new ContactWait(days, days > targetDays);
    }
}
