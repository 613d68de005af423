package org.pathway.local.bench;

import java.util.Locale;

/**
 * A performance target of the platform (docs/performance.md) and whether a measured figure meets it, and if not by
 * how much.
 *
 * @param text      the target as written ("intake ≥ 50% of the database ceiling")
 * @param check     what is compared
 * @param threshold the bound: a ratio (0.5), milliseconds (1000) or a rate (2000)
 */
record Target(String text, Check check, double threshold) {

    enum Check {
        /** a throughput ratio to its ceiling, at least the threshold */
        RATIO_AT_LEAST,
        /** a latency in ms, at most the threshold */
        MILLIS_AT_MOST,
        /** a rate per second, at least the threshold */
        RATE_AT_LEAST
    }

    static final Target INTAKE = new Target("intake ≥ 50% of the database ceiling", Check.RATIO_AT_LEAST, 0.5);
    static final Target END_TO_END = new Target("end-to-end p95 ≤ 1 s at 100 referrals/s", Check.MILLIS_AT_MOST, 1000);
    static final Target WEBHOOKS = new Target("webhooks ≥ 2,000 attendance events/s", Check.RATE_AT_LEAST, 2000);
    static final Target ABSORBED = new Target("whole platform absorbs ≥ 300 referrals/s for 60 s, lag 0 within 5 s",
            Check.RATE_AT_LEAST, 300);

    /** The verdict for a measured value (a ratio, ms or a rate, as {@link #check} says). */
    Verdict judge(double measured) {
        if (Double.isNaN(measured)) {
            return new Verdict(this, measured, false, "not measured");
        }
        boolean met = switch (check) {
            case RATIO_AT_LEAST, RATE_AT_LEAST -> measured >= threshold;
            case MILLIS_AT_MOST -> measured <= threshold;
        };
        return new Verdict(this, measured, met, met ? "met" : "MISSED: " + shortfall(measured));
    }

    /**
     * The end-to-end verdict over every referral offered: one that never got its {@code 201}, or was not counted,
     * has no latency at all, so when more than 5% of those offered were not counted the p95 of all offered is
     * unbounded and the target is missed whatever the p95 of those counted.
     */
    static Verdict endToEnd(double p95OfCounted, long offered, long counted) {
        if (offered > 0 && counted < offered * 0.95) {
            return new Verdict(END_TO_END, p95OfCounted, false, String.format(Locale.ROOT,
                    "MISSED: only %d of %d referrals offered were accepted and counted (%s), so the p95 of all offered "
                            + "is unbounded; p95 of those counted %s ms", counted, offered,
                    Format.percent(counted / (double) offered), Format.ms(p95OfCounted)));
        }
        return END_TO_END.judge(p95OfCounted);
    }

    private String shortfall(double measured) {
        if (measured <= 0 && check != Check.MILLIS_AT_MOST) {
            return "nothing got through";
        }
        return switch (check) {
            case RATIO_AT_LEAST -> String.format(Locale.ROOT, "%s < %s, %.0f points short; needs %s the throughput",
                    Format.percent(measured), Format.percent(threshold), (threshold - measured) * 100,
                    Format.times(threshold / measured));
            case RATE_AT_LEAST -> String.format(Locale.ROOT, "%s/s < %s/s, %s/s short; needs %s the throughput",
                    Format.rate(measured), Format.rate(threshold), Format.rate(threshold - measured),
                    Format.times(threshold / measured));
            case MILLIS_AT_MOST -> String.format(Locale.ROOT, "%s ms > %s ms, %s ms over; needs %s faster",
                    Format.ms(measured), Format.ms(threshold), Format.ms(measured - threshold),
                    Format.times(measured / threshold));
        };
    }

    record Verdict(Target target, double measured, boolean met, String text) {
    }
}
