package org.pathway.referral.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcode format checks; tolerant of case and spacing as people type them. */
public final class Postcodes {

    // Outward code formats A9, A99, AA9, AA99, A9A, AA9A with the letters Royal Mail uses in each position,
    // then the inward code 9AA; GIR 0AA is the one historic exception.
    private static final Pattern COMPACT_UK = Pattern.compile(
            "GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW])"
                    + "[0-9][ABD-HJLNP-UW-Z]{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int INWARD_LENGTH = 3;

    private Postcodes() {
    }

    public static boolean isValidUk(String postcode) {
        return postcode != null && COMPACT_UK.matcher(compact(postcode)).matches();
    }

    /** Upper case with a single space before the inward code: {@code "n19gu"} becomes {@code "N1 9GU"}. */
    public static String normalise(String postcode) {
        if (!isValidUk(postcode)) {
            throw new IllegalArgumentException("Not a UK postcode");
        }
        String compact = compact(postcode);
        int split = compact.length() - INWARD_LENGTH;
        return compact.substring(0, split) + " " + compact.substring(split);
    }

    /** The outward code (postcode district), coarse enough to keep where the full postcode must not go. */
    public static String district(String postcode) {
        String normalised = normalise(postcode);
        return normalised.substring(0, normalised.indexOf(' '));
    }

    private static String compact(String postcode) {
        return WHITESPACE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
