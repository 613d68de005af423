package org.pathway.engagement.domain;

import org.pathway.chassis.ids.Slug;

/** Provider ids are slugs of at most 64 characters (the attendance event schema). */
public final class ProviderIds {

    public static final int MAX_LENGTH = 64;

    private ProviderIds() {
    }

    public static boolean isWellFormed(String providerId) {
        return Slug.isValid(providerId) && providerId.length() <= MAX_LENGTH;
    }
}
