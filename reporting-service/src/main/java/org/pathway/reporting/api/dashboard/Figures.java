package org.pathway.reporting.api.dashboard;

import java.util.Locale;

import org.pathway.reporting.domain.suppression.SuppressedCount;
import org.pathway.reporting.domain.suppression.SuppressedPence;
import org.pathway.reporting.domain.suppression.SuppressedRate;
import org.pathway.reporting.domain.suppression.SuppressedValue;

/** How the dashboard writes a figure: as the reader expects it, and "withheld" where the report withholds it. */
final class Figures {

    static final String WITHHELD = "withheld";
    static final String NONE = "\u2013";

    private Figures() {
    }

    /** A count or a number of days: whole numbers without decimals, others with one. */
    static String number(Double value) {
        if (value == null) {
            return NONE;
        }
        if (value == Math.rint(value)) {
            return String.format(Locale.UK, "%,d", value.longValue());
        }
        return String.format(Locale.UK, "%,.1f", value);
    }

    /** Integer pence as pounds. */
    static String pounds(Long pence) {
        if (pence == null) {
            return NONE;
        }
        return String.format(Locale.UK, "\u00a3%,.2f", pence / 100.0);
    }

    static String count(SuppressedCount count) {
        return count.suppressed() ? WITHHELD : number(count.value().doubleValue());
    }

    static String statistic(SuppressedValue value) {
        return value.suppressed() ? WITHHELD : number(value.value());
    }

    static String percent(SuppressedRate rate) {
        if (rate.suppressed()) {
            return WITHHELD;
        }
        return rate.value() == null ? NONE : Math.round(rate.value() * 1000) / 10.0 + "%";
    }

    static String pence(SuppressedPence pence) {
        return pence.suppressed() ? WITHHELD : pounds(pence.value());
    }
}
