package org.pathway.referral.domain;

import java.util.List;

/** The closed sets of wire values a referral may use (API.md), in the order error messages list them. */
public final class Vocabulary {

    public static final List<String> GENDERS = List.of("female", "male", "non-binary", "other", "not-stated");
    public static final List<String> LANGUAGES = List.of("en", "cy");
    public static final List<String> SEVERITIES = List.of("mild", "moderate", "severe");
    public static final List<String> RISK_LEVELS = List.of("low", "medium", "high");
    public static final List<String> PRESENTING_NEEDS = List.of(
            "anxiety", "depression", "trauma", "self-harm", "eating-disorder", "neurodevelopmental", "behavioural",
            "other");

    public static final String MODERATE = "moderate";
    public static final String HIGH_RISK = "high";

    private Vocabulary() {
    }
}
