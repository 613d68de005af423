package org.pathway.reporting.domain.report;

import java.util.List;

/** Participants for report tests: only what a test sets differs from an accepted 14-year-old. */
final class Participants {

    private Participants() {
    }

    static Participant accepted(String siteId, String participantId) {
        return new Participant(siteId, participantId, 14, "female", "A", 5, List.of("anxiety"),
                new Participant.Stages(true, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1);
    }

    static Participant engagedWithCost(String siteId, String participantId, long sessions, long pricePence,
                                       long linkWorkerMinutes) {
        return new Participant(siteId, participantId, 14, "female", "A", 5, List.of("anxiety"),
                new Participant.Stages(true, false, true, true, true, true, false, false),
                3, 10, (int) sessions, true, sessions * pricePence, linkWorkerMinutes, 1);
    }

    static Participant withProfile(Integer age, String gender, String ethnicCategory, Integer decile, List<String> needs) {
        return new Participant("north-london", "P-1", age, gender, ethnicCategory, decile, needs,
                new Participant.Stages(false, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1);
    }

    /** A participant of the study arm {@code arm}, as a report grouping by arm reads them. */
    static Participant inArm(String arm) {
        return new Participant("north-london", null, null, null, null, null, List.of(),
                new Participant.Stages(false, false, false, false, false, false, false, false),
                null, null, 0, false, 0, 0, 1, arm);
    }
}
