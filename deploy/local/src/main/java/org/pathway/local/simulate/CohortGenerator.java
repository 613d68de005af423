package org.pathway.local.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.WithdrawalScope;
import org.pathway.local.simulate.PersonPlan.Consent;
import org.pathway.local.simulate.PersonPlan.Exit;
import org.pathway.local.simulate.PersonPlan.LinkWorkerSession;
import org.pathway.local.simulate.PersonPlan.Session;
import org.pathway.local.simulate.PersonPlan.YoungPerson;

/**
 * Decides the whole cohort from the seed, before anything is sent: the same seed and calendar give
 * the same cohort. The proportions are DOMAIN.md's simulation parameters; every random draw comes
 * from one {@link SplittableRandom} per person, split from the seed in cohort order.
 *
 * <p>Identifiers (NHS numbers, the trust's references) also depend on {@code run}, so that a second
 * run against the same stack refers different young people instead of duplicates of the first run's.
 */
final class CohortGenerator {

    /** Referrals arrive over 16 weeks. */
    static final int REFERRAL_DAYS = 112;
    /** From the first referral to the last 6-month questionnaire, with room to spare. */
    static final int CALENDAR_DAYS = 350;
    static final int MAX_YOUNG_PEOPLE = 10_000;

    static final double ACCEPTED = 0.85;
    static final double NOT_CONTACTED = 0.04;
    static final double CONTACT_MEDIAN_DAYS = 7;
    static final double DECLINES_AFTER_CONTACT = 0.06;
    static final double PLACED_IF_ENGAGING = 0.92;
    static final double ATTENDS_FIRST_SESSION = 0.75;
    static final int WEEKS_OF_SESSIONS = 12;
    static final double CANCELLED = 0.05;
    static final double EARLY_WITHDRAW_ALL = 0.03;
    static final double EARLY_WITHDRAW_FUTURE = 0.03;
    static final double EARLY_CLOSE = 0.13;

    static final List<String> INTAKE_DECLINES = List.of("AGE_OUT_OF_RANGE", "NEED_NOT_IN_SCOPE",
            "SEVERITY_NOT_MODERATE", "HIGH_RISK", "NO_CONSENT", "DUPLICATE_ACTIVE_REFERRAL");

