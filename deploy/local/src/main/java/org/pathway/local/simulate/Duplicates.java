package org.pathway.local.simulate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Turns the cohort's {@code DUPLICATE_ACTIVE_REFERRAL} slots into a second referral of a young person
 * whose first referral at the site is still active when the second arrives: referred at least a week
 * later, while the first is neither declined nor closed nor withdrawn (for at least another week), and
 * still within the site's age range. A slot with no such young person becomes a referral without
 * consent.
 */
final class Duplicates {

    static final String DUPLICATE = "DUPLICATE_ACTIVE_REFERRAL";

    private Duplicates() {
    }

    static List<PersonPlan> resolve(List<PersonPlan> people, SplittableRandom r) {
        List<PersonPlan> resolved = new ArrayList<>(people);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            PersonPlan slot = resolved.get(i);
            if (!DUPLICATE.equals(slot.expectedDecision())) {
                continue;
            }
            List<PersonPlan> candidates = new ArrayList<>();
            for (PersonPlan original : people) {
                if (!used.contains(original.index()) && activeThroughout(original, slot.siteId(), slot.referredAt())) {
                    candidates.add(original);
                }
            }
            PersonPlan.Builder builder = new PersonPlan.Builder(slot);
            if (candidates.isEmpty()) {
                builder.expectedDecision = "NO_CONSENT";
                builder.consent = new PersonPlan.Consent(false, slot.consent().guardian(), null, slot.consent().research());
            } else {
                PersonPlan original = candidates.get(r.nextInt(candidates.size()));
                used.add(original.index());
                builder.duplicateOf = original.index();
                builder.youngPerson = original.youngPerson();
                builder.consent = original.consent();
            }
            resolved.set(i, builder.build());
        }
        return List.copyOf(resolved);
    }

    private static boolean activeThroughout(PersonPlan original, String siteId, LocalDate secondReferral) {
        if (!original.accepted() || !original.siteId().equals(siteId) || original.declinesOn() != null
                || original.exit() == null) {
            return false;
        }
        int age = Period.between(original.youngPerson().dateOfBirth(), secondReferral).getYears();
        return !original.referredAt().isAfter(secondReferral.minusDays(7))
                && !original.exit().on().isBefore(secondReferral.plusDays(7))
                && age >= 11 && age <= 18;
    }
}
