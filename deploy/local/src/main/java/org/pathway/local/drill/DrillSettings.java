package org.pathway.local.drill;

import java.time.Duration;

import org.pathway.local.simulate.CohortSpec;

/**
 * How the drills run: the cohort each drill drives through the stack (its steady traffic), how long the broker and
 * PostgreSQL stay down, how long after the cohort starts being driven a fault lands, how patient the simulated users
 * are while a service cannot answer, and how long the reports may take to equal the ground truth after a fault.
 */
public record DrillSettings(int youngPeople, long seed, Duration brokerDown, Duration postgresDown, Duration lead,
                            Duration patience, Duration recoveryTimeout) {

    public static final int DEFAULT_YOUNG_PEOPLE = 150;

    /** The settings of `./pathway drill` without options: the broker down for 60 s. */
    public static DrillSettings defaults() {
        return new DrillSettings(DEFAULT_YOUNG_PEOPLE, CohortSpec.DEFAULT_SEED, Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(300), Duration.ofSeconds(300));
    }

    public CohortSpec cohort() {
        return new CohortSpec(youngPeople, seed, CohortSpec.DEFAULT_SITES);
    }
}
