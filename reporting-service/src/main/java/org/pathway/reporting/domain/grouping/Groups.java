package org.pathway.reporting.domain.grouping;

import java.util.List;
import java.util.Map;

import org.pathway.chassis.events.Arm;

/**
 * Maps a participant's attributes to the group labels reports publish. Labels are coarse on
 * purpose: the research store holds pseudonyms and coarse attributes only.
 */
public final class Groups {

    public static final String UNKNOWN = "unknown";
    public static final String NOT_STATED = "Not stated";
    public static final String GENDER_NOT_STATED = "not-stated";

    private static final Map<String, String> ETHNIC_GROUPS = Map.ofEntries(
            Map.entry("A", "White"), Map.entry("B", "White"), Map.entry("C", "White"),
            Map.entry("D", "Mixed"), Map.entry("E", "Mixed"), Map.entry("F", "Mixed"), Map.entry("G", "Mixed"),
            Map.entry("H", "Asian"), Map.entry("J", "Asian"), Map.entry("K", "Asian"), Map.entry("L", "Asian"),
            Map.entry("M", "Black"), Map.entry("N", "Black"), Map.entry("P", "Black"),
            Map.entry("R", "Other"), Map.entry("S", "Other"),
            Map.entry("Z", NOT_STATED), Map.entry("99", NOT_STATED));

    private Groups() {
    }

    /**
     * The labels a participant counts under for one grouping: exactly one, except for
     * {@link GroupBy#NEED} (see {@link #needs(List)}).
     */
    public static List<String> keys(GroupBy groupBy, ParticipantProfile profile) {
        return switch (groupBy) {
            case SITE -> List.of(profile.siteId());
            case AGE_BAND -> List.of(ageBand(profile.ageAtReferral()));
            case GENDER -> List.of(gender(profile.gender()));
            case ETHNICITY -> List.of(ethnicity(profile.ethnicCategory()));
            case DEPRIVATION -> List.of(deprivation(profile.deprivationDecile()));
            case NEED -> needs(profile.presentingNeeds());
            case ARM -> List.of(arm(profile.arm()));
        };
    }

    /**
     * Whether a participant may count in more than one group, so that the groups add up to more
     * than the all-groups total.
     */
    public static boolean overlapping(GroupBy groupBy) {
        return groupBy == GroupBy.NEED;
    }

    /**
     * Age bands of the funder's 8–25 programme. Ages above 25 get their own open band rather than
     * an exception, so that one out-of-range record cannot take a whole report down.
     *
     * @param age whole years at referral
     * @throws IllegalArgumentException for a negative age
     */
    public static String ageBand(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age must not be negative");
        }
        if (age < 11) {
            return "under-11";
        }
        if (age <= 13) {
            return "11-13";
        }
        if (age <= 15) {
            return "14-15";
        }
        if (age <= 18) {
            return "16-18";
        }
        if (age <= 25) {
            return "19-25";
        }
        return "over-25";
    }

    /**
     * Deprivation quintile from the index decile: deciles 1–2 → "1" (most deprived) ... 9–10 → "5".
     * Quintiles rather than deciles keep groups large enough to survive suppression.
     *
     * @param decile 1 (most deprived) to 10, or null when unknown
     * @throws IllegalArgumentException for a decile outside 1–10
     */
    public static String deprivation(Integer decile) {
        if (decile == null) {
            return UNKNOWN;
        }
        if (decile < 1 || decile > 10) {
            throw new IllegalArgumentException("deprivation decile must be between 1 and 10");
        }
        return String.valueOf((decile + 1) / 2);
    }

    /**
     * The top-level group of an NHS Data Dictionary ethnic category: A–C White, D–G Mixed,
     * H–L Asian, M–P Black, R–S Other; Z (not stated), 99 (not known) and a missing code are all
     * "Not stated".
     *
     * @throws IllegalArgumentException for a code outside the Data Dictionary
     */
    public static String ethnicity(String code) {
        if (code == null || code.isBlank()) {
            return NOT_STATED;
        }
        String group = ETHNIC_GROUPS.get(code.strip().toUpperCase());
        if (group == null) {
            throw new IllegalArgumentException("ethnic category is not an NHS Data Dictionary code");
        }
        return group;
    }

    /** The participant's study arm; a referral that named none is the pathway's. */
    public static String arm(String arm) {
        return arm == null ? Arm.PATHWAY.wire() : arm;
    }

    /** The referral's gender wire value; a missing one counts as {@code not-stated}. */
    public static String gender(String gender) {
        return gender == null || gender.isBlank() ? GENDER_NOT_STATED : gender.strip();
    }

    /**
     * The presenting needs, one group per distinct need, in the referral's order. A participant
     * with several needs counts once in each of their need groups, so need groups add up to more
     * than the number of participants; the all-groups total still counts each participant once.
     * A participant with no recorded need counts under {@value #UNKNOWN}.
     */
    public static List<String> needs(List<String> presentingNeeds) {
        List<String> needs = presentingNeeds == null ? List.of() : presentingNeeds.stream()
                .filter(need -> need != null && !need.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        return needs.isEmpty() ? List.of(UNKNOWN) : needs;
    }
}
