package org.pathway.matching.feeds;

import java.util.List;

/**
 * What a completed sync remembers of one page URL: the server's validators for a conditional GET
 * and the service ids the page held, so an answer {@code 304 Not Modified} still tells which
 * services are in the feed. {@code entries} counts every entry, imported or not, for the short-page rule.
 */
public record PageValidators(String etag, String lastModified, List<String> ids, int entries) {

    public PageValidators {
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    public boolean any() {
        return etag != null || lastModified != null;
    }
}
