package org.pathway.chassis.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcode format checks, tolerant of case and spacing as people type them. A format check only:
 * a well-formed postcode that does not exist passes, which catches typing and mapping mistakes
 * without a full address file.
 */
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

    public static boolean isValid(String postcode) {
        return postcode != null && COMPACT_UK.matcher(compact(postcode)).matches();
    }

    /** Upper case with a single space before the inward code ({@code "n19gu"} → {@code "N1 9GU"}); empty when not a UK postcode. */
    public static Optional<String> normalise(String postcode) {
        if (!isValid(postcode)) {
            return Optional.empty();
        }
        String compact = compact(postcode);
        int split = compact.length() - INWARD_LENGTH;
        return Optional.of(compact.substring(0, split) + " " + compact.substring(split));
    }

    /** The outward code (postcode district, {@code "N1 9GU"} → {@code "N1"}): coarse enough to keep where the full postcode must not go. */
    public static Optional<String> district(String postcode) {
        return normalise(postcode).map(normalised -> normalised.substring(0, normalised.indexOf(' ')));
    }

    private static String compact(String postcode) {
        return WHITESPACE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
