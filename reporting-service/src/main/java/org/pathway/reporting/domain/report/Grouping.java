package org.pathway.reporting.domain.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.reporting.domain.grouping.GroupBy;
import org.pathway.reporting.domain.grouping.Groups;

/** Splits a cohort into the groups of one {@link GroupBy}, in a stable order. */
public final class Grouping {

    /** The label of the all-groups total row of every report. */
    public static final String ALL = "all";

    private Grouping() {
    }

    /**
     * @param sites the sites in scope: grouped by site, each of them gets a row even with no participants,
     *              so a site with no referrals yet shows as zeros rather than disappearing
     */
    public static Map<String, List<Participant>> of(GroupBy groupBy, Collection<Participant> participants,
                                                     Collection<String> sites) {
        Map<String, List<Participant>> groups = new TreeMap<>();
        if (groupBy == GroupBy.SITE) {
            sites.forEach(site -> groups.put(site, new ArrayList<>()));
        }
        for (Participant participant : participants) {
            for (String label : labels(groupBy, participant)) {
                groups.computeIfAbsent(label, key -> new ArrayList<>()).add(participant);
            }
        }
        return groups;
    }

    /** The group labels of one participant; unknown attributes have their own group. */
    public static List<String> labels(GroupBy groupBy, Participant participant) {
        return switch (groupBy) {
            case SITE -> List.of(participant.siteId());
            case AGE_BAND -> List.of(participant.ageAtReferral() == null ? Groups.UNKNOWN
                    : Groups.ageBand(participant.ageAtReferral()));
            case GENDER -> List.of(Groups.gender(participant.gender()));
            case ETHNICITY -> List.of(Groups.ethnicity(participant.ethnicCategory()));
            case DEPRIVATION -> List.of(Groups.deprivation(participant.deprivationDecile()));
            case NEED -> Groups.needs(participant.presentingNeeds());
            case ARM -> List.of(Groups.arm(participant.arm()));
        };
    }
}
