package org.pathway.matching.domain.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcode shape checks. A format check only: it accepts well-formed postcodes that do not
 * exist, which is enough to catch typing and mapping mistakes without a full address file.
 */
public final class Postcodes {

    private static final Pattern FORMAT =
            Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");

    private Postcodes() {
    }

    public static boolean isValid(String postcode) {
        return postcode != null && FORMAT.matcher(clean(postcode)).matches();
    }

    /** {@code "n78jl "} → {@code "N7 8JL"}; empty when not a UK postcode format. */
    public static Optional<String> normalise(String postcode) {
        return match(postcode).map(m -> m.group(1) + " " + m.group(2));
    }

    /** The outward code (postcode district): {@code "N7 8JL"} → {@code "N7"}. */
    public static Optional<String> district(String postcode) {
        return match(postcode).map(m -> m.group(1));
    }

    private static Optional<Matcher> match(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(clean(postcode));
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static String clean(String postcode) {
        return postcode.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
