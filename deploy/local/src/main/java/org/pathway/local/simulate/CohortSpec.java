package org.pathway.local.simulate;

import java.util.List;

/**
 * Who the simulation refers: how many young people, the seed that decides everything about them,
 * and the sites they are split over (evenly, in turn).
 */
public record CohortSpec(int youngPeople, long seed, List<String> sites) {

    public static final int DEFAULT_YOUNG_PEOPLE = 600;
    public static final long DEFAULT_SEED = 20261120L;
    public static final List<String> DEFAULT_SITES = List.of("north-london", "cardiff-vale");

    public CohortSpec {
        if (youngPeople < 1) {
            throw new IllegalArgumentException("the cohort needs at least one young person");
        }
        sites = List.copyOf(sites);
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("the cohort needs at least one site");
        }
        for (String site : sites) {
            SiteData.of(site);
        }
    }

    /** 600 young people over north-london and cardiff-vale (DOMAIN.md, simulation parameters). */
    public static CohortSpec defaults() {
        return new CohortSpec(DEFAULT_YOUNG_PEOPLE, DEFAULT_SEED, DEFAULT_SITES);
    }
}
