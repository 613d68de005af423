package org.pathway.referral.domain;

import java.util.Set;

/** NHS Data Dictionary ethnic category codes; 99 is "not known", Z is "not stated". */
public final class EthnicCategories {

    private static final Set<String> CODES = Set.of(
            "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99");

    private EthnicCategories() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}
