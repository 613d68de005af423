package org.pathway.referral.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.pathway.chassis.problem.Problem;

/**
 * When a site may register comparison participants: only once it has a pathway start date, and only for a
 * registration dated before it (the comparison group is recruited on the same waiting list before the pathway
 * starts there). A pure rule; {@link #require} turns its verdict into the client's error.
 */
public final class ComparisonWindow {

    /** What the rule says of one registration. */
    public enum Verdict {
        OPEN,
        /** The site has no {@code pathwayStartDate}: it recruits no comparison group (409). */
        NO_PATHWAY_START_DATE,
        /** {@code registeredOn} is on or after the start date: the young person would be offered the pathway (422). */
        PATHWAY_STARTED
    }

    private ComparisonWindow() {
    }

    public static Verdict of(Optional<LocalDate> pathwayStartDate, LocalDate registeredOn) {
        if (pathwayStartDate.isEmpty()) {
            return Verdict.NO_PATHWAY_START_DATE;
        }
        return registeredOn.isBefore(pathwayStartDate.get()) ? Verdict.OPEN : Verdict.PATHWAY_STARTED;
    }

    /** @throws Problem 409 when the site has no start date, 422 naming {@code registeredOn} when it is not before it */
    public static void require(Optional<LocalDate> pathwayStartDate, LocalDate registeredOn) {
        switch (of(pathwayStartDate, registeredOn)) {
            case OPEN -> {
            }
            case NO_PATHWAY_START_DATE -> throw Problem.conflict("This site has no pathwayStartDate (site setting "
                    + "pathway-start-date): it registers no comparison participants until one is configured.");
            case PATHWAY_STARTED -> throw Problem.invalid("registeredOn",
                    "must be before the site's pathwayStartDate (" + pathwayStartDate.orElseThrow() + ")");
        }
    }
}
