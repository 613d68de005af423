package org.pathway.local.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pathway.chassis.events.AttendanceStatus;

class CohortGeneratorTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final List<PersonPlan> LARGE = CohortGenerator.generate(
            new CohortSpec(6000, 42, CohortSpec.DEFAULT_SITES), START, 0);
    private static final Pattern UK_POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}");

    @Test
    void theSameSeedGivesTheSameCohortAndAnotherSeedAnother() {
        CohortSpec spec = CohortSpec.defaults();
        assertThat(CohortGenerator.generate(spec, START, 0)).isEqualTo(CohortGenerator.generate(spec, START, 0));
        assertThat(CohortGenerator.generate(new CohortSpec(600, 7, CohortSpec.DEFAULT_SITES), START, 0))
                .isNotEqualTo(CohortGenerator.generate(spec, START, 0));
    }

    @Test
    void aLaterRunOnTheSameStackChangesOnlyTheIdentifiers() {
        List<PersonPlan> first = CohortGenerator.generate(CohortSpec.defaults(), START, 0);
        List<PersonPlan> second = CohortGenerator.generate(CohortSpec.defaults(), START, 1);
        for (int i = 0; i < first.size(); i++) {
            PersonPlan a = first.get(i);
            PersonPlan b = second.get(i);
            assertThat(b.youngPerson().nhsNumber()).isNotEqualTo(a.youngPerson().nhsNumber());
            assertThat(b.externalReference()).isNotEqualTo(a.externalReference());
            assertThat(b.expectedDecision()).isEqualTo(a.expectedDecision());
            assertThat(b.sessions()).isEqualTo(a.sessions());
            assertThat(b.exit()).isEqualTo(a.exit());
        }
    }

    @Test
    void nhsNumbersAreValidAndOnlyASecondReferralSharesOne() {
        Map<String, Integer> owners = new TreeMap<>();
        for (PersonPlan person : LARGE) {
            String number = person.youngPerson().nhsNumber();
            assertThat(NhsNumbers.isValid(number)).as(number).isTrue();
            if (person.duplicateOf() == null) {
                assertThat(owners.put(number, person.index())).as(number).isNull();
            }
        }
        for (PersonPlan person : LARGE) {
            if (person.duplicateOf() != null) {
                PersonPlan original = LARGE.get(person.duplicateOf());
                assertThat(owners.get(person.youngPerson().nhsNumber())).isEqualTo(original.index());
                assertThat(original.accepted()).isTrue();
                assertThat(original.siteId()).isEqualTo(person.siteId());
                assertThat(original.referredAt()).isBeforeOrEqualTo(person.referredAt().minusDays(7));
                assertThat(original.exit().on()).isAfterOrEqualTo(person.referredAt().plusDays(7));
                assertThat(original.declinesOn()).isNull();
            }
        }
    }

    @Test
    void followsTheSimulationParametersOfDomainMd() {
        List<PersonPlan> accepted = LARGE.stream().filter(PersonPlan::accepted).toList();
        List<PersonPlan> placed = accepted.stream().filter(p -> p.placeOn() != null).toList();
        assertThat(share(accepted.size(), LARGE.size())).isCloseTo(0.85, within(0.02));
        assertThat(share(placed.size(), accepted.size())).isCloseTo(0.80, within(0.04));
        long attendedFirst = placed.stream()
                .filter(p -> p.sessions().stream().anyMatch(s -> s.status() == AttendanceStatus.ATTENDED)).count();
        assertThat(share(attendedFirst, placed.size())).isCloseTo(0.75, within(0.04));
        long early = accepted.stream().filter(p -> p.exit() != null
                && (p.exit().withdrawal() || !List.of("completed", "camhs-treatment-started").contains(p.exit().detail())))
                .count();
        assertThat(share(early, accepted.size())).isCloseTo(0.15, within(0.04));

        List<Long> daysToContact = accepted.stream().filter(p -> p.contactOn() != null)
                .map(p -> ChronoUnit.DAYS.between(p.referredAt(), p.contactOn())).sorted().toList();
        assertThat(daysToContact.get(daysToContact.size() / 2)).isEqualTo(7L);

        List<PersonPlan.Session> offered = placed.stream().flatMap(p -> p.sessions().stream())
                .filter(s -> s.status() != AttendanceStatus.CANCELLED).toList();
        assertThat(share(offered.stream().filter(s -> s.status() == AttendanceStatus.ATTENDED).count(), offered.size()))
                .isCloseTo(0.62, within(0.08));
    }

    @Test
    void declinesAreSpreadOverEveryIntakeReason() {
        Map<String, Long> declines = new TreeMap<>();
        LARGE.stream().filter(p -> !p.accepted())
                .forEach(p -> declines.merge(p.expectedDecision(), 1L, Long::sum));
        assertThat(declines.keySet()).containsExactlyInAnyOrderElementsOf(CohortGenerator.INTAKE_DECLINES);
        declines.values().forEach(count -> assertThat(count).isGreaterThan(60));
    }

    @Test
    void peopleAreSplitEvenlyOverTheSitesAndLiveInTheirDistricts() {
        Map<String, Long> bySite = new TreeMap<>();
        for (PersonPlan person : LARGE) {
            bySite.merge(person.siteId(), 1L, Long::sum);
            String postcode = person.youngPerson().postcode();
            assertThat(postcode).matches(UK_POSTCODE);
            assertThat(SiteData.of(person.siteId()).districts()).contains(postcode.substring(0, postcode.indexOf(' ')));
        }
        assertThat(bySite).containsEntry("north-london", 3000L).containsEntry("cardiff-vale", 3000L);
    }

    @Test
    void acceptedYoungPeopleAreEligibleAndEverythingHappensInOrderWithinTheCalendar() {
        Set<String> references = new HashSet<>();
        for (PersonPlan p : LARGE) {
            assertThat(references.add(p.externalReference())).isTrue();
            assertThat(p.lastDate()).isBefore(START.plusDays(CohortGenerator.CALENDAR_DAYS));
            assertThat(p.waitingListSince()).isBeforeOrEqualTo(p.referredAt());
            if (!p.accepted()) {
                assertThat(p.contactOn()).isNull();
                continue;
            }
            int age = Period.between(p.youngPerson().dateOfBirth(), p.referredAt()).getYears();
            assertThat(age).isBetween(11, 18);
            assertThat(p.severity()).isEqualTo("moderate");
            assertThat(p.riskLevel()).isNotEqualTo("high");
            assertThat(p.consent().youngPerson()).isTrue();
            if (age < 16) {
                assertThat(p.consent().guardian() || Boolean.TRUE.equals(p.consent().gillickCompetent())).isTrue();
            }
            if (p.contactOn() != null) {
                assertThat(p.contactOn()).isAfter(p.referredAt());
            }
            if (p.placeOn() != null) {
                assertThat(p.placeOn()).isAfter(p.contactOn());
                assertThat(p.sessions()).allSatisfy(s -> assertThat(s.date()).isAfter(p.placeOn()));
            }
            if (p.exit() != null) {
                assertThat(p.sessions()).allSatisfy(s -> assertThat(s.date()).isBefore(p.exit().on()));
            }
        }
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }
}
