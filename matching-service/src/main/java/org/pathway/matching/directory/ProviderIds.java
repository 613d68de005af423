package org.pathway.matching.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Provider ids from organisation names, as our API wants them: a slug of lower-case letters,
 * digits and single hyphens.
 */
final class ProviderIds {

    static final int MAX_LENGTH = 64;

    private ProviderIds() {
    }

    /** {@code "Green Gym – Islington & Co."} → {@code "green-gym-islington-and-co"}. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return s;
    }
}
