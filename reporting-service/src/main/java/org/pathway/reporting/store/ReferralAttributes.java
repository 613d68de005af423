package org.pathway.reporting.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.pathway.chassis.events.Arm;
import org.pathway.reporting.domain.grouping.Groups;

/**
 * Referral attributes as the store keeps them: a value reports cannot group by (an ethnic category
 * outside the Data Dictionary, a decile outside 1–10, a negative age) is kept as unknown rather
 * than failing every later report.
 */
final class ReferralAttributes {

    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    private ReferralAttributes() {
    }

    static ParticipantStore.Referral of(LocalDate referredAt, int ageAtReferral, String gender, String ethnicCategory,
                                       Integer deprivationDecile, List<String> presentingNeeds, String arm) {
        return new ParticipantStore.Referral(
                referredAt,
                ageAtReferral >= 0 ? ageAtReferral : null,
                gender == null || gender.isBlank() ? null : gender.strip(),
                knownEthnicCategory(ethnicCategory),
                deprivationDecile != null && deprivationDecile >= 1 && deprivationDecile <= 10 ? deprivationDecile : null,
                Groups.needs(presentingNeeds).stream()
                        .map(need -> need.replace(ParticipantStore.NEED_SEPARATOR, " "))
                        .toList(),
                Arm.fromWire(arm).orElse(Arm.PATHWAY).wire());
    }

    /**
     * A postcode district (outward code, such as {@code N1} or {@code CF10}) upper-cased; anything else, a full
     * postcode included, is not kept.
     */
    static String postcodeDistrict(String district) {
        if (district == null) {
            return null;
        }
        String outward = district.strip().toUpperCase(Locale.ROOT);
        return OUTWARD_CODE.matcher(outward).matches() ? outward : null;
    }

    private static String knownEthnicCategory(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Groups.ethnicity(code);
            return code.strip().toUpperCase();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
