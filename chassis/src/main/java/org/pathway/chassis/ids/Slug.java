package org.pathway.chassis.ids;

import java.util.regex.Pattern;

/** The one shape of a code chosen by people (activity codes, provider ids): lower-case words joined by hyphens. */
public final class Slug {

    public static final Pattern PATTERN = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private Slug() {
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }
}
