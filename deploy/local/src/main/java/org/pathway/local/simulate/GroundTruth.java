package org.pathway.local.simulate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pathway.chassis.events.AttendanceStatus;
import org.pathway.chassis.events.WithdrawalScope;

/**
 * The figures every report must show for one site, worked out from what the services acknowledged
 * ({@link Track}s), with the reports' own definitions (reporting-service README) re-stated here
 * independently:
 * <ul>
 * <li>a withdrawal with scope {@code all} removes the young person from every report;</li>
 * <li>declined = declined at intake, or the young person declined the offer later;</li>
 * <li>connected / engaged / sustained = at least 1 / 3 / 6 attended sessions: engagement-service
 *     judges each weekly batch as of its newest session, and the simulation reports one session per
 *     young person per batch, so every attended session is judged on the attended count so far;</li>
 * <li>adherent = attended at least half of the attended and missed sessions dated within 12 weeks
 *     from the placement date (cancelled sessions were not offered), with at least one offered;</li>
 * <li>cost = sessions attended × their cost per session, plus the site's link-worker minutes × its
 *     hourly rate / 60 rounded half-up once; per accepted and per engaged rounded half-up;</li>
 * <li>counts of 1–4 are withheld, and with them what is derived from them.</li>
 * </ul>
 */
final class GroundTruth {

    static final int CONNECTED_AFTER = 1;
    static final int ENGAGED_AFTER = 3;
    static final int SUSTAINED_AFTER = 6;
    static final int ADHERENCE_DAYS = 84;
    static final double STATISTIC_TOLERANCE = 0.0011;

    /** Outcome scores that are plain sums of answers, so their means can be checked here too. */
    private static final Map<String, int[]> SUMMED_SCORES = Map.of(
            "SWEMWBS/rawTotal", range(0, 7),
            "RCADS25/total", range(0, 25),
            "ONS4/lifeSatisfaction", new int[] {0},
            "ONS4/worthwhile", new int[] {1},
            "ONS4/happiness", new int[] {2},
            "ONS4/anxiety", new int[] {3});
    /** Every score each instrument publishes (engagement-service's scoring). */
    static final Map<String, List<String>> SCORES = Map.of(
            "SWEMWBS", List.of("rawTotal", "metricScore"),
            "RCADS25", List.of("anxiety", "depression", "total"),
            "ONS4", List.of("lifeSatisfaction", "worthwhile", "happiness", "anxiety"));

    private GroundTruth() {
    }

    /** The figures of one site's pathway arm (every report counts that arm only), in report order. */
    static List<Figure> figures(List<Track> site, long hourlyRatePence) {
        List<Track> cohort = site.stream().filter(Track::isReferred).filter(t -> !t.isComparison())
                .filter(t -> t.withdrawalScope() != WithdrawalScope.ALL).toList();
        List<Figure> figures = new ArrayList<>();

        long accepted = cohort.stream().filter(t -> PersonPlan.ACCEPTED.equals(t.status())).count();
        long engaged = cohort.stream().filter(t -> attended(t) >= ENGAGED_AFTER).count();
        count(figures, "uptake", "referred", cohort.size());
        count(figures, "uptake", "accepted", accepted);
        count(figures, "uptake", "declined", cohort.stream()
                .filter(t -> "DECLINED".equals(t.status()) || t.isDeclinedByYoungPerson()).count());
        count(figures, "uptake", "contacted", cohort.stream().filter(t -> t.contactedOn() != null).count());
        long placed = cohort.stream().filter(t -> t.placedOn() != null).count();
        count(figures, "uptake", "placed", placed);
        count(figures, "uptake", "connected", cohort.stream().filter(t -> attended(t) >= CONNECTED_AFTER).count());
        count(figures, "uptake", "engaged", engaged);
        count(figures, "uptake", "sustained", cohort.stream().filter(t -> attended(t) >= SUSTAINED_AFTER).count());
        count(figures, "uptake", "withdrawn", cohort.stream().filter(t -> t.withdrawalScope() == WithdrawalScope.FUTURE).count());

        List<Double> toContact = new ArrayList<>();
        List<Double> toFirstSession = new ArrayList<>();
        for (Track t : cohort) {
            if (t.contactedOn() != null) {
                toContact.add((double) ChronoUnit.DAYS.between(t.referredAt(), t.contactedOn()));
            }
            t.sessions().stream().filter(s -> s.status() == AttendanceStatus.ATTENDED).map(Track.Session::date)
                    .min(LocalDate::compareTo)
                    .ifPresent(first -> toFirstSession.add((double) ChronoUnit.DAYS.between(t.referredAt(), first)));
        }
        quartiles(figures, "timeliness", "daysToContact", toContact);
        quartiles(figures, "timeliness", "daysToFirstSession", toFirstSession);

        List<Track> placedTracks = cohort.stream().filter(t -> t.placedOn() != null).toList();
        List<Double> attendedCounts = placedTracks.stream().map(t -> (double) attended(t)).toList();
        count(figures, "attendance", "placed", placed);
        boolean placedWithheld = withheld(placed);
        figures.add(new Figure("attendance", "sessionsAttendedMean",
                attendedCounts.isEmpty() ? null : round(attendedCounts.stream().mapToDouble(d -> d).sum() / placed),
                placedWithheld, STATISTIC_TOLERANCE));
        Double[] q = quartiles(attendedCounts);
        figures.add(new Figure("attendance", "sessionsAttendedP25", q[0], placedWithheld, 0));
        figures.add(new Figure("attendance", "sessionsAttendedMedian", q[1], placedWithheld, 0));
        figures.add(new Figure("attendance", "sessionsAttendedP75", q[2], placedWithheld, 0));
        count(figures, "attendance", "adherent", placedTracks.stream().filter(GroundTruth::adheres).count());

        long activity = 0;
        long minutes = 0;
        for (Track t : cohort) {
            activity += (long) attended(t) * t.costPerSessionPence();
            minutes += t.linkWorkerMinutes();
        }
        long linkWorker = divideHalfUp(minutes * hourlyRatePence, 60);
        long total = activity + linkWorker;
        boolean acceptedWithheld = withheld(accepted);
        count(figures, "cost", "accepted", accepted);
        count(figures, "cost", "engaged", engaged);
        figures.add(new Figure("cost", "activityPence", activity, acceptedWithheld, 0));
        figures.add(new Figure("cost", "linkWorkerPence", linkWorker, acceptedWithheld, 0));
        figures.add(new Figure("cost", "totalPence", total, acceptedWithheld, 0));
        figures.add(new Figure("cost", "perAcceptedPence", accepted == 0 ? null : divideHalfUp(total, accepted),
                acceptedWithheld, 0));
        figures.add(new Figure("cost", "perEngagedPence", engaged == 0 ? null : divideHalfUp(total, engaged),
                acceptedWithheld || withheld(engaged), 0));

        outcomes(figures, cohort);
        return figures;
    }

