package org.pathway.chassis.config;

import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** One hosted site's settings. */
public interface SiteConfig {

    Nation nation();

    /** Youngest eligible age on the referral date (DOMAIN.md: per-site, default 11). */
    @WithDefault("11")
    int minAge();

    /** Oldest eligible age on the referral date (default 18). */
    @WithDefault("18")
    int maxAge();

    /** Presenting needs the site's pathway accepts. */
    @WithDefault("anxiety,depression,trauma")
    Set<String> needsInScope();

    /**
     * Link-worker cost per hour in pence. Default: ~£40,000 a year per FTE over ~1,560 working
     * hours ≈ £25.64 (a modelling choice, DOMAIN.md).
     */
    @WithDefault("2564")
    int linkWorkerHourlyRatePence();

    Engagement engagement();

    /**
     * Days either side of a follow-up questionnaire's due date (baseline at acceptance, 3 months at 91
     * days, 6 months at 182 days after it) within which it counts as completed in its window (default 21).
     */
    @WithDefault("21")
    int retentionWindowDays();

    /**
     * The day the pathway starts at the site (property {@code pathway-start-date}, ISO date). Before it, link workers
     * register the comparison group (young people on the same waiting list, questionnaires only); a site without
     * one registers none.
     */
    Optional<LocalDate> pathwayStartDate();

    enum Nation { ENGLAND, WALES }

    /** Thresholds of the engagement status rules (API.md). */
    interface Engagement {
        @WithDefault("1")
        int connectedAfter();

        @WithDefault("3")
        int engagedAfter();

        @WithDefault("6")
        int sustainedAfter();

        @WithDefault("3")
        int consecutiveMissesToDisengage();

        @WithDefault("28")
        int daysWithoutAttendanceToDisengage();
    }
}
