package org.pathway.referral.domain;

import java.util.regex.Pattern;

/** NHS Data Dictionary ethnic category codes (A to S without I, O and Q; Z is "not stated", 99 "not known"). */
public final class EthnicCategories {

    /** For {@code @Pattern}: the whole value is one code. */
    public static final String CODE = "[A-HJ-NPRSZ]|99";
    public static final String NOT_A_CODE = "must be an NHS Data Dictionary ethnic category code";

    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);

    private EthnicCategories() {
    }

    public static boolean isValid(String code) {
        return code != null && CODE_PATTERN.matcher(code).matches();
    }
}
