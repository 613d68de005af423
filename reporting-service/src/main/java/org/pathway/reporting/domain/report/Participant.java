package org.pathway.reporting.domain.report;

import java.util.List;

/**
 * What the reports know about one participant of the cohort: coarse attributes, the stages reached
 * and their activity. Null attributes are unknown (the referral event did not carry them).
 *
 * <p>One entry may stand for several participants alike in everything a report reads ({@code alike}
 * of them): the research store hands a whole-store report a few hundred such entries instead of
 * 100,000, and every report counts, ranks and averages each entry {@code alike} times.
 *
 * @param daysToContact days from referral to first link-worker contact; null if not contacted
 * @param daysToFirstSession days from referral to the first attended session; null if none attended
 * @param adheres attended at least half of the sessions offered in the first 12 weeks from placement
 * @param activityPence Σ cost per session of the sessions attended (of all {@code alike} participants)
 * @param linkWorkerMinutes link-worker time (of all {@code alike} participants)
 * @param alike how many participants this entry stands for; 1 for one participant
 * @param arm the study arm ({@code pathway|comparison}) when a report groups by it; null otherwise (pathway)
 */
public record Participant(
        String siteId,
        String participantId,
        Integer ageAtReferral,
        String gender,
        String ethnicCategory,
        Integer deprivationDecile,
        List<String> presentingNeeds,
        Stages stages,
        Integer daysToContact,
        Integer daysToFirstSession,
        int sessionsAttended,
        boolean adheres,
        long activityPence,
        long linkWorkerMinutes,
        long alike,
        String arm) {

    /** An entry of the pathway arm, or of a report that does not group by arm. */
    public Participant(String siteId, String participantId, Integer ageAtReferral, String gender,
                       String ethnicCategory, Integer deprivationDecile, List<String> presentingNeeds, Stages stages,
                       Integer daysToContact, Integer daysToFirstSession, int sessionsAttended, boolean adheres,
                       long activityPence, long linkWorkerMinutes, long alike) {
        this(siteId, participantId, ageAtReferral, gender, ethnicCategory, deprivationDecile, presentingNeeds, stages,
                daysToContact, daysToFirstSession, sessionsAttended, adheres, activityPence, linkWorkerMinutes, alike,
                null);
    }

    public Participant {
        presentingNeeds = presentingNeeds == null ? List.of() : List.copyOf(presentingNeeds);
        if (alike < 1) {
            throw new IllegalArgumentException("a cohort entry stands for at least one participant: " + alike);
        }
    }

    /** The uptake stages the participant ever reached (see {@code FunnelCounts}). */
    public record Stages(
            boolean accepted,
            boolean declined,
            boolean contacted,
            boolean placed,
            boolean connected,
            boolean engaged,
            boolean sustained,
            boolean withdrawn) {
    }
}
