package org.pathway.referral.domain;

import java.util.Set;
import org.pathway.chassis.config.SiteConfig;

/** A site's eligibility settings; the defaults are the reference study's (DOMAIN.md). */
public record SiteRules(int minAge, int maxAge, Set<String> needsInScope) {

    public static final int DEFAULT_MIN_AGE = 11;
    public static final int DEFAULT_MAX_AGE = 18;
    public static final Set<String> DEFAULT_NEEDS_IN_SCOPE = Set.of("anxiety", "depression", "trauma");

    public SiteRules {
        if (minAge < 0 || maxAge < minAge) {
            throw new IllegalArgumentException("Age range must satisfy 0 <= minAge <= maxAge");
        }
        if (needsInScope == null || needsInScope.isEmpty()) {
            throw new IllegalArgumentException("At least one need must be in scope");
        }
        needsInScope = Set.copyOf(needsInScope);
    }

    /** The rules a hosted site's configuration sets (its defaults are the same as {@link #defaults()}). */
    public static SiteRules from(SiteConfig site) {
        return new SiteRules(site.minAge(), site.maxAge(), site.needsInScope());
    }

    public static SiteRules defaults() {
        return new SiteRules(DEFAULT_MIN_AGE, DEFAULT_MAX_AGE, DEFAULT_NEEDS_IN_SCOPE);
    }
}
