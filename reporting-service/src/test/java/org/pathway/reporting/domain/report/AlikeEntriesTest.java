package org.pathway.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.pathway.reporting.domain.grouping.GroupBy;

/**
 * The research store hands the reports one entry per kind of participant with their number
 * ({@link Participant#alike}); every report must come out exactly as from the participants one by one.
 */
class AlikeEntriesTest {

    private static final List<String> SITES = List.of("cardiff-vale", "north-london");
    private static final Map<String, Long> RATES = Map.of("cardiff-vale", 3000L, "north-london", 2564L);

    @ParameterizedTest
    @EnumSource(GroupBy.class)
    void everyReportIsTheSameFromAlikeEntriesAsFromParticipantsOneByOne(GroupBy groupBy) {
        for (long seed = 1; seed <= 20; seed++) {
            List<Participant> oneByOne = cohort(new Random(seed * 7919 + groupBy.ordinal()));
            List<Participant> alike = alike(oneByOne, groupBy);
            assertThat(alike.size()).isLessThan(oneByOne.size());
            Map<String, List<Participant>> groupsOneByOne = Grouping.of(groupBy, oneByOne, SITES);
            Map<String, List<Participant>> groupsAlike = Grouping.of(groupBy, alike, SITES);
            assertThat(groupsAlike.keySet()).isEqualTo(groupsOneByOne.keySet());

            assertThat(UptakeReport.of(groupsAlike, alike)).isEqualTo(UptakeReport.of(groupsOneByOne, oneByOne));
            assertThat(TimelinessReport.of(groupsAlike, alike))
                    .isEqualTo(TimelinessReport.of(groupsOneByOne, oneByOne));
            assertThat(AttendanceReport.of(groupsAlike, alike))
                    .isEqualTo(AttendanceReport.of(groupsOneByOne, oneByOne));
            assertThat(CostReport.of(groupsAlike, alike, RATES))
                    .isEqualTo(CostReport.of(groupsOneByOne, oneByOne, RATES));
        }
    }

    @Test
    void anEntryStandsForAtLeastOneParticipant() {
        Participant one = Participants.accepted("north-london", "P-1");

        assertThatIllegalArgumentException().isThrownBy(() -> withAlike(one, 0, 0, 0));
    }

    /** Few distinct values of everything, so that many participants are alike; some groups stay small. */
    private static List<Participant> cohort(Random random) {
        List<Participant> participants = new ArrayList<>();
        int size = 40 + random.nextInt(400);
        for (int i = 0; i < size; i++) {
            boolean accepted = random.nextInt(10) > 0;
            boolean contacted = accepted && random.nextInt(10) > 1;
            boolean placed = contacted && random.nextBoolean();
            boolean engaged = placed && random.nextBoolean();
            Participant.Stages stages = new Participant.Stages(accepted, !accepted, contacted, placed, engaged, engaged,
                    engaged && random.nextBoolean(), random.nextInt(20) == 0);
            participants.add(new Participant(SITES.get(random.nextInt(2)), "P-" + i,
                    random.nextInt(6) == 0 ? null : 11 + random.nextInt(8),
                    List.of("female", "male", "non-binary").get(random.nextInt(3)),
                    random.nextInt(8) == 0 ? null : String.valueOf("ABDHMRZ".charAt(random.nextInt(7))),
                    random.nextInt(5) == 0 ? null : 1 + random.nextInt(10),
                    random.nextBoolean() ? List.of("anxiety") : List.of("anxiety", "depression"),
                    stages,
                    contacted ? random.nextInt(6) : null,
                    placed && random.nextBoolean() ? 10 + random.nextInt(4) : null,
                    placed ? random.nextInt(5) : 0,
                    placed && random.nextBoolean(),
                    placed ? 500L * random.nextInt(4) : 0,
                    contacted ? 30L * random.nextInt(3) : 0,
                    1));
        }
        return participants;
    }

    /**
     * As the store reads them: of the attributes only the one grouped by; participants equal in all but
     * id and money as one entry, their money summed.
     */
    private static List<Participant> alike(List<Participant> oneByOne, GroupBy groupBy) {
        Map<Participant, long[]> kinds = new LinkedHashMap<>();
        for (Participant participant : oneByOne) {
            Participant kind = withAlike(new Participant(participant.siteId(), null,
                    groupBy == GroupBy.AGE_BAND ? participant.ageAtReferral() : null,
                    groupBy == GroupBy.GENDER ? participant.gender() : null,
                    groupBy == GroupBy.ETHNICITY ? participant.ethnicCategory() : null,
                    groupBy == GroupBy.DEPRIVATION ? participant.deprivationDecile() : null,
                    groupBy == GroupBy.NEED ? participant.presentingNeeds() : List.of(),
                    participant.stages(), participant.daysToContact(), participant.daysToFirstSession(),
                    participant.sessionsAttended(), participant.adheres(), 0, 0, 1), 1, 0, 0);
            long[] numberPenceMinutes = kinds.computeIfAbsent(kind, key -> new long[3]);
            numberPenceMinutes[0]++;
            numberPenceMinutes[1] += participant.activityPence();
            numberPenceMinutes[2] += participant.linkWorkerMinutes();
        }
        List<Participant> entries = new ArrayList<>();
        kinds.forEach((kind, sums) -> entries.add(withAlike(kind, sums[0], sums[1], sums[2])));
        return entries;
    }

    private static Participant withAlike(Participant p, long alike, long activityPence, long linkWorkerMinutes) {
        return new Participant(p.siteId(), null, p.ageAtReferral(), p.gender(), p.ethnicCategory(),
                p.deprivationDecile(), p.presentingNeeds(), p.stages(), p.daysToContact(), p.daysToFirstSession(),
                p.sessionsAttended(), p.adheres(), activityPence, linkWorkerMinutes, alike);
    }
}
