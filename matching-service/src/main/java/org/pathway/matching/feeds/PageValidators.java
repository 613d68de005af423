package org.pathway.matching.feeds;

import java.util.List;

/**
 * What a completed sync remembers of one page URL: the server's validators for a conditional GET
 * and the service ids the page held, so an answer {@code 304 Not Modified} still tells which
 * services are in the feed. {@code entries} counts every entry, imported or not, for the short-page rule.
 * {@code rules}: the {@link org.pathway.matching.directory.OpenReferralPage#MAPPING_RULES} the page was mapped under (0: saved before
 * it was kept).
 */
public record PageValidators(String etag, String lastModified, List<String> ids, int entries, int rules) {

    public PageValidators {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Worth a conditional GET: the server gave validators, and the page was mapped by today's rules. */
    public boolean usableUnder(int currentRules) {
        return any() && rules == currentRules;
    }

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
