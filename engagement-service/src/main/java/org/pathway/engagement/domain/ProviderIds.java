package org.pathway.engagement.domain;

import java.util.regex.Pattern;

/** Provider ids are lower-case slugs of at most 64 characters (the attendance event schema). */
public final class ProviderIds {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    public static final int MAX_LENGTH = 64;

    private ProviderIds() {
    }

    public static boolean isWellFormed(String providerId) {
        return providerId != null && providerId.length() <= MAX_LENGTH && SLUG.matcher(providerId).matches();
    }
}
