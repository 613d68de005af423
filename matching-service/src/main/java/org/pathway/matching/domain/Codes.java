package org.pathway.matching.domain;

import java.util.regex.Pattern;

/** Lower-case codes (end reasons): events carry codes, never free text about a child. */
public final class Codes {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Codes() {
    }

    public static boolean isCode(String value) {
        return value != null && value.length() <= MAX_LENGTH && SLUG.matcher(value).matches();
    }
}
