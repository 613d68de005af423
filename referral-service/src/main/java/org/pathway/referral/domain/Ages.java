package org.pathway.referral.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age in completed years, as eligibility and consent rules use it. */
public final class Ages {

    private Ages() {
    }

    /**
     * Whole years from {@code dateOfBirth} to {@code on}. Someone born on 29 February
     * turns a year older on 1 March in non-leap years.
     */
    public static int onDate(LocalDate dateOfBirth, LocalDate on) {
        if (on.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("Date is before the date of birth");
        }
        return Period.between(dateOfBirth, on).getYears();
    }
}
