package org.pathway.local.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.local.simulate.PersonPlan.Consent;
import org.pathway.local.simulate.PersonPlan.Exit;
import org.pathway.local.simulate.PersonPlan.YoungPerson;

/**
 * The comparison group of a run (issue 20): at each site, young people on the same waiting list registered before
 * the pathway started there, who consent to questionnaires only. Registered on the run's referral days (each site's
 * {@code pathwayStartDate} must come after them), eligible as a referral must be, then questionnaires at baseline
 * (registration), 3 and 6 months: in the window, late, or not at all, and some withdraw. Decided from the seed
 * alone, on a random stream of its own, so the pathway cohort of a seed is the same with or without it.
 */
final class ComparisonCohort {

    /** Days after registration each timepoint is due (reporting-service's retention report). */
    static final int[] DUE_DAYS = {0, 91, 182};
    /** Not completed at the timepoint, and completed late (after the window of ± 21 days), by timepoint. */
    static final double[] MISSED = {0.08, 0.22, 0.32};
    static final double[] LATE = {0.0, 0.12, 0.15};
    static final double WITHDRAW_ALL = 0.03;
    static final double WITHDRAW_FUTURE = 0.07;
    /** The comparison group of each site: a third of its pathway cohort, at least this many. */
    static final int AT_LEAST = 12;

    private ComparisonCohort() {
    }

    /** How many comparison participants each site registers for a cohort of {@code youngPeople} over the sites. */
    static int perSite(CohortSpec spec) {
        return Math.max(AT_LEAST, spec.youngPeople() / spec.sites().size() / 3);
    }

    /**
     * @param sites the sites that register a comparison group (their pathway starts after the run's referral days)
     * @return plans indexed after the pathway cohort's
     */
    static List<PersonPlan> generate(CohortSpec spec, List<String> sites, LocalDate start, int run) {
        SplittableRandom root = new SplittableRandom(spec.seed() ^ 0x636f6d70L);
        int perSite = perSite(spec);
        if (spec.youngPeople() + perSite * spec.sites().size() > CohortGenerator.MAX_YOUNG_PEOPLE) {
            throw new IllegalArgumentException("at most " + CohortGenerator.MAX_YOUNG_PEOPLE
                    + " young people per run, comparison group included");
        }
        List<PersonPlan> people = new ArrayList<>();
        int index = spec.youngPeople();
        for (String site : spec.sites()) {
            for (int i = 0; i < perSite; i++, index++) {
                SplittableRandom r = root.split();
                if (sites.contains(site)) {
                    people.add(person(index, SiteData.of(site), start, run, spec.seed(), r));
                }
            }
        }
        return people;
    }

    private static PersonPlan person(int index, SiteData site, LocalDate start, int run, long seed, SplittableRandom r) {
        LocalDate registeredOn = start.plusDays(r.nextInt(CohortGenerator.REFERRAL_DAYS));
        int age = CohortGenerator.eligibleAge(r);
        String district = site.districts().get(r.nextInt(site.districts().size()));
        String letters = CohortGenerator.INWARD_LETTERS;
        String postcode = district + " " + r.nextInt(10) + letters.charAt(r.nextInt(letters.length()))
                + letters.charAt(r.nextInt(letters.length()));
        YoungPerson youngPerson = new YoungPerson(NhsNumbers.fromSerial((long) run * CohortGenerator.MAX_YOUNG_PEOPLE
                + index), CohortGenerator.GIVEN.get(r.nextInt(CohortGenerator.GIVEN.size())),
                CohortGenerator.FAMILY.get(r.nextInt(CohortGenerator.FAMILY.size())),
                registeredOn.minusYears(age).minusDays(1 + r.nextInt(364)),
                CohortGenerator.pick(r, CohortGenerator.GENDERS, CohortGenerator.GENDER_WEIGHTS),
                CohortGenerator.ethnicCategory(r, site), postcode,
                site.languages().contains("cy") && r.nextDouble() < 0.15 ? "cy" : "en");
        // questionnaires only, for research: consent to research is what they give
        Consent consent = new Consent(true, age < 16 || r.nextDouble() < 0.6, null, true);
        String reference = "SIM-C-%d-%d-%05d".formatted(Math.floorMod(seed, 100_000L), run, index);
        PersonPlan.Builder plan = new PersonPlan.Builder(index, site.siteId(), reference, youngPerson, registeredOn,
                registeredOn.minusDays(r.nextInt(90)), CohortGenerator.pickSome(r, CohortGenerator.NEEDS_IN_SCOPE, 2),
                "moderate", r.nextDouble() < 0.7 ? "low" : "medium", consent,
                CohortGenerator.pickSome(r, CohortGenerator.INTERESTS, 3), List.of(), PersonPlan.ACCEPTED);
        plan.comparison = true;
        plan.exit = withdrawal(r, registeredOn);
        plan.outcomes = Questionnaires.comparison(r, age, completions(r, registeredOn, plan.exit));
        return plan.build();
    }

    /** Each timepoint's completion date, null where not completed (or due after a withdrawal). */
    static LocalDate[] completions(SplittableRandom r, LocalDate registeredOn, Exit exit) {
        LocalDate[] on = new LocalDate[DUE_DAYS.length];
        for (int t = 0; t < DUE_DAYS.length; t++) {
            LocalDate due = registeredOn.plusDays(DUE_DAYS[t]);
            double u = r.nextDouble();
            LocalDate date = u < MISSED[t] ? null
                    : u < MISSED[t] + LATE[t] ? due.plusDays(22 + r.nextInt(25))
                    : due.plusDays(t == 0 ? r.nextInt(8) : r.nextInt(29) - 14);
            // no questionnaire once consent is withdrawn
            on[t] = date != null && (exit == null || date.isBefore(exit.on())) ? date : null;
        }
        return on;
    }

    private static Exit withdrawal(SplittableRandom r, LocalDate registeredOn) {
        double u = r.nextDouble();
        LocalDate on = registeredOn.plusDays(30 + r.nextInt(170));
        if (u < WITHDRAW_ALL) {
            return new Exit(Exit.WITHDRAW, WithdrawalScope.ALL.wire(), on);
        }
        return u < WITHDRAW_ALL + WITHDRAW_FUTURE ? new Exit(Exit.WITHDRAW, WithdrawalScope.FUTURE.wire(), on) : null;
    }
}