    static final List<String> GIVEN = List.of("Sam", "Alex", "Jordan", "Riley", "Charlie", "Morgan",
            "Jamie", "Taylor", "Casey", "Rowan", "Eli", "Noor", "Aisha", "Leo", "Maya", "Ivy", "Ffion", "Dylan",
            "Cerys", "Osian", "Zain", "Amara", "Kai", "Ruby", "Theo", "Isla", "Yusuf", "Mia", "Rhys", "Lowri");
    static final List<String> FAMILY = List.of("Taylor", "Evans", "Jones", "Williams", "Khan", "Okafor",
            "Patel", "Smith", "Davies", "Thomas", "Hughes", "Ahmed", "Nowak", "Roberts", "Lewis", "Begum", "Morgan",
            "Price", "Walker", "Hussain", "Clarke", "Mensah", "Murphy", "Rees", "Ali", "Jenkins");
    static final List<String> GENDERS = List.of("female", "male", "non-binary", "other", "not-stated");
    static final double[] GENDER_WEIGHTS = {0.50, 0.42, 0.04, 0.02, 0.02};
    private static final List<String> ETHNIC = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M",
            "N", "P", "R", "S", "Z", "99");
    static final List<String> INTERESTS = List.of("art", "painting", "music", "drama", "football",
            "swimming", "climbing", "gardening", "animals", "walking", "cooking", "coding", "gaming", "youth club",
            "peer support", "befriending");
    static final List<String> NEEDS_IN_SCOPE = List.of("anxiety", "depression", "trauma");
    private static final List<String> NEEDS_OUT_OF_SCOPE = List.of("eating-disorder", "neurodevelopmental",
            "behavioural", "other");
    private static final List<String> CONTACT_METHODS = List.of("phone", "video", "in-person", "text");
    private static final double[] CONTACT_WEIGHTS = {0.5, 0.2, 0.2, 0.1};
    private static final List<String> LINK_WORKER_MODES = List.of("phone", "video", "in-person", "text");
    private static final double[] MODE_WEIGHTS = {0.35, 0.2, 0.4, 0.05};
    private static final List<String> EARLY_CLOSE_REASONS = List.of("camhs-treatment-started", "moved-away",
            "no-longer-wants", "other");
    private static final double[] EARLY_CLOSE_WEIGHTS = {0.4, 0.2, 0.25, 0.15};
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private CohortGenerator() {
    }

    /** The Monday on which run {@code run}'s calendar starts, for a run ending by {@code today}. */
    static LocalDate calendarStart(LocalDate today, int run) {
        LocalDate start = today.minusDays(CALENDAR_DAYS + (long) run * (REFERRAL_DAYS + 7));
        return start.minusDays(start.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    /**
     * @param start the first day of the simulated calendar (referrals from then, 16 weeks)
     * @param run   which run against the same stack this is (0 for the first): only identifiers depend on it
     */
    static List<PersonPlan> generate(CohortSpec spec, LocalDate start, int run) {
        if (spec.youngPeople() > MAX_YOUNG_PEOPLE) {
            throw new IllegalArgumentException("at most " + MAX_YOUNG_PEOPLE + " young people per run");
        }
        SplittableRandom root = new SplittableRandom(spec.seed());
        List<PersonPlan> people = new ArrayList<>();
        for (int i = 0; i < spec.youngPeople(); i++) {
            String site = spec.sites().get(i % spec.sites().size());
            people.add(person(i, SiteData.of(site), start, run, spec.seed(), root.split()));
        }
        return Duplicates.resolve(people, root.split());
    }

    private static PersonPlan person(int index, SiteData site, LocalDate start, int run, long seed, SplittableRandom r) {
        LocalDate referredAt = start.plusDays(r.nextInt(REFERRAL_DAYS));
        String decision = r.nextDouble() < ACCEPTED ? PersonPlan.ACCEPTED
                : INTAKE_DECLINES.get(r.nextInt(INTAKE_DECLINES.size()));

        int age = eligibleAge(r);
        if (decision.equals("AGE_OUT_OF_RANGE")) {
            age = r.nextBoolean() ? 19 + r.nextInt(2) : 9 + r.nextInt(2);
        }
        boolean noConsentByGuardian = decision.equals("NO_CONSENT") && r.nextBoolean();
        if (noConsentByGuardian) {
            age = 11 + r.nextInt(5);
        }
        LocalDate dateOfBirth = referredAt.minusYears(age).minusDays(1 + r.nextInt(364));

        List<String> needs = decision.equals("NEED_NOT_IN_SCOPE") ? pickSome(r, NEEDS_OUT_OF_SCOPE, 2)
                : pickSome(r, NEEDS_IN_SCOPE, 2);
        String severity = decision.equals("SEVERITY_NOT_MODERATE") ? (r.nextBoolean() ? "mild" : "severe") : "moderate";
        String risk = decision.equals("HIGH_RISK") ? "high" : r.nextDouble() < 0.7 ? "low" : "medium";
        Consent consent = consent(r, age, decision.equals("NO_CONSENT"), noConsentByGuardian);

        String district = site.districts().get(r.nextInt(site.districts().size()));
        String postcode = district + " " + r.nextInt(10) + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length()));
        String language = site.languages().contains("cy") && r.nextDouble() < 0.15 ? "cy" : "en";
        String ethnic = ethnicCategory(r, site);
        YoungPerson youngPerson = new YoungPerson(
                NhsNumbers.fromSerial((long) run * MAX_YOUNG_PEOPLE + index),
                GIVEN.get(r.nextInt(GIVEN.size())), FAMILY.get(r.nextInt(FAMILY.size())), dateOfBirth,
                pick(r, GENDERS, GENDER_WEIGHTS), ethnic, postcode, language);
        List<String> interests = pickSome(r, INTERESTS, 3);
        double a = r.nextDouble();
        List<String> accessibility = a < 0.05 ? List.of("step-free") : a < 0.07 ? List.of("hearing-loop") : List.of();
        String reference = "SIM-%d-%d-%05d".formatted(Math.floorMod(seed, 100_000L), run, index);
        PersonPlan.Builder plan = new PersonPlan.Builder(index, site.siteId(), reference, youngPerson, referredAt,
                referredAt.minusDays(r.nextInt(90)), needs, severity, risk, consent, interests, accessibility, decision);
        if (decision.equals(PersonPlan.ACCEPTED)) {
            Pathway.plan(plan, age, r);
        }
        return plan.build();
    }

    static int eligibleAge(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.35) {
            return 11 + r.nextInt(3);
        }
        if (u < 0.70) {
            return 14 + r.nextInt(2);
        }
        return u < 0.97 ? 16 + r.nextInt(2) : 18;
    }

    private static Consent consent(SplittableRandom r, int age, boolean refused, boolean byGuardian) {
        boolean research = r.nextDouble() < 0.8;
        if (refused) {
            return byGuardian ? new Consent(true, false, null, research) : new Consent(false, r.nextBoolean(), null, research);
        }
        if (age >= 16) {
            return new Consent(true, r.nextDouble() < 0.6, null, research);
        }
        return r.nextDouble() < 0.85 ? new Consent(true, true, null, research) : new Consent(true, false, true, research);
    }

    static String ethnicCategory(SplittableRandom r, SiteData site) {
        double whiteBritish = site.siteId().equals("cardiff-vale") ? 0.70 : 0.40;
        return r.nextDouble() < whiteBritish ? "A" : ETHNIC.get(1 + r.nextInt(ETHNIC.size() - 1));
    }

    static <T> T pick(SplittableRandom r, List<T> values, double[] weights) {
        double u = r.nextDouble();
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += weights[i];
            if (u < sum) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** One to {@code most} distinct values, in the list's order. */
    static List<String> pickSome(SplittableRandom r, List<String> values, int most) {
        int count = 1 + r.nextInt(most);
        List<String> pool = new ArrayList<>(values);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool.remove(r.nextInt(pool.size())));
        }
        return values.stream().filter(picked::contains).toList();
    }

    /** What happens to an accepted referral on the pathway. */
    static final class Pathway {

        private Pathway() {
        }

        static void plan(PersonPlan.Builder plan, int age, SplittableRandom r) {
            LocalDate referredAt = plan.referredAt;
            Exit early = earlyExit(r, referredAt);
            if (r.nextDouble() < NOT_CONTACTED) {
                plan.exit = earlier(early, new Exit(Exit.CLOSE, "no-longer-wants", referredAt.plusDays(42)));
                return;
            }
            long days = Math.max(1, Math.min(42, Math.round(Math.exp(Math.log(CONTACT_MEDIAN_DAYS) + 0.5 * r.nextGaussian()))));
            LocalDate contactOn = referredAt.plusDays(days);
            if (early != null && !early.on().isAfter(contactOn)) {
                plan.exit = early;
                return;
            }
            plan.contactOn = contactOn;
            plan.contactMethod = pick(r, CONTACT_METHODS, CONTACT_WEIGHTS);
            List<LinkWorkerSession> linkWorker = new ArrayList<>();
            linkWorker.add(new LinkWorkerSession(contactOn, 20 + r.nextInt(26), plan.contactMethod));
            if (r.nextDouble() < DECLINES_AFTER_CONTACT) {
                plan.declinesOn = contactOn.plusDays(r.nextInt(8));
                plan.linkWorkerSessions = linkWorker;
                return;
            }
            boolean placed = r.nextDouble() < PLACED_IF_ENGAGING;
            LocalDate placeOn = contactOn.plusDays(3 + r.nextInt(19));
            List<Session> sessions = placed ? sessions(r, placeOn) : List.of();
            LocalDate naturalEnd = placed
                    ? sessions.get(sessions.size() - 1).date().plusDays(7)
                    : contactOn.plusDays(56);
            Exit exit = new Exit(Exit.CLOSE, placed ? "completed" : "camhs-treatment-started", naturalEnd);
            boolean earlyWins = early != null && early.on().isBefore(naturalEnd);
            if (earlyWins) {
                exit = early;
            }
            LocalDate cut = exit.on();
            if (placed && placeOn.isBefore(cut)) {
                plan.placeOn = placeOn;
                plan.sessions = sessions.stream().filter(s -> s.date().isBefore(cut)).toList();
            }
            for (LocalDate next = contactOn.plusDays(12 + r.nextInt(5)); next.isBefore(cut) && linkWorker.size() < 6;
                 next = next.plusDays(12 + r.nextInt(5))) {
                linkWorker.add(new LinkWorkerSession(next, 30 + r.nextInt(46), pick(r, LINK_WORKER_MODES, MODE_WEIGHTS)));
            }
            plan.linkWorkerSessions = linkWorker;
            // Follow-up questionnaires are research: they go on after a completed pathway, not after
            // the young person left it early or withdrew.
            LocalDate outcomesUntil = earlyWins ? cut : LocalDate.MAX;
            plan.outcomes = Questionnaires.plan(r, age, contactOn, outcomesUntil);
            plan.exit = exit;
        }

        private static Exit earlyExit(SplittableRandom r, LocalDate referredAt) {
            double u = r.nextDouble();
            LocalDate on = referredAt.plusDays(14 + r.nextInt(76));
            if (u < EARLY_WITHDRAW_ALL) {
                return new Exit(Exit.WITHDRAW, WithdrawalScope.ALL.wire(), on);
            }
            if (u < EARLY_WITHDRAW_ALL + EARLY_WITHDRAW_FUTURE) {
                return new Exit(Exit.WITHDRAW, WithdrawalScope.FUTURE.wire(), on);
            }
            if (u < EARLY_WITHDRAW_ALL + EARLY_WITHDRAW_FUTURE + EARLY_CLOSE) {
                return new Exit(Exit.CLOSE, pick(r, EARLY_CLOSE_REASONS, EARLY_CLOSE_WEIGHTS), on);
            }
            return null;
        }

        private static Exit earlier(Exit early, Exit natural) {
            return early != null && early.on().isBefore(natural.on()) ? early : natural;
        }

        /**
         * Weekly sessions after placement. Those who never come are reported missing three times and
         * then no more; the others come the first time, then less often as weeks pass, and drift away
         * after three misses in a row.
         */
        static List<Session> sessions(SplittableRandom r, LocalDate placeOn) {
            boolean comes = r.nextDouble() < ATTENDS_FIRST_SESSION;
            List<Session> sessions = new ArrayList<>();
            int missesInARow = 0;
            for (int week = 0; week < WEEKS_OF_SESSIONS && missesInARow < 3; week++) {
                LocalDate date = placeOn.plusDays(7L * (week + 1));
                AttendanceStatus status;
                if (!comes) {
                    status = AttendanceStatus.MISSED;
                } else if (week == 0) {
                    status = AttendanceStatus.ATTENDED;
                } else if (r.nextDouble() < CANCELLED) {
                    status = AttendanceStatus.CANCELLED;
                } else {
                    status = r.nextDouble() < 0.82 - 0.035 * week ? AttendanceStatus.ATTENDED : AttendanceStatus.MISSED;
                }
                missesInARow = switch (status) {
                    case MISSED -> missesInARow + 1;
                    case ATTENDED -> 0;
                    case CANCELLED -> missesInARow;
                };
                sessions.add(new Session(date, status));
            }
            return sessions;
        }
    }
}
