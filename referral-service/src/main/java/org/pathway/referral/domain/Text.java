package org.pathway.referral.domain;

import java.util.regex.Pattern;

/**
 * Whether free text is storable, printable text: no control character other than tab, CR and LF, and no
 * unpaired surrogate. PostgreSQL cannot store NUL, an unpaired surrogate is not text at all, and control
 * characters have no place in a referral and break exports.
 */
public final class Text {

    /** For {@code @Pattern}: Java reads a surrogate pair as one code point, so {@code \p{Cs}} is an unpaired one. */
    public static final String PLAIN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\p{Cs}]*";
    public static final String NOT_PLAIN = "must not contain control characters or invalid Unicode";

    private static final Pattern PLAIN_PATTERN = Pattern.compile(PLAIN);

    private Text() {
    }

    public static boolean isPlain(String value) {
        return PLAIN_PATTERN.matcher(value).matches();
    }
}