    private static void outcomes(List<Figure> figures, List<Track> cohort) {
        Map<String, List<Double>> scores = new TreeMap<>();
        Map<String, Integer> changeN = new TreeMap<>();
        for (Track t : cohort) {
            List<Track.Outcome> outcomes = t.outcomes();
            for (Track.Outcome outcome : outcomes) {
                for (String score : SCORES.get(outcome.instrument())) {
                    String key = outcome.instrument() + "/" + outcome.timepoint() + "/" + score;
                    double value = summed(outcome, score);
                    scores.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                    boolean hasBaseline = !outcome.timepoint().equals(Questionnaires.BASELINE) && outcomes.stream()
                            .anyMatch(o -> o.instrument().equals(outcome.instrument())
                                    && o.timepoint().equals(Questionnaires.BASELINE));
                    changeN.merge(key, hasBaseline ? 1 : 0, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, List<Double>> score : scores.entrySet()) {
            List<Double> values = score.getValue();
            long n = values.size();
            count(figures, "outcomes", score.getKey() + " n", n);
            if (!values.isEmpty() && !Double.isNaN(values.get(0))) {
                figures.add(new Figure("outcomes", score.getKey() + " mean",
                        round(values.stream().mapToDouble(d -> d).sum() / n), withheld(n), STATISTIC_TOLERANCE));
            }
            count(figures, "outcomes", score.getKey() + " changeN", changeN.get(score.getKey()));
        }
    }

    /** A score that is a plain sum of answers; NaN for the others (not worked out here). */
    static double summed(Track.Outcome outcome, String score) {
        int[] items = SUMMED_SCORES.get(outcome.instrument() + "/" + score);
        return items == null ? Double.NaN : Arrays.stream(items).map(i -> outcome.items().get(i)).sum();
    }

    static int attended(Track track) {
        return (int) track.sessions().stream().filter(s -> s.status() == AttendanceStatus.ATTENDED).count();
    }

    static boolean adheres(Track track) {
        LocalDate from = track.placedOn();
        LocalDate until = from.plusDays(ADHERENCE_DAYS);
        int attended = 0;
        int missed = 0;
        for (Track.Session session : track.sessions()) {
            if (session.date().isBefore(from) || !session.date().isBefore(until)) {
                continue;
            }
            attended += session.status() == AttendanceStatus.ATTENDED ? 1 : 0;
            missed += session.status() == AttendanceStatus.MISSED ? 1 : 0;
        }
        int offered = attended + missed;
        return offered > 0 && 2 * attended >= offered;
    }

    static boolean withheld(long count) {
        return count >= 1 && count <= 4;
    }

    private static void count(List<Figure> figures, String report, String name, long count) {
        figures.add(new Figure(report, name, count, withheld(count), 0));
    }

    private static void quartiles(List<Figure> figures, String report, String name, List<Double> values) {
        count(figures, report, name + "N", values.size());
        boolean withheld = withheld(values.size());
        Double[] q = quartiles(values);
        figures.add(new Figure(report, name + "P25", q[0], withheld, 0));
        figures.add(new Figure(report, name + "Median", q[1], withheld, 0));
        figures.add(new Figure(report, name + "P75", q[2], withheld, 0));
    }

    /** Type-7 quartiles (as R and Excel), rounded half-up to three decimals; nulls when empty. */
    static Double[] quartiles(List<Double> values) {
        if (values.isEmpty()) {
            return new Double[] {null, null, null};
        }
        double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
        return new Double[] {round(quantile(sorted, 0.25)), round(quantile(sorted, 0.5)), round(quantile(sorted, 0.75))};
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    static long divideHalfUp(long dividend, long divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }
}
