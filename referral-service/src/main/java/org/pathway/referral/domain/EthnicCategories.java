package org.pathway.referral.domain;

/**
 * NHS Data Dictionary ethnic category codes (A to S without I, O and Q; Z is "not stated", 99 "not known"),
 * as the pattern a request's {@code @Pattern} checks.
 */
public final class EthnicCategories {

    /** The whole value is one code. */
    public static final String CODE = "[A-HJ-NPRSZ]|99";
    public static final String NOT_A_CODE = "must be an NHS Data Dictionary ethnic category code";

    private EthnicCategories() {
    }
}
