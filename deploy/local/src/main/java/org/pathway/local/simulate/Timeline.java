package org.pathway.local.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The weeks of the simulated calendar (from its first Monday) in which something happens to a group
 * of referrals that must be driven one step at a time, together: a young person's referral on its
 * own, or with the second referral of the same young person ({@link PersonPlan#duplicateOf()}).
 * referral-service decides that second one by what it already holds, so it must arrive after the
 * first referral and before the first one leaves the pathway, as on the calendar. Different groups
 * share nothing the services decide on, and run independently.
 *
 * @param members in cohort order
 * @param weeks   the week numbers with anything to do, ascending
 */
record Timeline(List<Track> members, SortedSet<Integer> weeks) {

    /** The groups of the cohort, in the order of their first member. */
    static List<Timeline> of(List<Track> tracks, LocalDate start) {
        // A first referral is never itself a second one (Duplicates), so groups are at most pairs.
        Map<Integer, List<Track>> groups = new LinkedHashMap<>();
        for (Track track : tracks) {
            Integer original = track.plan().duplicateOf();
            groups.computeIfAbsent(original == null ? track.plan().index() : original, k -> new ArrayList<>()).add(track);
        }
        List<Timeline> timelines = new ArrayList<>();
        for (List<Track> members : groups.values()) {
            SortedSet<Integer> weeks = new TreeSet<>();
            members.forEach(member -> dates(member.plan()).forEach(date -> weeks.add(week(start, date))));
            timelines.add(new Timeline(List.copyOf(members), weeks));
        }
        return timelines;
    }

    static int week(LocalDate start, LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(start, date), 7);
    }

    /** Every date on which the plan has the simulation send something. */
    static List<LocalDate> dates(PersonPlan plan) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(plan.referredAt());
        for (LocalDate date : new LocalDate[] {plan.contactOn(), plan.declinesOn(), plan.placeOn(),
                plan.exit() == null ? null : plan.exit().on()}) {
            if (date != null) {
                dates.add(date);
            }
        }
        plan.sessions().forEach(session -> dates.add(session.date()));
        plan.linkWorkerSessions().forEach(session -> dates.add(session.date()));
        plan.outcomes().forEach(outcome -> dates.add(outcome.completedAt()));
        return dates;
    }
}
